import { InMemoryDatabase, InMemoryGamificationQueries, InMemoryUnitOfWork } from '../in-memory';
import { ManualClock, uuidV7Ids } from '../system';
import { gamificationContract } from './gamification.contract';

gamificationContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return {
    uow: new InMemoryUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock() }),
    queries: new InMemoryGamificationQueries(db),
  };
});
