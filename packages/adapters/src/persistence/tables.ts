import type { ColumnType, Generated, Insertable, RawBuilder, Selectable, Updateable } from 'kysely';
import type { NetworkTables } from '../networking/network-tables';
import type { ProfileTables } from '../profile/profile-tables';

// One interface per table; repositories use the Selectable/Insertable/Updateable views.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: 'jobseeker' | 'employer' | 'instructor' | 'admin';
  password_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RefreshTokensTable {
  id: string;
  family_id: string;
  family_started_at: Timestamp;
  user_id: string;
  secret_hash: string;
  issued_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: string;
  action: string;
  user_id: string | null;
  ip_address: string | null;
  correlation_id: string;
  details: Json;
  created_at: Timestamp;
}

export interface OutboxTable {
  /** = the envelope's messageId */
  id: string;
  event_type: string;
  version: number;
  correlation_id: string;
  payload: Json;
  occurred_at: Timestamp;
  published_at: Timestamp | null;
  /** Lease: a relay owns the row until then; another relay may take it after. */
  locked_until: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface InboxTable {
  consumer: string;
  message_id: string;
  processed_at: Timestamp;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  category: string;
  title: string;
  body: string;
  link: string | null;
  /** The notification's number in its person's inbox, in commit order. */
  seq: number;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

/** The last number each person's inbox gave; its row is held by the inserting transaction. */
export interface NotificationCountersTable {
  user_id: string;
  last_seq: number;
}

/** A category a person switched on or off; no row means on. */
export interface NotificationPreferencesTable {
  user_id: string;
  category: string;
  in_app: boolean;
  updated_at: Timestamp;
}

/** Embedded mode's dead-letter queue: one row per (consumer, message) that exhausted its retries. */
export interface DeadLettersTable {
  consumer: string;
  message_id: string;
  event_type: string;
  /** The whole envelope. */
  payload: Json;
  error: string;
  attempts: number;
  failed_at: Timestamp;
}

export interface CompaniesTable {
  id: string;
  name: string;
  slug: string;
  description: string;
  website: string | null;
  location: string;
  size: string;
  logo_url: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyMembersTable {
  company_id: string;
  user_id: string;
  role: 'owner' | 'recruiter';
  added_at: Timestamp;
}

export interface CompanyReviewsTable {
  id: string;
  company_id: string;
  author_id: string;
  rating: number;
  body: string;
  created_at: Timestamp;
}

export interface JobsTable {
  id: string;
  company_id: string;
  title: string;
  description: string;
  requirements: Json;
  location: string;
  remote_policy: 'onsite' | 'hybrid' | 'remote';
  employment_type: 'full-time' | 'part-time' | 'contract' | 'internship';
  /** bigint: pg answers a string; the repository converts. */
  salary_min: ColumnType<string | null, number | null, number | null>;
  salary_max: ColumnType<string | null, number | null, number | null>;
  salary_currency: string | null;
  skills: Json;
  skill_names: string[];
  status: 'draft' | 'open' | 'closed';
  created_at: Timestamp;
  updated_at: Timestamp;
  opened_at: Timestamp | null;
  closed_at: Timestamp | null;
  search: ColumnType<string, RawBuilder<unknown>, RawBuilder<unknown>>;
}

export interface JobApplicationsTable {
  id: string;
  job_id: string;
  company_id: string;
  candidate_id: string;
  status: 'active' | 'hired' | 'rejected' | 'withdrawn';
  stage: 'applied' | 'screening' | 'assessment' | 'interview' | 'offer';
  cover_letter: string;
  resume_url: string | null;
  rejection_reason: string | null;
  rejected_by: 'employer' | 'candidate' | null;
  viewed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationTransitionsTable {
  id: string;
  application_id: string;
  kind: string;
  actor_id: string;
  actor_role: 'employer' | 'candidate';
  from_status: string | null;
  to_status: string;
  from_stage: string | null;
  to_stage: string;
  reason: string | null;
  at: Timestamp;
}

export interface CoursesTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  skills: Json;
  skill_names: string[];
  cover_image_url: string | null;
  access_tier: 'free' | 'pro';
  /** The whole syllabus: sections with their lessons and content, in order. */
  sections: Json;
  lesson_count: number;
  video_seconds: number;
  status: 'draft' | 'published' | 'archived';
  published_at: Timestamp | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: ColumnType<string, RawBuilder<unknown>, RawBuilder<unknown>>;
}

export interface CourseAuthorsTable {
  course_id: string;
  user_id: string;
  /** The author's place in the course's list, from 0. */
  position: number;
}

export interface EnrollmentsTable {
  id: string;
  user_id: string;
  course_id: string;
  status: 'active' | 'completed' | 'cancelled';
  /** [{ lessonId, status, completedAt }] for the lessons started. */
  lessons: Json;
  last_lesson_id: string | null;
  enrolled_at: Timestamp;
  updated_at: Timestamp;
  completed_at: Timestamp | null;
  cancelled_at: Timestamp | null;
}

export interface CertificatesTable {
  id: string;
  enrollment_id: string;
  user_id: string;
  course_id: string;
  verification_code: string;
  issued_at: Timestamp;
}

export interface ChallengesTable {
  id: string;
  slug: string;
  title: string;
  statement: string;
  difficulty: 'easy' | 'medium' | 'hard';
  skills: Json;
  skill_names: string[];
  /** Derived from starter_code, so list cards never load the starter code. */
  languages: string[];
  starter_code: Json;
  entry_function: string;
  /** Every test, hidden ones included: read and written whole with the aggregate. */
  tests: Json;
  limits: Json;
  reference_solution: Json;
  grading_version: number;
  validation: Json | null;
  status: 'draft' | 'published' | 'retired';
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: ColumnType<string, RawBuilder<unknown>, RawBuilder<unknown>>;
}

export interface ChallengeAuthorsTable {
  challenge_id: string;
  user_id: string;
  /** The author's place in the challenge's list, from 0. */
  position: number;
}

export interface SubmissionsTable {
  id: string;
  challenge_id: string;
  user_id: string;
  language: 'javascript' | 'typescript';
  source: string;
  status: 'queued' | 'running' | 'judged';
  /** The whole judgement with its per-test results, once judged. */
  judgement: Json | null;
  /** Copied from the judgement for leaderboards and stats. */
  verdict: string | null;
  time_ms: number | null;
  submitted_at: Timestamp;
  judged_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface BillingCustomersTable {
  user_id: string;
  provider: 'stripe' | 'local';
  provider_customer_id: string;
  created_at: Timestamp;
}

/** The provider's subscription as its newest processed event showed it. */
export interface SubscriptionsTable {
  id: string;
  user_id: string;
  provider: 'stripe' | 'local';
  provider_subscription_id: string;
  provider_customer_id: string;
  plan: string;
  status: string;
  current_period_start: Timestamp;
  current_period_end: Timestamp;
  cancel_at_period_end: boolean;
  canceled_at: Timestamp | null;
  started_at: Timestamp;
  shown_event_at: Timestamp;
  shown_event_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** bigint: pg hands it back as a string; the repository turns it into a safe integer. */
type MinorUnits = ColumnType<string | number, number, number>;

export interface InvoicesTable {
  id: string;
  user_id: string;
  provider_invoice_id: string;
  provider_subscription_id: string | null;
  provider_customer_id: string;
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';
  currency: string;
  amount_due_minor: MinorUnits;
  amount_paid_minor: MinorUnits;
  period_start: Timestamp;
  period_end: Timestamp;
  hosted_url: string | null;
  shown_event_at: Timestamp;
  shown_event_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProviderEventsTable {
  provider: 'stripe' | 'local';
  event_id: string;
  type: string;
  occurred_at: Timestamp;
  processed_at: Timestamp;
}

export interface CheckoutRecordsTable {
  user_id: string;
  idempotency_key: string;
  plan: string;
  checkout_id: string;
  url: string;
  created_at: Timestamp;
}

/** Every event as the analytics consumer stored it; `payload` keeps ids, enums and numbers only. */
export interface AnalyticsEventsTable {
  id: string;
  type: string;
  occurred_at: Timestamp;
  user_id: string | null;
  payload: Json;
}

/** `day` is a UTC date; written and read as `YYYY-MM-DD` text (pg would make a local-midnight Date). */
type DayColumn = ColumnType<string, string, string>;

export interface AnalyticsDailyCountsTable {
  day: DayColumn;
  metric: string;
  value: number;
}

export interface AnalyticsActiveUsersTable {
  day: DayColumn;
  user_id: string;
}

export interface AnalyticsApplicationStagesTable {
  application_id: string;
  stage: string;
  day: DayColumn;
}

export interface Database extends LocalPaymentTables, NetworkTables, ProfileTables {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  inbox: InboxTable;
  notifications: NotificationsTable;
  notification_counters: NotificationCountersTable;
  notification_preferences: NotificationPreferencesTable;
  analytics_events: AnalyticsEventsTable;
  analytics_daily_counts: AnalyticsDailyCountsTable;
  analytics_active_users: AnalyticsActiveUsersTable;
  analytics_application_stages: AnalyticsApplicationStagesTable;
  dead_letters: DeadLettersTable;
  companies: CompaniesTable;
  company_members: CompanyMembersTable;
  company_reviews: CompanyReviewsTable;
  jobs: JobsTable;
  job_applications: JobApplicationsTable;
  application_transitions: ApplicationTransitionsTable;
  courses: CoursesTable;
  course_authors: CourseAuthorsTable;
  enrollments: EnrollmentsTable;
  certificates: CertificatesTable;
  challenges: ChallengesTable;
  challenge_authors: ChallengeAuthorsTable;
  submissions: SubmissionsTable;
  billing_customers: BillingCustomersTable;
  subscriptions: SubscriptionsTable;
  invoices: InvoicesTable;
  provider_events: ProviderEventsTable;
  checkout_records: CheckoutRecordsTable;
  gamification_players: GamificationPlayersTable;
  gamification_ledger: GamificationLedgerTable;
  gamification_badges: GamificationBadgesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RefreshTokenRow = Selectable<RefreshTokensTable>;
export type OutboxRow = Selectable<OutboxTable>;

/** The local payment provider's own books (not billing's mirror). */
export interface LocalPaymentTables {
  local_payment_checkouts: LocalPaymentCheckoutsTable;
  local_payment_subscriptions: LocalPaymentSubscriptionsTable;
  local_payment_invoices: LocalPaymentInvoicesTable;
  local_payment_events: LocalPaymentEventsTable;
}

export interface LocalPaymentCheckoutsTable {
  id: string;
  user_id: string;
  email: string;
  customer_id: string;
  plan: string;
  status: 'open' | 'completed';
  success_url: string;
  cancel_url: string;
  idempotency_key: string;
  subscription_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LocalPaymentSubscriptionsTable {
  id: string;
  customer_id: string;
  user_id: string;
  plan: string;
  status: string;
  billing_anchor: Timestamp;
  current_period_start: Timestamp;
  current_period_end: Timestamp;
  cancel_at_period_end: boolean;
  canceled_at: Timestamp | null;
  card_last4: string;
  card_behaviour: 'succeeds' | 'renewals-fail';
  next_attempt_at: Timestamp | null;
  due_at: Timestamp | null;
  last_event_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LocalPaymentInvoicesTable {
  id: string;
  subscription_id: string;
  customer_id: string;
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void';
  currency: string;
  amount_due_minor: number;
  amount_paid_minor: number;
  period_start: Timestamp;
  period_end: Timestamp;
  attempts: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LocalPaymentEventsTable {
  id: string;
  created_at: Timestamp;
  /** The ProviderEvent whole. */
  payload: Json;
  delivered_at: Timestamp | null;
  /** Failed deliveries so far. */
  attempts: Generated<number>;
  /** Set when delivery was given up after too many failures (the event is parked). */
  failed_at: Timestamp | null;
  last_error: string | null;
}

export interface GamificationPlayersTable {
  user_id: string;
  level: number;
  updated_at: Timestamp;
}

export interface GamificationLedgerTable {
  id: string;
  user_id: string;
  rule_id: string;
  subject: string;
  points: number;
  event_id: string;
  awarded_at: Timestamp;
}

export interface GamificationBadgesTable {
  user_id: string;
  badge: string;
  earned_at: Timestamp;
}
