import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Billing mirrors the payment provider: each user's customer id there, the subscriptions and invoices
// as the provider's newest event showed them (with that event's time and id, newest wins), the
// provider events already processed (a redelivery is a no-op), and the first answer to each
// checkout per user and Idempotency-Key. Amounts are integer minor units (bigint), never floats.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE billing_customers (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('stripe', 'local')),
      provider_customer_id text NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, provider)
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX billing_customers_provider_key
      ON billing_customers (provider, provider_customer_id)`.execute(db);

  await sql`
    CREATE TABLE subscriptions (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('stripe', 'local')),
      provider_subscription_id text NOT NULL,
      provider_customer_id text NOT NULL,
      plan text NOT NULL,
      status text NOT NULL CHECK (status IN ('incomplete', 'incomplete_expired', 'trialing', 'active',
        'past_due', 'canceled', 'unpaid', 'paused')),
      current_period_start timestamptz NOT NULL,
      current_period_end timestamptz NOT NULL,
      cancel_at_period_end boolean NOT NULL,
      canceled_at timestamptz,
      started_at timestamptz NOT NULL,
      shown_event_at timestamptz NOT NULL,
      shown_event_id text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX subscriptions_provider_key ON subscriptions (provider_subscription_id)`.execute(db);
  await sql`CREATE INDEX subscriptions_user_idx ON subscriptions (user_id)`.execute(db);

  await sql`
    CREATE TABLE invoices (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      provider_invoice_id text NOT NULL,
      provider_subscription_id text,
      provider_customer_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'uncollectible', 'void')),
      currency char(3) NOT NULL,
      amount_due_minor bigint NOT NULL CHECK (amount_due_minor >= 0),
      amount_paid_minor bigint NOT NULL CHECK (amount_paid_minor >= 0),
      period_start timestamptz NOT NULL,
      period_end timestamptz NOT NULL,
      hosted_url text,
      shown_event_at timestamptz NOT NULL,
      shown_event_id text NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX invoices_provider_key ON invoices (provider_invoice_id)`.execute(db);
  await sql`CREATE INDEX invoices_user_idx ON invoices (user_id, period_end DESC)`.execute(db);
  // Paid-through dates: the latest paid period of each subscription.
  await sql`
    CREATE INDEX invoices_paid_subscription_idx ON invoices (provider_subscription_id, period_end)
      WHERE status = 'paid'`.execute(db);

  await sql`
    CREATE TABLE provider_events (
      provider text NOT NULL CHECK (provider IN ('stripe', 'local')),
      event_id text NOT NULL,
      type text NOT NULL,
      occurred_at timestamptz NOT NULL,
      processed_at timestamptz NOT NULL,
      PRIMARY KEY (provider, event_id)
    )`.execute(db);

  await sql`
    CREATE TABLE checkout_records (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      idempotency_key text NOT NULL,
      plan text NOT NULL,
      checkout_id text NOT NULL,
      url text NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, idempotency_key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'checkout_records',
    'provider_events',
    'invoices',
    'subscriptions',
    'billing_customers',
  ])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
