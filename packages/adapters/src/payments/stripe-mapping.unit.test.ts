import { INVOICE_STATUSES, SUBSCRIPTION_STATUSES } from '@talentsphere/domain/billing';
import { describe, expect, it } from 'vitest';
import { PAYMENT_ERRORS } from './payment-errors';
import { aStripeEvent, aStripeInvoice, aStripeSubscription, DEC_1, JAN_1 } from './stripe-fixtures';
import { toProviderEvent, toProviderInvoice, toProviderSubscription } from './stripe-mapping';

const DEC_1_ISO = '2026-12-01T00:00:00.000Z';
const JAN_1_ISO = '2027-01-01T00:00:00.000Z';

describe('Stripe subscription → ProviderSubscription', () => {
  it.each(SUBSCRIPTION_STATUSES)(
    'Given a %s subscription, Then the mirror gets that status and every field',
    (status) => {
      const mapped = toProviderSubscription(aStripeSubscription({ status }));
      expect(mapped._unsafeUnwrap()).toEqual({
        providerSubscriptionId: 'sub_0001',
        providerCustomerId: 'cus_0001',
        plan: 'learner-pro-monthly',
        status,
        currentPeriodStart: DEC_1_ISO,
        currentPeriodEnd: JAN_1_ISO,
        cancelAtPeriodEnd: false,
        canceledAt: null,
      });
    },
  );

  it('Given an API version with the period on the subscription (before 2025-03-31), Then the period is read there', () => {
    const mapped = toProviderSubscription(
      aStripeSubscription({ periodOn: 'subscription', period: { start: JAN_1, end: JAN_1 + 86_400 } }),
    );
    expect(mapped._unsafeUnwrap()).toMatchObject({
      currentPeriodStart: JAN_1_ISO,
      currentPeriodEnd: '2027-01-02T00:00:00.000Z',
    });
  });

  it('Given a subscription with no period anywhere, Then it is rejected as unmappable', () => {
    const subscription = aStripeSubscription();
    const item = subscription.items.data[0] as unknown as Record<string, unknown>;
    delete item.current_period_start;
    delete item.current_period_end;
    expect(toProviderSubscription(subscription)._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      code: PAYMENT_ERRORS.webhookUnmappable,
    });
  });

  it('Given cancellation at period end, either as the flag or as cancel_at = period end (the portal), Then cancelAtPeriodEnd, with canceledAt from Stripe', () => {
    const flagged = aStripeSubscription({ cancel_at_period_end: true, canceled_at: DEC_1 + 3600 });
    const byDate = aStripeSubscription({ cancel_at: JAN_1, canceled_at: DEC_1 + 7200 });
    const earlier = aStripeSubscription({ cancel_at: JAN_1 - 86_400 });
    expect(toProviderSubscription(flagged)._unsafeUnwrap()).toMatchObject({
      cancelAtPeriodEnd: true,
      canceledAt: '2026-12-01T01:00:00.000Z',
    });
    expect(toProviderSubscription(byDate)._unsafeUnwrap()).toMatchObject({
      cancelAtPeriodEnd: true,
      canceledAt: '2026-12-01T02:00:00.000Z',
    });
    expect(toProviderSubscription(earlier)._unsafeUnwrap().cancelAtPeriodEnd).toBe(false);
  });

  it('Given the plan in the lookup_key, the price metadata, the subscription metadata or the configured price ids, Then each names the plan', () => {
    const byLookupKey = aStripeSubscription({ price: { lookup_key: 'learner-pro-yearly' } });
    const byPriceMetadata = aStripeSubscription({
      price: { lookup_key: null, metadata: { plan: 'employer-business-monthly' } },
    });
    const bySubscriptionMetadata = aStripeSubscription({
      price: { lookup_key: null },
      metadata: { plan: 'learner-pro-yearly', userId: 'u1' },
    });
    const byPriceId = aStripeSubscription({ price: { id: 'price_biz', lookup_key: null } });
    expect(toProviderSubscription(byLookupKey)._unsafeUnwrap().plan).toBe('learner-pro-yearly');
    expect(toProviderSubscription(byPriceMetadata)._unsafeUnwrap().plan).toBe('employer-business-monthly');
    expect(toProviderSubscription(bySubscriptionMetadata)._unsafeUnwrap().plan).toBe('learner-pro-yearly');
    expect(
      toProviderSubscription(byPriceId, new Map([['price_biz', 'employer-business-monthly']]))._unsafeUnwrap()
        .plan,
    ).toBe('employer-business-monthly');
  });

  it('Given a price that names no known plan, Then the subscription is rejected, never guessed', () => {
    const unknown = aStripeSubscription({ price: { id: 'price_gold', lookup_key: 'gold-plan' } });
    const unnamed = aStripeSubscription({ price: { id: 'price_x', lookup_key: null } });
    for (const subscription of [unknown, unnamed]) {
      const error = toProviderSubscription(subscription)._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'Validation', code: PAYMENT_ERRORS.webhookUnmappable });
      expect(error.message).toContain('names no known plan');
    }
  });

  it('Given a status Stripe may add later, Then it is rejected rather than mirrored', () => {
    const error = toProviderSubscription(aStripeSubscription({ status: 'hibernating' }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: PAYMENT_ERRORS.webhookUnmappable });
    expect(error.message).toContain('hibernating');
  });

  it('Given an expanded customer object, Then its id is the customer', () => {
    const subscription = aStripeSubscription({
      customer: { id: 'cus_expanded', object: 'customer' } as never,
    });
    expect(toProviderSubscription(subscription)._unsafeUnwrap().providerCustomerId).toBe('cus_expanded');
  });
});

