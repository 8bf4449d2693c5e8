import { InMemoryDatabase, InMemoryNetworkQueries, InMemoryUnitOfWork } from '../in-memory';
import { ManualClock, uuidV7Ids } from '../system';
import { networkContract } from './network.contract';

networkContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return {
    uow: new InMemoryUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock() }),
    queries: new InMemoryNetworkQueries(db),
  };
});
