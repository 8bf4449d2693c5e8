import { afterAll, beforeAll, describe } from 'vitest';
import { createPgliteDatabase, createTestDatabase, hasPostgres } from '../../../../tools/testing/services';
import { KyselyNetworkQueries } from '../networking';
import { type DatabaseHandle, KyselyUnitOfWork } from '../persistence';
import { ManualClock, uuidV7Ids } from '../system';
import { networkContract } from './network.contract';

/** One database per engine for the file; the contract uses fresh users, so tests do not collide. */
function onEngine(engine: string, open: () => Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>) {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, drop } = await open());
  });
  afterAll(async () => {
    await drop?.();
  });
  networkContract(`kysely on ${engine}`, async () => ({
    uow: new KyselyUnitOfWork(handle.db, { ids: uuidV7Ids, clock: new ManualClock() }),
    queries: new KyselyNetworkQueries(handle.db),
  }));
}

describe.skipIf(!hasPostgres())('PostgreSQL', () => {
  onEngine('PostgreSQL', async () => {
    const database = await createTestDatabase();
    return { handle: database.handle, drop: database.drop };
  });
});

describe('PGlite', () => {
  onEngine('PGlite', async () => {
    const handle = await createPgliteDatabase();
    return { handle, drop: () => handle.close() };
  });
});
