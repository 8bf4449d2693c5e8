import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// The local payment provider's own books (a stand-in for Stripe's): checkouts, subscriptions with
// their billing schedule, invoices, and the events it still owes billing. Ids are the provider's
// (prefixed text, like Stripe's); users are referenced by id only, as an outside provider would.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE local_payment_checkouts (
      id text PRIMARY KEY,
      user_id text NOT NULL,
      email text NOT NULL,
      customer_id text NOT NULL,
      plan text NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'completed')),
      success_url text NOT NULL,
      cancel_url text NOT NULL,
      idempotency_key text NOT NULL,
      subscription_id text,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      CHECK ((status = 'completed') = (subscription_id IS NOT NULL))
    )`.execute(db);
  // A repeated Idempotency-Key of one user finds the first checkout.
  await sql`
    CREATE UNIQUE INDEX local_payment_checkouts_key ON local_payment_checkouts (user_id, idempotency_key)`.execute(
    db,
  );

  await sql`
    CREATE TABLE local_payment_subscriptions (
      id text PRIMARY KEY,
      customer_id text NOT NULL,
      user_id text NOT NULL,
      plan text NOT NULL,
      status text NOT NULL CHECK (status IN ('incomplete', 'incomplete_expired', 'trialing', 'active',
        'past_due', 'canceled', 'unpaid', 'paused')),
      billing_anchor timestamptz NOT NULL,
      current_period_start timestamptz NOT NULL,
      current_period_end timestamptz NOT NULL,
      cancel_at_period_end boolean NOT NULL,
      canceled_at timestamptz,
      card_last4 text NOT NULL,
      card_behaviour text NOT NULL CHECK (card_behaviour IN ('succeeds', 'renewals-fail')),
      next_attempt_at timestamptz,
      -- When advance() next has something to do with it; null once nothing is left to do.
      due_at timestamptz,
      last_event_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (current_period_start < current_period_end)
    )`.execute(db);
  // advance() claims the soonest due first.
  await sql`
    CREATE INDEX local_payment_subscriptions_due ON local_payment_subscriptions (due_at)
      WHERE due_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE local_payment_invoices (
      id text PRIMARY KEY,
      subscription_id text NOT NULL REFERENCES local_payment_subscriptions (id),
      customer_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'uncollectible', 'void')),
      currency text NOT NULL,
      -- Integer minor units (cents).
      amount_due_minor integer NOT NULL CHECK (amount_due_minor >= 0),
      amount_paid_minor integer NOT NULL CHECK (amount_paid_minor >= 0),
      period_start timestamptz NOT NULL,
      period_end timestamptz NOT NULL,
      attempts integer NOT NULL CHECK (attempts >= 0),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE INDEX local_payment_invoices_subscription ON local_payment_invoices (subscription_id, created_at)`.execute(
    db,
  );

  // The provider's outbox: each ProviderEvent whole, written with the change it describes.
  await sql`
    CREATE TABLE local_payment_events (
      id text PRIMARY KEY,
      created_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      delivered_at timestamptz
    )`.execute(db);
  await sql`
    CREATE INDEX local_payment_events_undelivered ON local_payment_events (created_at, id)
      WHERE delivered_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE local_payment_events`.execute(db);
  await sql`DROP TABLE local_payment_invoices`.execute(db);
  await sql`DROP TABLE local_payment_subscriptions`.execute(db);
  await sql`DROP TABLE local_payment_checkouts`.execute(db);
}
