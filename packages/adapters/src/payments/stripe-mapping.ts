import type { ProviderEvent, ProviderInvoice, ProviderSubscription } from '@talentsphere/application/billing';
import {
  findPlan,
  INVOICE_STATUSES,
  type InvoiceStatus,
  type PlanCode,
  SUBSCRIPTION_STATUSES,
  type SubscriptionStatus,
} from '@talentsphere/domain/billing';
import { type AppError, validation } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import type Stripe from 'stripe';
import { PAYMENT_ERRORS } from './payment-errors';

const SUBSCRIPTION_EVENTS = new Set([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
]);
const INVOICE_EVENTS = new Set([
  'invoice.created',
  'invoice.finalized',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.voided',
  'invoice.marked_uncollectible',
  'invoice.updated',
]);

/** Fields older API versions put on the subscription and the invoice; recent ones moved them. */
interface LegacySubscriptionFields {
  readonly current_period_start?: number;
  readonly current_period_end?: number;
}
interface LegacyInvoiceFields {
  readonly subscription?: string | { id: string } | null;
}

const unmappable = (message: string): AppError => validation(PAYMENT_ERRORS.webhookUnmappable, message);

/** Stripe counts whole seconds since the epoch. */
export const fromUnixSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();

const idOf = (ref: string | { id: string } | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'string' ? ref : ref.id;

/**
 * The plan a subscription is for, from its price: the configured price ids first, then the price's
 * lookup_key (the plan code by convention), then metadata.plan on the price or the subscription.
 * Never guessed: a price that names no known plan is an error.
 */
function planOf(
  subscription: Stripe.Subscription,
  planByPriceId: ReadonlyMap<string, PlanCode>,
): Result<PlanCode, AppError> {
  const price = subscription.items.data[0]?.price;
  const candidates = [
    price && planByPriceId.get(price.id),
    price?.lookup_key,
    price?.metadata?.plan,
    subscription.metadata?.plan,
  ];
  const named = candidates.find((candidate) => candidate != null && candidate !== '');
  const plan = named ? findPlan(named) : undefined;
  if (!plan) {
    return err(
      unmappable(
        `Subscription ${subscription.id} has price ${price?.id ?? '(none)'} which names no known plan (${named ?? 'nothing'})`,
      ),
    );
  }
  return ok(plan.code);
}

function periodOf(subscription: Stripe.Subscription): Result<{ start: number; end: number }, AppError> {
  const item = subscription.items.data[0] as (Stripe.SubscriptionItem & LegacySubscriptionFields) | undefined;
  const legacy = subscription as Stripe.Subscription & LegacySubscriptionFields;
  // Since API 2025-03-31 the period lives on each item; before, on the subscription itself.
  const start = item?.current_period_start ?? legacy.current_period_start;
  const end = item?.current_period_end ?? legacy.current_period_end;
  if (start == null || end == null) {
    return err(unmappable(`Subscription ${subscription.id} has no current period`));
  }
  return ok({ start, end });
}

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

export function toProviderSubscription(
  subscription: Stripe.Subscription,
  planByPriceId: ReadonlyMap<string, PlanCode> = new Map(),
): Result<ProviderSubscription, AppError> {
  const status = subscription.status;
  if (!isOneOf<SubscriptionStatus>(SUBSCRIPTION_STATUSES, status)) {
    return err(unmappable(`Subscription ${subscription.id} has an unknown status ${status}`));
  }
  const customer = idOf(subscription.customer);
  if (!customer) return err(unmappable(`Subscription ${subscription.id} has no customer`));
  return planOf(subscription, planByPriceId).andThen((plan) =>
    periodOf(subscription).map(
      (period): ProviderSubscription => ({
        providerSubscriptionId: subscription.id,
        providerCustomerId: customer,
        plan,
        status,
        currentPeriodStart: fromUnixSeconds(period.start),
        currentPeriodEnd: fromUnixSeconds(period.end),
        // The portal cancels "at period end" by setting cancel_at to the period's end instead.
        cancelAtPeriodEnd:
          subscription.cancel_at_period_end ||
          (subscription.cancel_at !== null && subscription.cancel_at === period.end),
        canceledAt: subscription.canceled_at === null ? null : fromUnixSeconds(subscription.canceled_at),
      }),
    ),
  );
}

export function toProviderInvoice(invoice: Stripe.Invoice): Result<ProviderInvoice, AppError> {
  const status = invoice.status;
  if (!isOneOf<InvoiceStatus>(INVOICE_STATUSES, status)) {
    return err(unmappable(`Invoice ${invoice.id} has an unknown status ${status}`));
  }
  const customer = idOf(invoice.customer);
  if (!customer) return err(unmappable(`Invoice ${invoice.id} has no customer`));
  if (!Number.isSafeInteger(invoice.amount_due) || !Number.isSafeInteger(invoice.amount_paid)) {
    return err(unmappable(`Invoice ${invoice.id} has amounts that are not whole minor units`));
  }
  const subscription =
    idOf(invoice.parent?.subscription_details?.subscription) ??
    idOf((invoice as Stripe.Invoice & LegacyInvoiceFields).subscription);
  // A subscription invoice's own period_start/end cover the usage before it; its subscription
  // line says which period it pays for.
  const paidPeriod = invoice.lines?.data?.find((line) => line.period)?.period;
  return ok({
    providerInvoiceId: invoice.id,
    providerSubscriptionId: subscription,
    providerCustomerId: customer,
    status,
    currency: invoice.currency.toUpperCase(),
    amountDueMinor: invoice.amount_due,
    amountPaidMinor: invoice.amount_paid,
    periodStart: fromUnixSeconds(paidPeriod?.start ?? invoice.period_start),
    periodEnd: fromUnixSeconds(paidPeriod?.end ?? invoice.period_end),
    hostedUrl: invoice.hosted_invoice_url ?? null,
  });
}

/** A verified Stripe event as a ProviderEvent; types billing does not mirror: null. */
export function toProviderEvent(
  event: Stripe.Event,
  planByPriceId: ReadonlyMap<string, PlanCode> = new Map(),
): Result<ProviderEvent | null, AppError> {
  const head = { id: event.id, createdAt: fromUnixSeconds(event.created) };
  if (SUBSCRIPTION_EVENTS.has(event.type)) {
    return toProviderSubscription(event.data.object as Stripe.Subscription, planByPriceId).map(
      (subscription): ProviderEvent => ({ ...head, type: 'subscription.updated', subscription }),
    );
  }
  if (INVOICE_EVENTS.has(event.type)) {
    return toProviderInvoice(event.data.object as Stripe.Invoice).map(
      (invoice): ProviderEvent => ({
        ...head,
        type: 'invoice.updated',
        invoice,
        paymentFailed: event.type === 'invoice.payment_failed',
      }),
    );
  }
  return ok(null);
}
