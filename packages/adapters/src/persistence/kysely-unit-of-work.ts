import { type EventEnvelope, envelopeRecorder } from '@talentsphere/application/events';
import type {
  AppError,
  Clock,
  IdGenerator,
  TransactionScope,
  UnitOfWork,
} from '@talentsphere/application/shared';
import type { Kysely, Transaction } from 'kysely';
import { ResultAsync } from 'neverthrow';
import {
  KyselyBillingCustomerRepository,
  KyselyCheckoutRecordRepository,
  KyselyInvoiceRepository,
  KyselyProviderEventLog,
  KyselySubscriptionRepository,
} from '../billing/kysely-billing.repositories';
import { KyselyChallengeRepository } from '../challenges/kysely-challenge.repository';
import { KyselySubmissionRepository } from '../challenges/kysely-submission.repository';
import { KyselyAnalyticsStore } from '../engagement/kysely-analytics-store';
import { KyselyGamificationRepository } from '../engagement/kysely-gamification.repository';
import { KyselyNotificationRepository } from '../engagement/kysely-notification.repository';
import { KyselyAuditLog } from '../identity/kysely-audit-log';
import { KyselyRefreshTokenRepository } from '../identity/kysely-refresh-token.repository';
import { KyselyUserRepository } from '../identity/kysely-user.repository';
import { KyselyCourseRepository } from '../learning/kysely-course.repository';
import { KyselyEnrollmentRepository } from '../learning/kysely-enrollment.repository';
import { insertOutboxRows } from '../messaging/kysely-outbox';
import { KyselyNetworkRepository } from '../networking/kysely-network.repository';
import {
  KyselyProfileRepository,
  KyselySkillEvidenceRepository,
} from '../profile/kysely-profile.repositories';
import {
  KyselyCompanyRepository,
  KyselyCompanyReviewRepository,
  KyselyJobApplicationRepository,
  KyselyJobRepository,
} from '../recruiting';
import type { Database } from './tables';

export interface KyselyUnitOfWorkOptions {
  readonly ids: IdGenerator;
  readonly clock: Clock;
  /** Called after a commit that wrote outbox rows, to wake the relay (never inside the transaction). */
  readonly onEventsCommitted?: () => void;
}

/**
 * Uses `startTransaction()` with explicit commit/rollback: Kysely's `transaction().execute(cb)`
 * would commit a returned Err.
 */
export class KyselyUnitOfWork implements UnitOfWork {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: KyselyUnitOfWorkOptions,
  ) {}

  /**
   * `tx` is for adapter-side callers only (the consumer runner writes its inbox row with it); use
   * cases see the `UnitOfWork` port, which hands them the scope alone.
   */
  run<T>(
    work: (scope: TransactionScope, tx: Transaction<Database>) => ResultAsync<T, AppError>,
    { correlationId }: { correlationId: string },
  ): ResultAsync<T, AppError> {
    return new ResultAsync(
      (async () => {
        const tx = await this.db.startTransaction().execute();
        const pending: EventEnvelope[] = [];
        try {
          const result = await work(this.scope(tx, pending, correlationId), tx);
          if (result.isErr()) {
            await tx.rollback().execute();
            return result;
          }
          if (pending.length > 0) await insertOutboxRows(tx, pending);
          await tx.commit().execute();
          if (pending.length > 0) this.options.onEventsCommitted?.();
          return result;
        } catch (error) {
          await tx
            .rollback()
            .execute()
            .catch(() => undefined);
          throw error;
        }
      })(),
    );
  }

  private scope(
    tx: Transaction<Database>,
    pending: EventEnvelope[],
    correlationId: string,
  ): TransactionScope {
    const { ids, clock } = this.options;
    return {
      users: new KyselyUserRepository(tx),
      refreshTokens: new KyselyRefreshTokenRepository(tx),
      audit: new KyselyAuditLog(tx, ids, clock),
      notifications: new KyselyNotificationRepository(tx),
      analytics: new KyselyAnalyticsStore(tx),
      companies: new KyselyCompanyRepository(tx),
      companyReviews: new KyselyCompanyReviewRepository(tx),
      jobs: new KyselyJobRepository(tx),
      applications: new KyselyJobApplicationRepository(tx),
      courses: new KyselyCourseRepository(tx),
      enrollments: new KyselyEnrollmentRepository(tx),
      challenges: new KyselyChallengeRepository(tx),
      submissions: new KyselySubmissionRepository(tx),
      billingCustomers: new KyselyBillingCustomerRepository(tx),
      subscriptions: new KyselySubscriptionRepository(tx),
      invoices: new KyselyInvoiceRepository(tx),
      providerEvents: new KyselyProviderEventLog(tx),
      checkoutRecords: new KyselyCheckoutRecordRepository(tx),
      gamification: new KyselyGamificationRepository(tx, ids),
      profiles: new KyselyProfileRepository(tx),
      skillEvidence: new KyselySkillEvidenceRepository(tx),
      network: new KyselyNetworkRepository(tx),
      events: envelopeRecorder(pending, { ids, clock, correlationId }),
    };
  }
}
