import { afterAll, beforeAll, describe } from 'vitest';
import { createPgliteDatabase, createTestDatabase, hasPostgres } from '../../../../tools/testing/services';
import { type DatabaseHandle, KyselyUnitOfWork } from '../persistence';
import { KyselyProfileQueries } from '../profile';
import { ManualClock, uuidV7Ids } from '../system';
import { profileContract } from './profile.contract';

function kyselyProfileContract(
  engine: string,
  open: () => Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>,
) {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ handle, drop } = await open());
  });
  afterAll(async () => {
    await drop?.();
  });
  profileContract(`kysely on ${engine}`, async () => ({
    uow: new KyselyUnitOfWork(handle.db, { ids: uuidV7Ids, clock: new ManualClock() }),
    queries: new KyselyProfileQueries(handle.db),
  }));
}

describe.skipIf(!hasPostgres())('PostgreSQL', () => {
  kyselyProfileContract('PostgreSQL', async () => {
    const database = await createTestDatabase();
    return { handle: database.handle, drop: () => database.drop() };
  });
});

describe('PGlite', () => {
  kyselyProfileContract('PGlite', async () => {
    const handle = await createPgliteDatabase();
    return { handle, drop: () => handle.close() };
  });
});
