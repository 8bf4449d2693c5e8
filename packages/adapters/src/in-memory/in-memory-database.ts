import type { BillingCustomer, CheckoutRecord, PaymentProvider } from '@talentsphere/application/billing';
import type {
  AnalyticsEvent,
  NewNotification,
  NotificationCategory,
} from '@talentsphere/application/engagement';
import type { EventEnvelope } from '@talentsphere/application/events';
import type { AuditAction } from '@talentsphere/application/identity';
import type { Invoice, Subscription } from '@talentsphere/domain/billing';
import type { Challenge, Submission } from '@talentsphere/domain/challenges';
import type { BadgeId, LedgerEntry } from '@talentsphere/domain/engagement';
import type { RefreshToken, User } from '@talentsphere/domain/identity';
import type { Course, Enrollment } from '@talentsphere/domain/learning';
import type { Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { Company, CompanyReview, Job, JobApplication } from '@talentsphere/domain/recruiting';
import { copyNetworkTables, emptyNetworkTables, type InMemoryNetworkTables } from './in-memory-network';

/** An audit row as the Kysely adapter stores it: details already redacted. */
export interface StoredAuditEntry {
  readonly id: string;
  readonly action: AuditAction;
  readonly userId: string | null;
  readonly ipAddress: string | null;
  readonly correlationId: string;
  readonly details: Record<string, unknown>;
  readonly createdAt: Date;
}

/**
 * The in-memory twin of the identity, recruiting, learning, challenges, billing and messaging tables.
 * Rows are immutable; updates replace them.
 */
export interface InMemoryTables {
  readonly users: Map<string, User>;
  readonly refreshTokens: Map<string, RefreshToken>;
  readonly audit: StoredAuditEntry[];
  /** In insertion order, which is each person's inbox order (`seq` is the position among theirs). */
  readonly notifications: Map<string, NewNotification>;
  /** The categories each person switched off, keyed by user id. */
  readonly notificationPreferences: Map<string, ReadonlySet<NotificationCategory>>;
  readonly companies: Map<string, Company>;
  readonly companyReviews: Map<string, CompanyReview>;
  readonly jobs: Map<string, Job>;
  readonly applications: Map<string, JobApplication>;
  readonly courses: Map<string, Course>;
  /** Certificates live on their completed enrolment. */
  readonly enrollments: Map<string, Enrollment>;
  readonly challenges: Map<string, Challenge>;
  readonly submissions: Map<string, Submission>;
  /** Keyed `${userId}:${provider}`. */
  readonly billingCustomers: Map<string, BillingCustomer>;
  readonly subscriptions: Map<string, Subscription>;
  readonly invoices: Map<string, Invoice>;
  /** Keyed `${provider}:${eventId}`. */
  readonly providerEvents: Map<string, ProcessedProviderEvent>;
  /** Keyed `${userId}:${idempotencyKey}`. */
  readonly checkoutRecords: Map<string, CheckoutRecord>;
  /** Analytics (see InMemoryAnalyticsStore): events by id; counts keyed `${day}|${metric}`. */
  readonly analyticsEvents: Map<string, AnalyticsEvent>;
  readonly analyticsCounts: Map<string, number>;
  /** Keyed `${day}|${userId}`. */
  readonly analyticsActive: Set<string>;
  /** Keyed `${applicationId}|${stage}`, the day it was first reached. */
  readonly analyticsStages: Map<string, string>;
  /** The points ledger, append-only, in insertion order. */
  readonly gamificationLedger: LedgerEntry[];
  readonly gamificationLevels: Map<string, number>;
  /** Keyed `${userId}|${badge}`. */
  readonly gamificationBadges: Map<string, { userId: string; badge: BadgeId; earnedAt: Date }>;
  /** Keyed by user id. */
  readonly profiles: Map<string, Profile>;
  /** Verified evidence, keyed `${userId}|${id}`. */
  readonly skillEvidence: Map<string, SkillEvidence>;
  /** Connections, blocks, conversations and messages (see InMemoryNetworkRepository). */
  readonly network: InMemoryNetworkTables;
  readonly outbox: EventEnvelope[];
}

export interface ProcessedProviderEvent {
  readonly provider: PaymentProvider;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: Date;
  readonly processedAt: Date;
}

/** Where a repository finds its tables: the committed ones, or a transaction's working copy. */
export interface InMemoryStore {
  readonly tables: InMemoryTables;
}

export const emptyTables = (): InMemoryTables => ({
  users: new Map(),
  refreshTokens: new Map(),
  audit: [],
  notifications: new Map(),
  notificationPreferences: new Map(),
  companies: new Map(),
  companyReviews: new Map(),
  jobs: new Map(),
  applications: new Map(),
  courses: new Map(),
  enrollments: new Map(),
  challenges: new Map(),
  submissions: new Map(),
  billingCustomers: new Map(),
  subscriptions: new Map(),
  invoices: new Map(),
  providerEvents: new Map(),
  checkoutRecords: new Map(),
  analyticsEvents: new Map(),
  analyticsCounts: new Map(),
  analyticsActive: new Set(),
  analyticsStages: new Map(),
  gamificationLedger: [],
  gamificationLevels: new Map(),
  gamificationBadges: new Map(),
  profiles: new Map(),
  skillEvidence: new Map(),
  network: emptyNetworkTables(),
  outbox: [],
});

export const copyTables = (tables: InMemoryTables): InMemoryTables => ({
  users: new Map(tables.users),
  refreshTokens: new Map(tables.refreshTokens),
  audit: [...tables.audit],
  notifications: new Map(tables.notifications),
  notificationPreferences: new Map(tables.notificationPreferences),
  companies: new Map(tables.companies),
  companyReviews: new Map(tables.companyReviews),
  jobs: new Map(tables.jobs),
  applications: new Map(tables.applications),
  courses: new Map(tables.courses),
  enrollments: new Map(tables.enrollments),
  challenges: new Map(tables.challenges),
  submissions: new Map(tables.submissions),
  billingCustomers: new Map(tables.billingCustomers),
  subscriptions: new Map(tables.subscriptions),
  invoices: new Map(tables.invoices),
  providerEvents: new Map(tables.providerEvents),
  checkoutRecords: new Map(tables.checkoutRecords),
  analyticsEvents: new Map(tables.analyticsEvents),
  analyticsCounts: new Map(tables.analyticsCounts),
  analyticsActive: new Set(tables.analyticsActive),
  analyticsStages: new Map(tables.analyticsStages),
  gamificationLedger: [...tables.gamificationLedger],
  gamificationLevels: new Map(tables.gamificationLevels),
  gamificationBadges: new Map(tables.gamificationBadges),
  profiles: new Map(tables.profiles),
  skillEvidence: new Map(tables.skillEvidence),
  network: copyNetworkTables(tables.network),
  outbox: [...tables.outbox],
});

/** Committed state. Tests read it directly to assert what a use case left behind. */
export class InMemoryDatabase implements InMemoryStore {
  tables: InMemoryTables = emptyTables();
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs transactions one at a time (serializable, and what `SELECT … FOR UPDATE` gives the Kysely
   * adapter): concurrent copy-and-swap transactions would otherwise lose each other's writes. A
   * transaction that starts another inside itself waits forever, as it would on a one-connection pool.
   */
  exclusive<R>(task: () => Promise<R>): Promise<R> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
