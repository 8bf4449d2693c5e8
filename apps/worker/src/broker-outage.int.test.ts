import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { signUp } from '../../api/src/testing/sign-up';
import { startTestServer, type TestServer } from '../../api/src/testing/test-server';
import {
  type IsolatedMessaging,
  isolatedMessaging,
  removeWorkerTopology,
  TcpProxy,
  unpublishedOutboxRows,
  WorkerProcess,
  welcomeEffects,
  writeRegistrations,
} from './worker-process.testing';

/**
 * RabbitMQ "stops" while events are written. The machine's broker is shared with other test runs, so
 * it is not stopped for real: the worker and the api reach it through a TCP proxy that drops every
 * open connection and refuses new ones (what a client sees of a stopped broker), then listens again.
 */
describe.skipIf(!hasPostgres() || !hasRabbit() || !hasRedis())('RabbitMQ unreachable and back', () => {
  let database: TestDatabase | undefined;
  let messaging: IsolatedMessaging | undefined;
  let proxy: TcpProxy | undefined;
  let worker: WorkerProcess | undefined;
  let api: TestServer | undefined;

  afterEach(async () => {
    await worker?.kill();
    await api?.close();
    await proxy?.close();
    if (messaging) await removeWorkerTopology(serviceUrl('rabbitmq')!, messaging);
    await database?.drop();
    worker = api = proxy = messaging = database = undefined;
  });

  it('the relay reconnects by itself and delivers the backlog; the api keeps serving meanwhile', async () => {
    database = await createTestDatabase({ poolSize: 10 });
    messaging = isolatedMessaging();
    const amqpUrl = serviceUrl('rabbitmq')!;
    proxy = await TcpProxy.start(amqpUrl);
    const viaProxy = proxy.urlFor(amqpUrl);
    const db = database.handle.db;
    const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: systemClock });

    worker = await WorkerProcess.start({
      databaseUrl: database.url,
      amqpUrl: viaProxy,
      redisUrl: serviceUrl('redis')!,
      messaging,
    });
    api = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_URL: serviceUrl('redis')!,
      REDIS_KEY_PREFIX: messaging.redisKeyPrefix,
      AMQP_URL: viaProxy,
      JWT_SECRET: 'broker-outage-test-secret-0123456789abcdef',
    });
    const baseUrl = api.baseUrl;
    const get = (path: string) => fetch(new URL(path, baseUrl));

    let committed = await writeRegistrations(uow, 200);
    await waitFor(async () => (await welcomeEffects(db)).rows === committed, 300_000);
    expect((await get('/ready')).status).toBe(200);

    await proxy.cut();
    const failuresBefore = worker.count('outbox relay cycle failed; backing off');
    committed += await writeRegistrations(uow, 500);
    // The api answers: liveness, a tRPC write (sign-up commits its user and outbox row) and a read.
    const client = await signUp(api, 'jobseeker', 'Outage Olive');
    committed += 1;
    const me = await client.call('query', 'auth.me');
    expect(me.status).toBe(200);
    expect(me.body.result?.data).toMatchObject({ name: 'Outage Olive' });
    expect((await get('/health')).status).toBe(200);
    // …and says honestly that the broker is gone.
    const ready = await get('/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { broker: 'unavailable', database: 'ok' } });
    // The relay tried and failed while the broker was away, and nothing of the outage was delivered.
    await waitFor(
      async () => worker!.count('outbox relay cycle failed; backing off') > failuresBefore,
      300_000,
    );
    expect(await unpublishedOutboxRows(db)).toBeGreaterThan(0);
    expect((await welcomeEffects(db)).rows).toBeLessThan(committed);

    await proxy.restore();
    // Back-off tops out at 30 s for both the relay and the consumers' reconnects.
    await waitFor(
      async () => (await unpublishedOutboxRows(db)) === 0 && (await welcomeEffects(db)).rows >= committed,
      600_000,
    );
    expect(await welcomeEffects(db)).toEqual({ rows: committed, unique: committed });
    // The same process reconnected by itself, publisher and consumers both.
    expect(worker.exited).toBe(false);
    expect(worker.count('amqp publisher connected')).toBeGreaterThanOrEqual(2);
    expect(worker.count('amqp consumers started')).toBeGreaterThanOrEqual(2);
    expect((await get('/ready')).status).toBe(200);
    expect(await worker.stop()).toBe(0);
  }, 1_200_000);
});
