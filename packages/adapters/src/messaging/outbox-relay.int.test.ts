import type { EventEnvelope } from '@talentsphere/application/events';
import type { EventPublisher } from '@talentsphere/application/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, hasPostgres, type TestDatabase } from '../../../../tools/testing/services';
import { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';
import { systemClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { insertOutboxRows } from './kysely-outbox';
import { registeredEnvelope, registerLikeWrite, silentLogger, waitFor } from './messaging.testing';
import { OutboxRelay } from './outbox-relay';
import { InProcessOutboxSignal, PgNotifyOutboxSignal } from './outbox-signal';

/** Remembers every envelope it was handed; optionally slow, to make relays overlap. */
class RecordingPublisher implements EventPublisher {
  readonly published: EventEnvelope[] = [];
  failNext = 0;
  constructor(private readonly delayMs = 0) {}
  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('broker unreachable');
    }
    this.published.push(...envelopes);
  }
  async close(): Promise<void> {}
}

describe.skipIf(!hasPostgres())('OutboxRelay on PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 8 });
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.handle.db.deleteFrom('outbox').execute();
  });

  async function seedOutbox(count: number): Promise<string[]> {
    const envelopes = Array.from({ length: count }, () => registeredEnvelope(uuidV7Ids.next()));
    for (let i = 0; i < envelopes.length; i += 100)
      await insertOutboxRows(database.handle.db, envelopes.slice(i, i + 100));
    return envelopes.map((e) => e.messageId);
  }

  it('one relay with 3 claim loops publishes batches side by side, every row exactly once', async () => {
    const ids = await seedOutbox(300);
    let inFlight = 0;
    let mostInFlight = 0;
    const published: EventEnvelope[] = [];
    const publisher: EventPublisher = {
      async publish(envelopes) {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 100));
        published.push(...envelopes);
        inFlight -= 1;
      },
      async close() {},
    };
    const relay = new OutboxRelay({
      db: database.handle.db,
      publisher,
      signal: new InProcessOutboxSignal(),
      logger: silentLogger,
      batchSize: 10,
      pollIntervalMs: 50,
      concurrency: 3,
    });
    await relay.start();
    await waitFor(async () => published.length >= 300);
    await relay.stop();

    expect(published.map((e) => e.messageId).sort()).toEqual([...ids].sort());
    // At least two at once (three whenever claims are quicker than a publish: not asserted, the
    // database may be slow on a busy CI machine); never more than the loops.
    expect(mostInFlight).toBeGreaterThanOrEqual(2);
    expect(mostInFlight).toBeLessThanOrEqual(3);
  });

  it('two relays on one database publish every row exactly once', async () => {
    const ids = await seedOutbox(500);
    const publishers = [new RecordingPublisher(5), new RecordingPublisher(5)];
    const signal = new InProcessOutboxSignal();
    const relays = publishers.map(
      (publisher) =>
        new OutboxRelay({
          db: database.handle.db,
          publisher,
          signal,
          logger: silentLogger,
          batchSize: 20,
          pollIntervalMs: 50,
        }),
    );
    await Promise.all(relays.map((r) => r.start()));
    await waitFor(async () => publishers.flatMap((p) => p.published).length >= 500);
    await Promise.all(relays.map((r) => r.stop()));

    const all = publishers.flatMap((p) => p.published.map((e) => e.messageId));
    expect(all).toHaveLength(500);
    expect(new Set(all)).toEqual(new Set(ids));
    // Both relays did real work: SKIP LOCKED let them claim side by side.
    expect(publishers.every((p) => p.published.length > 0)).toBe(true);
    const pending = await database.handle.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('published_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(pending.n)).toBe(0);
  });

  it('hands the publisher the envelope that was written', async () => {
    const envelope = registeredEnvelope(uuidV7Ids.next(), 'Katherine Johnson');
    await insertOutboxRows(database.handle.db, [envelope]);
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay({
      db: database.handle.db,
      publisher,
      signal: new InProcessOutboxSignal(),
      logger: silentLogger,
    });
    expect(await relay.relayOnce()).toBe(1);
    expect(publisher.published).toEqual([envelope]);
    expect(await relay.relayOnce()).toBe(0);
  });

  it('keeps a row whose publish failed, records the error, and publishes it on a later try', async () => {
    const [id] = await seedOutbox(1);
    const publisher = new RecordingPublisher();
    publisher.failNext = 1;
    const relay = new OutboxRelay({
      db: database.handle.db,
      publisher,
      signal: new InProcessOutboxSignal(),
      logger: silentLogger,
      pollIntervalMs: 500,
      maxBackoffMs: 500,
    });
    await expect(relay.relayOnce()).rejects.toThrow('broker unreachable');
    const failed = await database.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({
      published_at: null,
      attempts: 1,
      last_error: 'Error: broker unreachable',
    });
    // Backed off: the row is not claimable until its retry time.
    expect(await relay.relayOnce()).toBe(0);

    await relay.start();
    await waitFor(async () => publisher.published.length === 1);
    await relay.stop();
    const done = await database.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(done.published_at).not.toBeNull();
    expect(done.last_error).toBeNull();
    expect(done.attempts).toBe(2);
  });

  it('another relay takes over rows whose lease expired', async () => {
    await seedOutbox(3);
    const signal = new InProcessOutboxSignal();
    const dying = new OutboxRelay({
      db: database.handle.db,
      publisher: { publish: () => new Promise(() => undefined), close: async () => undefined },
      signal,
      logger: silentLogger,
      leaseMs: 300,
    });
    void dying.relayOnce(); // claims and never finishes, like a relay that hung
    const publisher = new RecordingPublisher();
    const healthy = new OutboxRelay({ db: database.handle.db, publisher, signal, logger: silentLogger });
    await waitFor(
      async () =>
        (await database.handle.db.selectFrom('outbox').select('id').where('attempts', '=', 1).execute())
          .length === 3,
    );
    expect(await healthy.relayOnce()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await healthy.relayOnce()).toBe(3);
  });

  it('wakes on a NOTIFY sent after commit, long before its poll, and again after its LISTEN connection died', async () => {
    const pool = database.handle.pool!;
    const signal = new PgNotifyOutboxSignal(pool, silentLogger, { reconnectDelayMs: 50 });
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay({
      db: database.handle.db,
      publisher,
      signal,
      logger: silentLogger,
      pollIntervalMs: 60_000,
    });
    await relay.start();
    const uow = new KyselyUnitOfWork(database.handle.db, {
      ids: uuidV7Ids,
      clock: systemClock,
      onEventsCommitted: () => signal.notify(),
    });

    const started = Date.now();
    await registerLikeWrite(uow);
    await waitFor(async () => publisher.published.length === 1, 3000);
    expect(Date.now() - started).toBeLessThan(3000);

    const killed = await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query = 'LISTEN talentsphere_outbox'`.execute(
      database.handle.db,
    );
    expect(killed.rows).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await registerLikeWrite(uow);
    await waitFor(async () => publisher.published.length === 2, 3000);

    await relay.stop();
    await signal.flush();
  });
});
