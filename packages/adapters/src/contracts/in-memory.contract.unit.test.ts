import {
  InMemoryBillingQueries,
  InMemoryChallengeProgress,
  InMemoryChallengeQueries,
  InMemoryDatabase,
  InMemoryLearningQueries,
  InMemoryNotificationInbox,
  InMemoryRecruitingQueries,
  InMemoryUnitOfWork,
  InMemoryUserRepository,
} from '../in-memory';
import { InMemoryAnalyticsQueries } from '../in-memory/in-memory-analytics';
import { InMemoryLocalPaymentStore } from '../payments';
import { ManualClock, uuidV7Ids } from '../system';
import { analyticsContract } from './analytics.contract';
import { billingRepositoriesContract } from './billing-repositories.contract';
import { challengeProgressContract } from './challenge-progress.contract';
import { challengeQueriesContract } from './challenge-queries.contract';
import { challengeRepositoryContract } from './challenge-repository.contract';
import { companyRepositoriesContract } from './company-repositories.contract';
import { courseRepositoryContract } from './course-repository.contract';
import { enrollmentRepositoryContract } from './enrollment-repository.contract';
import { jobRepositoriesContract } from './job-repositories.contract';
import { learningQueriesContract } from './learning-queries.contract';
import { localPaymentStoreContract } from './local-payment-store.contract';
import { notificationStoreContract } from './notification-store.contract';
import { recruitingQueriesContract } from './recruiting-queries.contract';
import { refreshTokenRepositoryContract } from './refresh-token-repository.contract';
import { submissionRepositoryContract } from './submission-repository.contract';
import type { UnitOfWorkInspector } from './unit-of-work.contract';
import { unitOfWorkContract } from './unit-of-work.contract';
import { userRepositoryContract } from './user-repository.contract';

const inspector = (db: InMemoryDatabase): UnitOfWorkInspector => ({
  listOutbox: async (correlationId) => db.tables.outbox.filter((e) => e.correlationId === correlationId),
  listAudit: async (correlationId) =>
    db.tables.audit
      .filter((a) => a.correlationId === correlationId)
      .map(({ action, details }) => ({ action, details })),
  findUser: async (id) => db.tables.users.get(id),
  findNotification: async (id) => db.tables.notifications.get(id),
});

const newUnitOfWork = (db: InMemoryDatabase, onEventsCommitted?: () => void) =>
  new InMemoryUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock(), onEventsCommitted });

userRepositoryContract('in-memory', async () => ({
  users: new InMemoryUserRepository(new InMemoryDatabase()),
}));

unitOfWorkContract('in-memory', async ({ onEventsCommitted }) => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db, onEventsCommitted), inspect: inspector(db) };
});

refreshTokenRepositoryContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));

companyRepositoriesContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
jobRepositoriesContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
recruitingQueriesContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), queries: new InMemoryRecruitingQueries(db) };
});

courseRepositoryContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
enrollmentRepositoryContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
learningQueriesContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), queries: new InMemoryLearningQueries(db) };
});

challengeRepositoryContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
submissionRepositoryContract('in-memory', async () => ({ uow: newUnitOfWork(new InMemoryDatabase()) }));
challengeQueriesContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), queries: new InMemoryChallengeQueries(db) };
});
challengeProgressContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), progress: new InMemoryChallengeProgress(db) };
});

localPaymentStoreContract('in-memory', async () => new InMemoryLocalPaymentStore());

billingRepositoriesContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), queries: new InMemoryBillingQueries(db) };
});

analyticsContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), queries: new InMemoryAnalyticsQueries(db) };
});

notificationStoreContract('in-memory', async () => {
  const db = new InMemoryDatabase();
  return { uow: newUnitOfWork(db), inbox: new InMemoryNotificationInbox(db) };
});
