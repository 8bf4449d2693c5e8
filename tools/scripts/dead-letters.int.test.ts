import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  InboxHandlerRunner,
  RabbitMqConsumerRunner,
  RabbitMqEventPublisher,
} from '@talentsphere/adapters/messaging';
import { KyselyUnitOfWork, migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { welcomeNewUser } from '@talentsphere/application/engagement';
import type { EventHandler } from '@talentsphere/application/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteTestTopology,
  insertUser,
  readyMessageCount,
  registeredEnvelope,
  registerLikeWrite,
  silentLogger,
  uniqueName,
  waitFor,
} from '../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../testing/services';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./dead-letters.ts', import.meta.url));
const deps = { ids: uuidV7Ids, clock: systemClock };

/** `pnpm dead-letters …` as an operator runs it; resolves with its exit code and output. */
function deadLetters(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        }),
    );
  });
}

describe.skipIf(!hasPostgres() || !hasRabbit() || !hasRedis())('pnpm dead-letters, full mode', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('lists the DLQs of every consumer, shows one, replays it: the effect happens once and the DLQ is empty', async () => {
    const url = serviceUrl('rabbitmq')!;
    const exchange = uniqueName('events');
    const queuePrefix = `${uniqueName('q')}.`;
    const retryDelaysMs = [10, 20, 30];
    let poisoned = true;
    const handler: EventHandler = {
      ...welcomeNewUser,
      async handle(envelope, scope, handlerDeps) {
        if (poisoned) throw new Error('template missing');
        await welcomeNewUser.handle(envelope, scope, handlerDeps);
      },
    };
    const consumers = new RabbitMqConsumerRunner({
      url,
      handlers: [handler],
      runner: new InboxHandlerRunner(new KyselyUnitOfWork(database.handle.db, deps), deps),
      logger: silentLogger,
      exchange,
      queuePrefix,
      retryDelaysMs,
    });
    await consumers.start();
    const publisher = new RabbitMqEventPublisher({ url, logger: silentLogger, exchange });
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: serviceUrl('redis')!,
      AMQP_URL: url,
      AMQP_QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: 'dead-letters-cli-test-secret-0123456789abcdef',
    };
    try {
      const userId = await insertUser(database.handle.db);
      const envelope = registeredEnvelope(userId);
      await publisher.publish([envelope]);
      const dlq = `${queuePrefix}notification.dlq`;
      await waitFor(async () => (await readyMessageCount(url, dlq)) === 1);

      const list = await deadLetters(['list'], env);
      expect(list).toMatchObject({ code: 0, stderr: '' });
      expect(list.stdout).toContain('notification: 1 dead letter\n');
      expect(list.stdout).toMatch(
        new RegExp(
          `${envelope.messageId} {2}auth\\.user\\.registered {2}4 attempts {2}failed \\S+ {2}template missing`,
        ),
      );
      // Consumers whose queues this run never declared have none.
      expect(list.stdout).toContain('grading: 0 dead letters\n');

      const show = await deadLetters(['show', 'notification', envelope.messageId], env);
      expect(show.code).toBe(0);
      expect(JSON.parse(show.stdout)).toMatchObject({ messageId: envelope.messageId, message: envelope });

      poisoned = false;
      const replay = await deadLetters(['replay', 'notification', envelope.messageId], env);
      expect(replay).toMatchObject({ code: 0, stdout: `Replayed ${envelope.messageId} to notification\n` });
      await waitFor(
        async () =>
          (
            await database.handle.db
              .selectFrom('notifications')
              .select('id')
              .where('user_id', '=', userId)
              .execute()
          ).length === 1,
      );
      expect(await readyMessageCount(url, dlq)).toBe(0);
      expect((await deadLetters(['list', '--consumer', 'notification'], env)).stdout).toBe(
        'notification: 0 dead letters\n',
      );
      const again = await deadLetters(['replay', 'notification', envelope.messageId], env);
      expect(again).toMatchObject({
        code: 1,
        stderr: `No dead letter ${envelope.messageId} for notification\n`,
      });
    } finally {
      await publisher.close();
      await consumers.stop();
      await deleteTestTopology(url, { exchange, queuePrefix, consumers: ['notification'], retryDelaysMs });
    }
  }, 120_000);
});

describe('pnpm dead-letters, embedded mode', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ts-dead-letters-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists the dead_letters table and replays a row back into the outbox', async () => {
    // What the embedded api leaves behind after a consumer gave up on a message.
    const database = openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    await migrateToLatest(database.db);
    await registerLikeWrite(new KyselyUnitOfWork(database.db, deps));
    const row = await database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    await database.db.updateTable('outbox').set({ published_at: new Date() }).execute();
    const envelope = {
      messageId: row.id,
      eventType: row.event_type,
      version: row.version,
      timestamp: new Date(row.occurred_at).toISOString(),
      correlationId: row.correlation_id,
      data: row.payload,
    };
    await database.db
      .insertInto('dead_letters')
      .values({
        consumer: 'notification',
        message_id: row.id,
        event_type: row.event_type,
        payload: JSON.stringify(envelope),
        error: 'Error: template missing',
        attempts: 4,
        failed_at: new Date(),
      })
      .execute();
    await database.close();
    const env = { DATA_DIR: dataDir };

    const list = await deadLetters([], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('notification: 1 dead letter\n');
    expect(list.stdout).toContain(`${row.id}  auth.user.registered  4 attempts`);
    const replay = await deadLetters(['replay', 'notification', row.id], env);
    expect(replay).toMatchObject({
      code: 0,
      stdout: `Replayed ${row.id}: back in the outbox, dispatched when the api runs\n`,
    });

    const reopened = openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      expect(await reopened.db.selectFrom('dead_letters').selectAll().execute()).toEqual([]);
      expect(await reopened.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow()).toMatchObject({
        id: row.id,
        published_at: null,
        attempts: 0,
      });
    } finally {
      await reopened.close();
    }
    expect((await deadLetters(['list'], env)).stdout).toBe('');
  }, 120_000);
});
