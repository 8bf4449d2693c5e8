import type { EventPublisher } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../persistence/tables';
import {
  claimOutboxBatch,
  markOutboxPublished,
  outboxRowToEnvelope,
  recordOutboxFailure,
} from './kysely-outbox';
import type { OutboxSignal, OutboxSubscription } from './outbox-signal';

export interface OutboxRelayOptions {
  readonly db: Kysely<Database>;
  readonly publisher: EventPublisher;
  readonly signal: OutboxSignal;
  readonly logger: Logger;
  readonly batchSize?: number;
  /** How long a claimed row stays ours; a relay that dies loses its rows to another after this. */
  readonly leaseMs?: number;
  /** Polling fallback when no signal arrives. */
  readonly pollIntervalMs?: number;
  /** Back-off after failures doubles from `pollIntervalMs` up to this. */
  readonly maxBackoffMs?: number;
  /**
   * Claim loops side by side, as several relays would run (SKIP LOCKED keeps their batches apart):
   * while one waits for the broker's confirms, another claims or marks. Batches may then reach the
   * bus out of order, as they may from two relays.
   */
  readonly concurrency?: number;
}

/**
 * Moves committed outbox rows to the bus: claim a leased batch, publish it (confirmed), mark it.
 * A crash between publish and mark republishes the batch after the lease: delivery is at-least-once
 * and consumers dedupe by messageId.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly concurrency: number;
  private running = false;
  private loops: Array<Promise<void>> = [];
  private subscription: OutboxSubscription | null = null;
  /** Counts signals: a loop that saw it change during its cycle goes again instead of sleeping. */
  private pokes = 0;
  private readonly wakers = new Set<() => void>();

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.subscription = await this.options.signal.listen(() => this.poke());
    this.loops = Array.from({ length: this.concurrency }, () => this.run());
  }

  /** Stops claiming, lets the batch in flight finish (publish and mark), then releases the listener. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.poke();
    await Promise.all(this.loops);
    this.loops = [];
    await this.subscription?.close();
    this.subscription = null;
  }

  /** One claim → publish → mark cycle; returns how many rows it published. */
  async relayOnce(): Promise<number> {
    const { db, publisher, logger } = this.options;
    const rows = await claimOutboxBatch(db, { limit: this.batchSize, leaseMs: this.leaseMs });
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    try {
      await publisher.publish(rows.map(outboxRowToEnvelope));
    } catch (error) {
      const maxAttempts = Math.max(...rows.map((r) => r.attempts));
      const retryAfterMs = Math.min(this.pollIntervalMs * 2 ** (maxAttempts - 1), this.maxBackoffMs);
      await recordOutboxFailure(db, ids, { error: describe(error), retryAfterMs });
      throw error;
    }
    await markOutboxPublished(db, ids);
    for (const row of rows) {
      logger.debug(
        { correlationId: row.correlation_id, messageId: row.id, eventType: row.event_type },
        'event published',
      );
    }
    return rows.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      const seen = this.pokes;
      let published = 0;
      try {
        published = await this.relayOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.options.logger.error({ err: error, failures }, 'outbox relay cycle failed; backing off');
      }
      if (!this.running) break;
      // A full batch means more rows are probably waiting: go again without sleeping.
      if (published === this.batchSize) continue;
      const delay =
        failures === 0
          ? this.pollIntervalMs
          : Math.min(this.pollIntervalMs * 2 ** failures, this.maxBackoffMs);
      await this.sleep(delay, failures === 0, seen);
    }
  }

  private poke(): void {
    this.pokes += 1;
    for (const wake of [...this.wakers]) wake();
  }

  /** Sleeps up to `ms`; a signal (also one since `seen`) cuts it short unless backing off from a failure. */
  private sleep(ms: number, wakeable: boolean, seen: number): Promise<void> {
    if (wakeable && this.pokes !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const wake = () => {
        if (wakeable || !this.running) done();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(wake);
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
