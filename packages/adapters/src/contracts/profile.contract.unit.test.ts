import { InMemoryDatabase, InMemoryProfileQueries, InMemoryUnitOfWork } from '../in-memory';
import { ManualClock, uuidV7Ids } from '../system';
import { profileContract } from './profile.contract';

// One database for the file, as on PostgreSQL: the contract's tests must not depend on being alone.
const db = new InMemoryDatabase();
profileContract('in-memory', async () => ({
  uow: new InMemoryUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock() }),
  queries: new InMemoryProfileQueries(db),
}));
