import { type EventEnvelope, envelopeRecorder } from '@talentsphere/application/events';
import type {
  AppError,
  Clock,
  IdGenerator,
  TransactionScope,
  UnitOfWork,
} from '@talentsphere/application/shared';
import { ResultAsync } from 'neverthrow';
import { InMemoryAnalyticsStore } from './in-memory-analytics';
import { InMemoryAuditLog } from './in-memory-audit-log';
import {
  InMemoryBillingCustomerRepository,
  InMemoryCheckoutRecordRepository,
  InMemoryInvoiceRepository,
  InMemoryProviderEventLog,
  InMemorySubscriptionRepository,
} from './in-memory-billing.repositories';
import {
  InMemoryChallengeRepository,
  InMemorySubmissionRepository,
} from './in-memory-challenge.repositories';
import { copyTables, type InMemoryDatabase, type InMemoryStore } from './in-memory-database';
import { InMemoryGamificationRepository } from './in-memory-gamification';
import { InMemoryCourseRepository, InMemoryEnrollmentRepository } from './in-memory-learning.repositories';
import { InMemoryNetworkRepository } from './in-memory-network';
import { InMemoryNotificationRepository } from './in-memory-notification.repository';
import { InMemoryProfileRepository, InMemorySkillEvidenceRepository } from './in-memory-profile.repositories';
import {
  InMemoryCompanyRepository,
  InMemoryCompanyReviewRepository,
  InMemoryJobApplicationRepository,
  InMemoryJobRepository,
} from './in-memory-recruiting.repositories';
import { InMemoryRefreshTokenRepository } from './in-memory-refresh-token.repository';
import { InMemoryUserRepository } from './in-memory-user.repository';

export interface InMemoryUnitOfWorkOptions {
  readonly ids: IdGenerator;
  readonly clock: Clock;
  /** Called after a commit that appended outbox envelopes, like the Kysely unit of work. */
  readonly onEventsCommitted?: () => void;
}

/**
 * The twin of KyselyUnitOfWork: `work` runs against a copy of the tables; Ok swaps the copy in
 * (with the recorded events appended to the outbox), Err or a throw drops it.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  constructor(
    private readonly db: InMemoryDatabase,
    private readonly options: InMemoryUnitOfWorkOptions,
  ) {}

  run<T>(
    work: (scope: TransactionScope) => ResultAsync<T, AppError>,
    { correlationId }: { correlationId: string },
  ): ResultAsync<T, AppError> {
    return new ResultAsync(
      this.db.exclusive(async () => {
        const tx: InMemoryStore = { tables: copyTables(this.db.tables) };
        const pending: EventEnvelope[] = [];
        const result = await work(this.scope(tx, pending, correlationId));
        if (result.isErr()) return result;
        tx.tables.outbox.push(...pending);
        this.db.tables = tx.tables;
        if (pending.length > 0) this.options.onEventsCommitted?.();
        return result;
      }),
    );
  }

  private scope(tx: InMemoryStore, pending: EventEnvelope[], correlationId: string): TransactionScope {
    const { ids, clock } = this.options;
    return {
      users: new InMemoryUserRepository(tx),
      refreshTokens: new InMemoryRefreshTokenRepository(tx),
      audit: new InMemoryAuditLog(tx, ids, clock),
      notifications: new InMemoryNotificationRepository(tx),
      analytics: new InMemoryAnalyticsStore(tx),
      companies: new InMemoryCompanyRepository(tx),
      companyReviews: new InMemoryCompanyReviewRepository(tx),
      jobs: new InMemoryJobRepository(tx),
      applications: new InMemoryJobApplicationRepository(tx),
      courses: new InMemoryCourseRepository(tx),
      enrollments: new InMemoryEnrollmentRepository(tx),
      challenges: new InMemoryChallengeRepository(tx),
      submissions: new InMemorySubmissionRepository(tx),
      billingCustomers: new InMemoryBillingCustomerRepository(tx),
      subscriptions: new InMemorySubscriptionRepository(tx),
      invoices: new InMemoryInvoiceRepository(tx),
      providerEvents: new InMemoryProviderEventLog(tx),
      checkoutRecords: new InMemoryCheckoutRecordRepository(tx),
      gamification: new InMemoryGamificationRepository(tx),
      profiles: new InMemoryProfileRepository(tx),
      skillEvidence: new InMemorySkillEvidenceRepository(tx),
      network: new InMemoryNetworkRepository(tx),
      events: envelopeRecorder(pending, { ids, clock, correlationId }),
    };
  }
}
