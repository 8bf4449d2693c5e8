import Stripe from 'stripe';

// For tests only: Stripe objects and signed webhooks shaped like the API version the SDK pins,
// with just the fields billing reads (plus the few that make them recognisable).

/** 2026-12-01T00:00:00Z and a month later, in Stripe's unix seconds. */
export const DEC_1 = Date.UTC(2026, 11, 1) / 1000;
export const JAN_1 = Date.UTC(2027, 0, 1) / 1000;

export interface StripePriceFixture {
  readonly id?: string;
  readonly lookup_key?: string | null;
  readonly metadata?: Record<string, string>;
}

export function aStripeSubscription(
  overrides: Partial<Omit<Stripe.Subscription, 'items'>> & {
    price?: StripePriceFixture;
    /** Where the current period lives: on the item (API 2025-03-31 and later) or the subscription. */
    periodOn?: 'item' | 'subscription';
    period?: { start: number; end: number };
  } = {},
): Stripe.Subscription {
  const {
    price: priceFixture,
    periodOn = 'item',
    period = { start: DEC_1, end: JAN_1 },
    ...fields
  } = overrides;
  const id = fields.id ?? 'sub_0001';
  const price = {
    id: priceFixture?.id ?? 'price_pro_monthly',
    object: 'price',
    lookup_key: priceFixture?.lookup_key === undefined ? 'learner-pro-monthly' : priceFixture.lookup_key,
    metadata: priceFixture?.metadata ?? {},
    currency: 'usd',
    unit_amount: 1900,
    recurring: { interval: 'month', interval_count: 1 },
  };
  const periodFields = { current_period_start: period.start, current_period_end: period.end };
  const item = {
    id: `si_${id}`,
    object: 'subscription_item',
    price,
    quantity: 1,
    subscription: id,
    ...(periodOn === 'item' ? periodFields : {}),
  };
  return {
    id,
    object: 'subscription',
    customer: 'cus_0001',
    status: 'active',
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    created: period.start,
    ended_at: null,
    metadata: {},
    items: {
      object: 'list',
      data: [item],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    ...(periodOn === 'subscription' ? periodFields : {}),
    ...fields,
  } as unknown as Stripe.Subscription;
}

export function aStripeInvoice(
  overrides: Partial<Stripe.Invoice> & {
    subscription?: string | null;
    /** Put the subscription where API versions before 2025-03-31 did (top-level `subscription`). */
    legacySubscriptionField?: boolean;
    linePeriod?: { start: number; end: number } | null;
  } = {},
): Stripe.Invoice {
  const {
    subscription = 'sub_0001',
    legacySubscriptionField = false,
    linePeriod = { start: DEC_1, end: JAN_1 },
    ...fields
  } = overrides;
  const lines = linePeriod
    ? [{ id: 'il_0001', object: 'line_item', amount: 1900, currency: 'usd', period: linePeriod }]
    : [];
  return {
    id: 'in_0001',
    object: 'invoice',
    customer: 'cus_0001',
    status: 'paid',
    currency: 'usd',
    amount_due: 1900,
    amount_paid: 1900,
    amount_remaining: 0,
    // Stripe's own period of a subscription's first invoice is the instant it was made.
    period_start: DEC_1,
    period_end: DEC_1,
    hosted_invoice_url: 'https://invoice.stripe.test/i/in_0001',
    lines: { object: 'list', data: lines, has_more: false, url: '/v1/invoices/in_0001/lines' },
    parent:
      subscription && !legacySubscriptionField
        ? {
            type: 'subscription_details',
            quote_details: null,
            subscription_details: { subscription, metadata: {} },
          }
        : null,
    ...(legacySubscriptionField ? { subscription } : {}),
    ...fields,
  } as unknown as Stripe.Invoice;
}

export function aStripeEvent(
  type: string,
  object: Stripe.Subscription | Stripe.Invoice | Record<string, unknown>,
  overrides: { id?: string; created?: number } = {},
): Stripe.Event {
  return {
    id: overrides.id ?? 'evt_0001',
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: overrides.created ?? DEC_1,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  } as unknown as Stripe.Event;
}

/** The raw body and Stripe-Signature header Stripe would send for `event`. */
export function signedWebhook(
  event: Stripe.Event,
  secret: string,
  options: { timestamp?: number } = {},
): { rawBody: string; signature: string } {
  const rawBody = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload: rawBody,
    secret,
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
  });
  return { rawBody, signature };
}
