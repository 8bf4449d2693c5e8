import type { NewNotification } from '@talentsphere/application/engagement';
import type { EventEnvelope } from '@talentsphere/application/events';
import type { AuditAction } from '@talentsphere/application/identity';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { createPgliteDatabase, createTestDatabase, hasPostgres } from '../../../../tools/testing/services';
import { KyselyBillingQueries } from '../billing';
import { KyselyChallengeQueries } from '../challenges';
import { KyselyAnalyticsQueries, KyselyNotificationInbox } from '../engagement';
import { KyselyUserRepository } from '../identity/kysely-user.repository';
import { KyselyChallengeProgress, KyselyLearningQueries } from '../learning';
import { KyselyLocalPaymentStore } from '../payments';
import { type Database, type DatabaseHandle, KyselyUnitOfWork } from '../persistence';
import { KyselyRecruitingQueries, PostgresJobSearch } from '../recruiting';
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
import { jobSearchContract } from './job-search.contract';
import { learningQueriesContract } from './learning-queries.contract';
import { localPaymentStoreContract } from './local-payment-store.contract';
import { notificationStoreContract } from './notification-store.contract';
import { recruitingQueriesContract } from './recruiting-queries.contract';
import { refreshTokenRepositoryContract } from './refresh-token-repository.contract';
import { submissionRepositoryContract } from './submission-repository.contract';
import { type UnitOfWorkInspector, unitOfWorkContract } from './unit-of-work.contract';
import { userRepositoryContract } from './user-repository.contract';

const inspector = (db: Kysely<Database>): UnitOfWorkInspector => ({
  async listOutbox(correlationId) {
    const rows = await db
      .selectFrom('outbox')
      .selectAll()
      .where('correlation_id', '=', correlationId)
      .orderBy('id')
      .execute();
    return rows.map(
      (row): EventEnvelope => ({
        messageId: row.id,
        eventType: row.event_type,
        version: row.version,
        timestamp: row.occurred_at.toISOString(),
        correlationId: row.correlation_id,
        data: row.payload,
      }),
    );
  },
  async listAudit(correlationId) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('correlation_id', '=', correlationId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      action: row.action as AuditAction,
      details: row.details as Record<string, unknown>,
    }));
  },
  findUser: (id) => new KyselyUserRepository(db).findById(id),
  async findNotification(id) {
    const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        category: row.category as NewNotification['category'],
        title: row.title,
        body: row.body,
        link: row.link,
        createdAt: row.created_at,
      }
    );
  },
});

/** One database per engine for the whole file; the contracts use fresh ids, so tests do not collide. */
function kyselyContracts(
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
  const newUnitOfWork = (onEventsCommitted?: () => void) =>
    new KyselyUnitOfWork(handle.db, { ids: uuidV7Ids, clock: new ManualClock(), onEventsCommitted });

  userRepositoryContract(`kysely on ${engine}`, async () => ({ users: new KyselyUserRepository(handle.db) }));
  unitOfWorkContract(`kysely on ${engine}`, async ({ onEventsCommitted }) => ({
    uow: newUnitOfWork(onEventsCommitted),
    inspect: inspector(handle.db),
  }));
  refreshTokenRepositoryContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  companyRepositoriesContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  jobRepositoriesContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  recruitingQueriesContract(`kysely on ${engine}`, async () => ({
    uow: newUnitOfWork(),
    queries: new KyselyRecruitingQueries(handle.db),
  }));
  jobSearchContract(`Postgres FTS on ${engine}`, async () => ({
    uow: newUnitOfWork(),
    search: new PostgresJobSearch(handle.db),
  }));
  courseRepositoryContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  enrollmentRepositoryContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  // A database of its own: catalog totals and facets count every published course.
  learningQueriesContract(`kysely on ${engine}`, async () => {
    const own = await open();
    return {
      uow: new KyselyUnitOfWork(own.handle.db, { ids: uuidV7Ids, clock: new ManualClock() }),
      queries: new KyselyLearningQueries(own.handle.db),
      close: () => own.drop(),
    };
  });
  challengeRepositoryContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  submissionRepositoryContract(`kysely on ${engine}`, async () => ({ uow: newUnitOfWork() }));
  // A database of its own: list totals, facets and the overall leaderboard count everything.
  challengeQueriesContract(`kysely on ${engine}`, async () => {
    const own = await open();
    return {
      uow: new KyselyUnitOfWork(own.handle.db, { ids: uuidV7Ids, clock: new ManualClock() }),
      queries: new KyselyChallengeQueries(own.handle.db),
      close: () => own.drop(),
    };
  });
  // Ranges read every row: each test starts from empty analytics tables.
  analyticsContract(`kysely on ${engine}`, async () => {
    for (const table of [
      'analytics_events',
      'analytics_daily_counts',
      'analytics_active_users',
      'analytics_application_stages',
    ] as const) {
      await handle.db.deleteFrom(table).execute();
    }
    return { uow: newUnitOfWork(), queries: new KyselyAnalyticsQueries(handle.db) };
  });
  notificationStoreContract(`kysely on ${engine}`, async () => ({
    uow: newUnitOfWork(),
    inbox: new KyselyNotificationInbox(handle.db),
  }));
  challengeProgressContract(`kysely on ${engine}`, async () => ({
    uow: newUnitOfWork(),
    progress: new KyselyChallengeProgress(handle.db),
  }));
  billingRepositoriesContract(`kysely on ${engine}`, async () => ({
    uow: newUnitOfWork(),
    queries: new KyselyBillingQueries(handle.db),
  }));
  // Claims and event queues look at every row: each test starts from empty local_payment books.
  localPaymentStoreContract(`kysely on ${engine}`, async () => {
    await handle.db.deleteFrom('local_payment_events').execute();
    await handle.db.deleteFrom('local_payment_invoices').execute();
    await handle.db.deleteFrom('local_payment_subscriptions').execute();
    await handle.db.deleteFrom('local_payment_checkouts').execute();
    return new KyselyLocalPaymentStore(handle.db);
  });
}

describe.skipIf(!hasPostgres())('PostgreSQL', () => {
  kyselyContracts('PostgreSQL', async () => {
    const database = await createTestDatabase();
    return { handle: database.handle, drop: () => database.drop() };
  });
});

describe('PGlite', () => {
  kyselyContracts('PGlite', async () => {
    const handle = await createPgliteDatabase();
    return { handle, drop: () => handle.close() };
  });
});
