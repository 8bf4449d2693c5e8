import type { AppError } from '@talentsphere/domain/shared';
import type { ResultAsync } from 'neverthrow';
import type {
  BillingCustomerRepository,
  CheckoutRecordRepository,
  InvoiceRepository,
  ProviderEventLog,
  SubscriptionRepository,
} from '../billing/billing-repositories.port';
import type { ChallengeRepository, SubmissionRepository } from '../challenges/challenge-repositories.port';
import type { AnalyticsStore } from '../engagement/analytics-store.port';
import type { GamificationRepository } from '../engagement/gamification-repository.port';
import type { NotificationRepository } from '../engagement/notification-repository.port';
import type { EventEnvelope } from '../events/envelope';
import type { AuditLog } from '../identity/audit-log.port';
import type { RefreshTokenRepository } from '../identity/refresh-token-repository.port';
import type { UserRepository } from '../identity/user-repository.port';
import type { CourseRepository, EnrollmentRepository } from '../learning/learning-repositories.port';
import type { NetworkRepository } from '../networking/network-repository.port';
import type { ProfileRepository, SkillEvidenceRepository } from '../profile/profile-repositories.port';
import type {
  CompanyRepository,
  CompanyReviewRepository,
  JobApplicationRepository,
  JobRepository,
} from '../recruiting/recruiting-repositories.port';

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A time-ordered UUID (v7): good index locality for inserts. */
  next(): string;
}

/** Who is calling and from where; passed explicitly to every use case, never ambient. */
export interface RequestContext {
  readonly correlationId: string;
  readonly ipAddress: string;
  readonly userAgent?: string;
}

/** Writes the events of the surrounding transaction to the outbox. */
export interface EventRecorder {
  record(...events: ReadonlyArray<{ type: string; data: unknown }>): void;
}

/** Everything a use case may touch inside one transaction. Grows with each bounded context. */
export interface TransactionScope {
  readonly users: UserRepository;
  readonly refreshTokens: RefreshTokenRepository;
  readonly audit: AuditLog;
  readonly notifications: NotificationRepository;
  readonly analytics: AnalyticsStore;
  readonly companies: CompanyRepository;
  readonly companyReviews: CompanyReviewRepository;
  readonly jobs: JobRepository;
  readonly applications: JobApplicationRepository;
  readonly courses: CourseRepository;
  readonly enrollments: EnrollmentRepository;
  readonly challenges: ChallengeRepository;
  readonly submissions: SubmissionRepository;
  readonly billingCustomers: BillingCustomerRepository;
  readonly subscriptions: SubscriptionRepository;
  readonly invoices: InvoiceRepository;
  readonly providerEvents: ProviderEventLog;
  readonly checkoutRecords: CheckoutRecordRepository;
  readonly gamification: GamificationRepository;
  readonly profiles: ProfileRepository;
  readonly skillEvidence: SkillEvidenceRepository;
  readonly network: NetworkRepository;
  readonly events: EventRecorder;
}

/**
 * Runs `work` in one transaction: commits when it returns Ok, rolls back on Err or a throw. Events
 * recorded through `scope.events` land in the outbox in the same transaction.
 */
export interface UnitOfWork {
  run<T>(
    work: (scope: TransactionScope) => ResultAsync<T, AppError>,
    options: { correlationId: string },
  ): ResultAsync<T, AppError>;
}

/** Hands committed outbox rows to the bus; in embedded mode it dispatches in-process. */
export interface EventPublisher {
  publish(envelopes: readonly EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}