describe('Stripe invoice → ProviderInvoice', () => {
  it.each(INVOICE_STATUSES)(
    'Given a %s invoice, Then the mirror gets that status and every field',
    (status) => {
      const amountPaid = status === 'paid' ? 1900 : 0;
      const invoice = aStripeInvoice({ status, amount_paid: amountPaid });
      expect(toProviderInvoice(invoice)._unsafeUnwrap()).toEqual({
        providerInvoiceId: 'in_0001',
        providerSubscriptionId: 'sub_0001',
        providerCustomerId: 'cus_0001',
        status,
        currency: 'USD',
        amountDueMinor: 1900,
        amountPaidMinor: amountPaid,
        periodStart: DEC_1_ISO,
        periodEnd: JAN_1_ISO,
        hostedUrl: 'https://invoice.stripe.test/i/in_0001',
      });
    },
  );

  it('Given an invoice without lines, of an older API version, without a hosted page, Then its own period, its top-level subscription and no url', () => {
    const invoice = aStripeInvoice({
      linePeriod: null,
      legacySubscriptionField: true,
      subscription: 'sub_legacy',
      period_start: DEC_1,
      period_end: JAN_1,
      hosted_invoice_url: null,
    });
    expect(toProviderInvoice(invoice)._unsafeUnwrap()).toMatchObject({
      providerSubscriptionId: 'sub_legacy',
      periodStart: DEC_1_ISO,
      periodEnd: JAN_1_ISO,
      hostedUrl: null,
    });
  });

  it('Given a one-off invoice, Then it has no subscription', () => {
    expect(
      toProviderInvoice(aStripeInvoice({ subscription: null }))._unsafeUnwrap().providerSubscriptionId,
    ).toBe(null);
  });

  it('Given a status null (a preview) or unknown, no customer, or a fractional amount, Then the invoice is rejected', () => {
    const broken = [
      aStripeInvoice({ status: null }),
      aStripeInvoice({ status: 'refunded' as never }),
      aStripeInvoice({ customer: null }),
      aStripeInvoice({ amount_due: 19.5 }),
    ];
    for (const invoice of broken) {
      expect(toProviderInvoice(invoice)._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        code: PAYMENT_ERRORS.webhookUnmappable,
      });
    }
  });
});

describe('Stripe event → ProviderEvent', () => {
  it.each([
    'customer.subscription.created',
    'customer.subscription.updated',
    'customer.subscription.deleted',
    'customer.subscription.paused',
    'customer.subscription.resumed',
  ])('Given %s, Then a subscription.updated with the event id and its creation time', (type) => {
    const event = aStripeEvent(type, aStripeSubscription({ status: 'canceled' }), {
      id: 'evt_sub',
      created: DEC_1 + 61,
    });
    expect(toProviderEvent(event)._unsafeUnwrap()).toEqual({
      id: 'evt_sub',
      createdAt: '2026-12-01T00:01:01.000Z',
      type: 'subscription.updated',
      subscription: toProviderSubscription(aStripeSubscription({ status: 'canceled' }))._unsafeUnwrap(),
    });
  });

  it.each([
    ['invoice.created', false],
    ['invoice.finalized', false],
    ['invoice.paid', false],
    ['invoice.payment_failed', true],
    ['invoice.voided', false],
    ['invoice.marked_uncollectible', false],
    ['invoice.updated', false],
  ] as const)('Given %s, Then an invoice.updated with paymentFailed %s', (type, paymentFailed) => {
    const invoice = aStripeInvoice({ status: 'open', amount_paid: 0 });
    const event = aStripeEvent(type, invoice, { id: 'evt_inv', created: DEC_1 });
    expect(toProviderEvent(event)._unsafeUnwrap()).toEqual({
      id: 'evt_inv',
      createdAt: DEC_1_ISO,
      type: 'invoice.updated',
      invoice: toProviderInvoice(invoice)._unsafeUnwrap(),
      paymentFailed,
    });
  });

  it('Given types billing does not mirror, Then null', () => {
    for (const type of ['customer.created', 'checkout.session.completed', 'payment_intent.succeeded']) {
      expect(toProviderEvent(aStripeEvent(type, { id: 'x', object: 'thing' }))._unsafeUnwrap()).toBeNull();
    }
  });

  it('Given a subscription event for an unknown plan, Then the event is rejected', () => {
    const event = aStripeEvent(
      'customer.subscription.updated',
      aStripeSubscription({ price: { lookup_key: 'x' } }),
    );
    expect(toProviderEvent(event)._unsafeUnwrapErr().code).toBe(PAYMENT_ERRORS.webhookUnmappable);
  });
});
