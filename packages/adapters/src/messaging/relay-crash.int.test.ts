import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { welcomeNewUser } from '@talentsphere/application/engagement';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../../tools/testing/services';
import { KyselyUnitOfWork } from '../persistence/kysely-unit-of-work';
import { systemClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { InboxHandlerRunner } from './inbox-handler-runner';
import {
  captureLogger,
  deleteTestTopology,
  registerLikeWrite,
  silentLogger,
  uniqueName,
  waitFor,
} from './messaging.testing';
import { OutboxRelay } from './outbox-relay';
import { InProcessOutboxSignal } from './outbox-signal';
import { RabbitMqConsumerRunner } from './rabbitmq-consumer-runner';
import { RabbitMqEventPublisher } from './rabbitmq-event-publisher';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./relay-crash.fixture.ts', import.meta.url));
const LEASE_MS = 1500;

/** Runs the fixture relay until it prints `line`, then SIGKILLs it: no cleanup code gets to run. */
async function runRelayUntilKilled(env: Record<string, string>, line: string): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes(line)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`relay fixture exited early (${code}): ${output}`)));
    });
  } finally {
    child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
}

describe.skipIf(!hasPostgres() || !hasRabbit())('a relay killed between commit and mark', () => {
  let database: TestDatabase;
  const retryDelaysMs = [50, 100, 150];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.each([
    { crashPoint: 'before-publish', line: 'claimed', redelivered: false },
    { crashPoint: 'after-confirm', line: 'confirmed', redelivered: true },
  ])(
    'killed $crashPoint: after a restart the event arrives and its effect happens once',
    async ({ crashPoint, line, redelivered }) => {
      const url = serviceUrl('rabbitmq')!;
      const exchange = uniqueName('events');
      const queuePrefix = `${uniqueName('q')}.`;
      const db = database.handle.db;
      const deps = { ids: uuidV7Ids, clock: systemClock };
      const uow = new KyselyUnitOfWork(db, deps);
      const { logger, lines } = captureLogger();
      const consumers = new RabbitMqConsumerRunner({
        url,
        handlers: [welcomeNewUser],
        runner: new InboxHandlerRunner(uow, deps),
        logger,
        exchange,
        queuePrefix,
        retryDelaysMs,
      });
      await consumers.start();

      const userId = await registerLikeWrite(uow); // committed: user row + outbox row
      await runRelayUntilKilled(
        {
          DATABASE_URL: database.url,
          AMQP_URL: url,
          EXCHANGE: exchange,
          CRASH_POINT: crashPoint,
          LEASE_MS: String(LEASE_MS),
        },
        line,
      );

      const row = await db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ published_at: null, attempts: 1 });
      if (redelivered) await waitFor(async () => lines.some((l) => l.msg === 'message processed'));

      // The restarted relay takes the row over once the dead one's lease runs out.
      const publisher = new RabbitMqEventPublisher({ url, logger: silentLogger, exchange });
      const relay = new OutboxRelay({
        db,
        publisher,
        signal: new InProcessOutboxSignal(),
        logger: silentLogger,
        pollIntervalMs: 100,
      });
      await relay.start();
      await waitFor(
        async () =>
          (await db.selectFrom('outbox').select('published_at').executeTakeFirstOrThrow()).published_at,
      );
      await waitFor(async () =>
        lines.some((l) => l.msg === (redelivered ? 'message already processed' : 'message processed')),
      );
      await relay.stop();
      await publisher.close();
      await consumers.stop();

      const notifications = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .execute();
      expect(notifications).toHaveLength(1);
      expect(lines.filter((l) => l.msg === 'message processed')).toHaveLength(1);
      expect(lines.filter((l) => l.msg === 'message already processed')).toHaveLength(redelivered ? 1 : 0);
      expect((await db.selectFrom('outbox').select('attempts').executeTakeFirstOrThrow()).attempts).toBe(2);

      await db.deleteFrom('outbox').execute();
      await deleteTestTopology(url, { exchange, queuePrefix, consumers: ['notification'], retryDelaysMs });
    },
  );
});
