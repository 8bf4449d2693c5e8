/**
 * A register-like write through KyselyUnitOfWork on PostgreSQL with vs without its outbox row:
 * look the email up, insert the user, append the audit row, and (with) record `auth.user.registered`,
 * which adds the outbox INSERT in the same transaction and the NOTIFY after commit
 * (PgNotifyOutboxSignal) that wakes the relay. The password hash is computed once up front: argon2
 * would hide the difference (logins-per-second.bench.ts measures it). 20 writers in flight over a
 * pool of 10 connections, the api's default.
 *
 *   pnpm exec tsx tools/bench/outbox-write.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS)
 */
import { randomUUID } from 'node:crypto';
import { createHistogram } from 'node:perf_hooks';
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { PgNotifyOutboxSignal } from '@talentsphere/adapters/messaging';
import { KyselyUnitOfWork, migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { asyncResult } from '@talentsphere/application/shared';
import { registerUser } from '@talentsphere/domain/identity';
import pino from 'pino';
import { interleaved, isMain, rounds, type SummaryRow, scratchDatabase, seconds } from './support';

const writers = 20;

interface WriteResult {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

export async function run(): Promise<SummaryRow[]> {
  const database = await scratchDatabase();
  const handle = openDatabase({ kind: 'postgres', url: database.url, poolSize: 10 });
  try {
    await migrateToLatest(handle.db);
    const signal = new PgNotifyOutboxSignal(handle.pool!, pino({ level: 'silent' }));
    const uow = new KyselyUnitOfWork(handle.db, {
      ids: uuidV7Ids,
      clock: systemClock,
      onEventsCommitted: () => signal.notify(),
    });
    const passwordHash = await new Argon2PasswordHasher().hash('correct horse battery staple');

    const write = (withEvent: boolean) =>
      uow.run(
        (scope) =>
          asyncResult(async () => {
            const email = `w-${randomUUID()}@example.com`;
            if (await scope.users.findByEmail(email)) throw new Error('unexpected existing user');
            const registered = registerUser(
              { id: uuidV7Ids.next(), email, name: 'Bench Writer', role: 'jobseeker', passwordHash },
              { now: systemClock.now() },
            );
            const { state: user, events } = registered._unsafeUnwrap();
            await scope.users.insert(user);
            if (withEvent) scope.events.record(...events);
            await scope.audit.append({
              action: 'user.registered',
              userId: user.id,
              ipAddress: '127.0.0.1',
              correlationId: 'bench',
              details: { role: user.role },
            });
            return registered.map(() => user.id);
          }),
        { correlationId: 'bench' },
      );

    const measure = async (variant: 'without' | 'with'): Promise<WriteResult> => {
      const histogram = createHistogram();
      let done = 0;
      let running = true;
      const loop = async () => {
        while (running) {
          const start = process.hrtime.bigint();
          (await write(variant === 'with'))._unsafeUnwrap();
          histogram.record(process.hrtime.bigint() - start);
          done++;
        }
      };
      // 1 s warm-up, then the measured run.
      const warm = Array.from({ length: writers }, loop);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      running = false;
      await Promise.all(warm);
      histogram.reset();
      done = 0;
      running = true;
      const started = performance.now();
      const measured = Array.from({ length: writers }, loop);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      running = false;
      await Promise.all(measured);
      return {
        rps: done / ((performance.now() - started) / 1000),
        p50: histogram.percentile(50) / 1e6,
        p99: histogram.percentile(99) / 1e6,
      };
    };

    console.log(
      `Register-like write with vs without its outbox row: ${rounds} rounds × ${seconds}s, ${writers} writers`,
    );
    const results = await interleaved(['without', 'with'] as const, measure);
    await signal.flush();
    const line = (label: string, r: WriteResult, base?: WriteResult) =>
      console.log(
        `  ${label.padEnd(34)} ${Math.round(r.rps).toLocaleString('en').padStart(8)} writes/s` +
          `  p50 ${r.p50.toFixed(1).padStart(5)} ms  p99 ${r.p99.toFixed(1).padStart(5)} ms` +
          (base ? `  ${(r.rps / base.rps).toFixed(2)}× of baseline` : '  (baseline)'),
      );
    line('without event (no outbox row)', results.without);
    line('with event (outbox row + NOTIFY)', results.with, results.without);
    const describe = (r: WriteResult) =>
      `${Math.round(r.rps).toLocaleString('en')} writes/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;
    const ratio = results.with.rps / results.without.rps;
    return [
      {
        bench: 'register-like write with outbox row + NOTIFY',
        baseline: `without ${describe(results.without)}`,
        candidate: describe(results.with),
        ratio,
        target: '≥ 0.7×',
        met: ratio >= 0.7,
      },
    ];
  } finally {
    await handle.close();
    await database.drop();
  }
}

if (isMain(import.meta.url)) await run();
