import type { Invoice, PlanCode, Subscription, SubscriptionStatus } from '@talentsphere/domain/billing';
import type { Selectable } from 'kysely';
import type { InvoicesTable, SubscriptionsTable } from '../persistence/tables';

export type SubscriptionRow = Selectable<SubscriptionsTable>;
export type InvoiceRowData = Selectable<InvoicesTable>;

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** bigint columns arrive as strings (pg) or numbers (PGlite): either way a safe integer comes out. */
export function minorUnits(value: string | number | bigint): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isSafeInteger(n)) throw new Error(`Stored amount ${String(value)} is not a safe integer`);
  return n;
}

export const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  userId: row.user_id,
  provider: row.provider,
  providerSubscriptionId: row.provider_subscription_id,
  providerCustomerId: row.provider_customer_id,
  plan: row.plan as PlanCode,
  status: row.status as SubscriptionStatus,
  currentPeriodStart: date(row.current_period_start),
  currentPeriodEnd: date(row.current_period_end),
  cancelAtPeriodEnd: row.cancel_at_period_end,
  canceledAt: row.canceled_at === null ? null : date(row.canceled_at),
  startedAt: date(row.started_at),
  shownEvent: { at: date(row.shown_event_at), eventId: row.shown_event_id },
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export const subscriptionColumns = (s: Subscription) => ({
  id: s.id,
  user_id: s.userId,
  provider: s.provider as SubscriptionRow['provider'],
  provider_subscription_id: s.providerSubscriptionId,
  provider_customer_id: s.providerCustomerId,
  plan: s.plan,
  status: s.status,
  current_period_start: s.currentPeriodStart,
  current_period_end: s.currentPeriodEnd,
  cancel_at_period_end: s.cancelAtPeriodEnd,
  canceled_at: s.canceledAt,
  started_at: s.startedAt,
  shown_event_at: s.shownEvent.at,
  shown_event_id: s.shownEvent.eventId,
  created_at: s.createdAt,
  updated_at: s.updatedAt,
});

export const toInvoice = (row: InvoiceRowData): Invoice => ({
  id: row.id,
  userId: row.user_id,
  providerInvoiceId: row.provider_invoice_id,
  providerSubscriptionId: row.provider_subscription_id,
  providerCustomerId: row.provider_customer_id,
  status: row.status,
  currency: row.currency,
  amountDueMinor: minorUnits(row.amount_due_minor),
  amountPaidMinor: minorUnits(row.amount_paid_minor),
  periodStart: date(row.period_start),
  periodEnd: date(row.period_end),
  hostedUrl: row.hosted_url,
  shownEvent: { at: date(row.shown_event_at), eventId: row.shown_event_id },
  createdAt: date(row.created_at),
  updatedAt: date(row.updated_at),
});

export const invoiceColumns = (i: Invoice) => ({
  id: i.id,
  user_id: i.userId,
  provider_invoice_id: i.providerInvoiceId,
  provider_subscription_id: i.providerSubscriptionId,
  provider_customer_id: i.providerCustomerId,
  status: i.status,
  currency: i.currency,
  amount_due_minor: i.amountDueMinor,
  amount_paid_minor: i.amountPaidMinor,
  period_start: i.periodStart,
  period_end: i.periodEnd,
  hosted_url: i.hostedUrl,
  shown_event_at: i.shownEvent.at,
  shown_event_id: i.shownEvent.eventId,
  created_at: i.createdAt,
  updated_at: i.updatedAt,
});
