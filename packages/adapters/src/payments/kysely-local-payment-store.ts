import type { ProviderEvent } from '@talentsphere/application/billing';
import type { PlanCode, SubscriptionStatus } from '@talentsphere/domain/billing';
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Database,
  LocalPaymentCheckoutsTable,
  LocalPaymentInvoicesTable,
  LocalPaymentSubscriptionsTable,
} from '../persistence/tables';
import type {
  LocalCheckout,
  LocalInvoice,
  LocalPaymentStore,
  LocalPaymentTransaction,
  LocalSubscription,
} from './local-payment-store';

const toCheckout = (row: Selectable<LocalPaymentCheckoutsTable>): LocalCheckout => ({
  id: row.id,
  userId: row.user_id,
  email: row.email,
  customerId: row.customer_id,
  plan: row.plan as PlanCode,
  status: row.status,
  successUrl: row.success_url,
  cancelUrl: row.cancel_url,
  idempotencyKey: row.idempotency_key,
  subscriptionId: row.subscription_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

const checkoutColumns = (c: LocalCheckout) => ({
  user_id: c.userId,
  email: c.email,
  customer_id: c.customerId,
  plan: c.plan,
  status: c.status,
  success_url: c.successUrl,
  cancel_url: c.cancelUrl,
  idempotency_key: c.idempotencyKey,
  subscription_id: c.subscriptionId,
  created_at: c.createdAt,
  expires_at: c.expiresAt,
});

const toSubscription = (row: Selectable<LocalPaymentSubscriptionsTable>): LocalSubscription => ({
  id: row.id,
  customerId: row.customer_id,
  userId: row.user_id,
  plan: row.plan as PlanCode,
  status: row.status as SubscriptionStatus,
  billingAnchor: row.billing_anchor,
  currentPeriodStart: row.current_period_start,
  currentPeriodEnd: row.current_period_end,
  cancelAtPeriodEnd: row.cancel_at_period_end,
  canceledAt: row.canceled_at,
  cardLast4: row.card_last4,
  cardBehaviour: row.card_behaviour,
  nextAttemptAt: row.next_attempt_at,
  dueAt: row.due_at,
  lastEventAt: row.last_event_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const subscriptionColumns = (s: LocalSubscription) => ({
  customer_id: s.customerId,
  user_id: s.userId,
  plan: s.plan,
  status: s.status,
  billing_anchor: s.billingAnchor,
  current_period_start: s.currentPeriodStart,
  current_period_end: s.currentPeriodEnd,
  cancel_at_period_end: s.cancelAtPeriodEnd,
  canceled_at: s.canceledAt,
  card_last4: s.cardLast4,
  card_behaviour: s.cardBehaviour,
  next_attempt_at: s.nextAttemptAt,
  due_at: s.dueAt,
  last_event_at: s.lastEventAt,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

const toInvoice = (row: Selectable<LocalPaymentInvoicesTable>): LocalInvoice => ({
  id: row.id,
  subscriptionId: row.subscription_id,
  customerId: row.customer_id,
  status: row.status,
  currency: row.currency,
  amountDueMinor: row.amount_due_minor,
  amountPaidMinor: row.amount_paid_minor,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  attempts: row.attempts,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const invoiceColumns = (i: LocalInvoice) => ({
  subscription_id: i.subscriptionId,
  customer_id: i.customerId,
  status: i.status,
  currency: i.currency,
  amount_due_minor: i.amountDueMinor,
  amount_paid_minor: i.amountPaidMinor,
  period_start: i.periodStart,
  period_end: i.periodEnd,
  attempts: i.attempts,
  created_at: i.createdAt,
  updated_at: i.updatedAt,
});

/** The local provider's books in PostgreSQL or PGlite (tables local_payment_*). */
export class KyselyLocalPaymentStore implements LocalPaymentStore {
  constructor(private readonly db: Kysely<Database>) {}

  transaction<T>(work: (tx: LocalPaymentTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new KyselyLocalPaymentTransaction(trx)));
  }

  async findCheckout(id: string): Promise<LocalCheckout | undefined> {
    const row = await this.db
      .selectFrom('local_payment_checkouts')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCheckout(row);
  }

  async undeliveredEvents(limit: number): Promise<ProviderEvent[]> {
    const rows = await this.db
      .selectFrom('local_payment_events')
      .select('payload')
      .where('delivered_at', 'is', null)
      .where('failed_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.payload as ProviderEvent);
  }

  async markDelivered(eventId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('local_payment_events')
      .set({ delivered_at: at })
      .where('id', '=', eventId)
      .where('delivered_at', 'is', null)
      .execute();
  }

  async recordFailedDelivery(
    eventId: string,
    failure: { error: string; at: Date; maxAttempts: number },
  ): Promise<'retry' | 'parked'> {
    const row = await this.db
      .updateTable('local_payment_events')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: failure.error,
        // attempts here is the count before this failure.
        failed_at: sql<Date | null>`CASE WHEN ${eb.ref('attempts')} >= ${failure.maxAttempts - 1} THEN ${failure.at}::timestamptz END`,
      }))
      .where('id', '=', eventId)
      .where('delivered_at', 'is', null)
      .returning('failed_at')
      .executeTakeFirst();
    return row?.failed_at ? 'parked' : 'retry';
  }

  async parkedEvents(): Promise<{ event: ProviderEvent; attempts: number; error: string; failedAt: Date }[]> {
    const rows = await this.db
      .selectFrom('local_payment_events')
      .select(['payload', 'attempts', 'last_error', 'failed_at'])
      .where('failed_at', 'is not', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      event: row.payload as ProviderEvent,
      attempts: row.attempts,
      error: row.last_error ?? '',
      failedAt: row.failed_at as Date,
    }));
  }
}

class KyselyLocalPaymentTransaction implements LocalPaymentTransaction {
  constructor(private readonly db: Kysely<Database>) {}

  async insertCheckout(checkout: LocalCheckout): Promise<boolean> {
    const result = await this.db
      .insertInto('local_payment_checkouts')
      .values({ id: checkout.id, ...checkoutColumns(checkout) })
      .onConflict((conflict) => conflict.columns(['user_id', 'idempotency_key']).doNothing())
      .executeTakeFirst();
    return result.numInsertedOrUpdatedRows === 1n;
  }

  async findCheckoutByKey(userId: string, idempotencyKey: string): Promise<LocalCheckout | undefined> {
    const row = await this.db
      .selectFrom('local_payment_checkouts')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    return row && toCheckout(row);
  }

  async lockCheckoutsOfUser(userId: string): Promise<LocalCheckout[]> {
    const rows = await this.db
      .selectFrom('local_payment_checkouts')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .forUpdate()
      .execute();
    return rows.map(toCheckout);
  }

  async updateCheckout(checkout: LocalCheckout): Promise<void> {
    await this.db
      .updateTable('local_payment_checkouts')
      .set(checkoutColumns(checkout))
      .where('id', '=', checkout.id)
      .execute();
  }

  async insertSubscription(subscription: LocalSubscription): Promise<void> {
    await this.db
      .insertInto('local_payment_subscriptions')
      .values({ id: subscription.id, ...subscriptionColumns(subscription) })
      .execute();
  }

  async lockSubscription(id: string): Promise<LocalSubscription | undefined> {
    const row = await this.db
      .selectFrom('local_payment_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  async subscriptionsOfUser(userId: string): Promise<LocalSubscription[]> {
    const rows = await this.db
      .selectFrom('local_payment_subscriptions')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    return rows.map(toSubscription);
  }

  async claimDueSubscription(now: Date): Promise<LocalSubscription | undefined> {
    const row = await this.db
      .selectFrom('local_payment_subscriptions')
      .selectAll()
      .where('due_at', '<=', now)
      .orderBy('due_at')
      .orderBy('id')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  async updateSubscription(subscription: LocalSubscription): Promise<void> {
    await this.db
      .updateTable('local_payment_subscriptions')
      .set(subscriptionColumns(subscription))
      .where('id', '=', subscription.id)
      .execute();
  }

  async insertInvoice(invoice: LocalInvoice): Promise<void> {
    await this.db
      .insertInto('local_payment_invoices')
      .values({ id: invoice.id, ...invoiceColumns(invoice) })
      .execute();
  }

  async findOpenInvoice(subscriptionId: string): Promise<LocalInvoice | undefined> {
    const row = await this.db
      .selectFrom('local_payment_invoices')
      .selectAll()
      .where('subscription_id', '=', subscriptionId)
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toInvoice(row);
  }

  async updateInvoice(invoice: LocalInvoice): Promise<void> {
    await this.db
      .updateTable('local_payment_invoices')
      .set(invoiceColumns(invoice))
      .where('id', '=', invoice.id)
      .execute();
  }

  async listInvoices(subscriptionId: string): Promise<LocalInvoice[]> {
    const rows = await this.db
      .selectFrom('local_payment_invoices')
      .selectAll()
      .where('subscription_id', '=', subscriptionId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toInvoice);
  }

  async insertEvents(events: readonly ProviderEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.db
      .insertInto('local_payment_events')
      .values(
        events.map((event) => ({
          id: event.id,
          created_at: event.createdAt,
          payload: JSON.stringify(event),
          delivered_at: null,
        })),
      )
      .execute();
  }
}
