import type { CheckoutRequest } from '@talentsphere/application/billing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeStripeServer } from './fake-stripe-server';
import { PAYMENT_ERRORS } from './payment-errors';
import { aStripeEvent, aStripeInvoice, aStripeSubscription, signedWebhook } from './stripe-fixtures';
import { toProviderSubscription } from './stripe-mapping';
import { StripePaymentGateway } from './stripe-payment-gateway';

const WEBHOOK_SECRET = 'whsec_test_secret';

const checkout = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  userId: 'user-1',
  email: 'ada@example.com',
  providerCustomerId: null,
  plan: 'learner-pro-monthly',
  successUrl: 'http://localhost:3000/billing?checkout=success',
  cancelUrl: 'http://localhost:3000/pricing',
  idempotencyKey: 'idem-checkout-1',
  ...overrides,
});

describe('StripePaymentGateway against a fake Stripe', () => {
  let fake: FakeStripeServer;
  let gateway: StripePaymentGateway;
  beforeAll(async () => {
    fake = await FakeStripeServer.start();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    gateway = new StripePaymentGateway({
      secretKey: 'sk_test_123',
      webhookSecret: WEBHOOK_SECRET,
      apiBase: fake.url,
      priceIds: { 'learner-pro-monthly': 'price_pro_monthly' },
    });
  });

  it("Given a user without a customer, When checking out, Then a customer is created once per user and a subscription Checkout carries who and what, under the caller's key", async () => {
    const session = (await gateway.createCheckout(checkout()))._unsafeUnwrap();

    const [customer] = fake.requestsTo('POST /v1/customers');
    expect(customer).toMatchObject({
      form: { email: 'ada@example.com', metadata: { userId: 'user-1' } },
      idempotencyKey: 'customer-user-1',
      authorization: 'Bearer sk_test_123',
    });
    const [created] = fake.requestsTo('POST /v1/checkout/sessions');
    const customerId = session.providerCustomerId;
    expect(customerId).toMatch(/^cus_/);
    expect(created?.idempotencyKey).toBe('idem-checkout-1');
    expect(created?.form).toEqual({
      mode: 'subscription',
      customer: customerId,
      client_reference_id: 'user-1',
      metadata: { userId: 'user-1', plan: 'learner-pro-monthly' },
      subscription_data: { metadata: { userId: 'user-1', plan: 'learner-pro-monthly' } },
      line_items: [{ price: 'price_pro_monthly', quantity: '1' }],
      success_url: 'http://localhost:3000/billing?checkout=success',
      cancel_url: 'http://localhost:3000/pricing',
    });
    expect(session).toEqual({
      checkoutId: expect.stringMatching(/^cs_test_/),
      url: `https://checkout.stripe.test/c/pay/${session.checkoutId}`,
      providerCustomerId: customerId,
    });
  });

  it('Given the same Idempotency-Key twice, When checking out, Then Stripe answers the repeat with the first session', async () => {
    const first = (await gateway.createCheckout(checkout({ idempotencyKey: 'idem-repeat' })))._unsafeUnwrap();
    const second = (
      await gateway.createCheckout(checkout({ idempotencyKey: 'idem-repeat' }))
    )._unsafeUnwrap();
    expect(second).toEqual(first);
    expect(fake.requestsTo('POST /v1/checkout/sessions').map((r) => r.idempotencyKey)).toEqual([
      'idem-repeat',
      'idem-repeat',
    ]);
  });

  it('Given a customer already mirrored, When checking out, Then no customer is created and the session is for that customer', async () => {
    const session = (
      await gateway.createCheckout(checkout({ providerCustomerId: 'cus_known' }))
    )._unsafeUnwrap();
    expect(fake.requestsTo('POST /v1/customers')).toEqual([]);
    expect(fake.requestsTo('POST /v1/checkout/sessions')[0]?.form).toMatchObject({ customer: 'cus_known' });
    expect(session.providerCustomerId).toBe('cus_known');
  });

  it('Given no configured price for a plan, When checking out, Then the price is found by its lookup_key (the plan code)', async () => {
    fake.prices.push(
      { id: 'price_yearly_old', lookup_key: 'learner-pro-yearly', active: false },
      { id: 'price_yearly', lookup_key: 'learner-pro-yearly', active: true },
    );
    await gateway.createCheckout(checkout({ plan: 'learner-pro-yearly', providerCustomerId: 'cus_known' }));
    expect(fake.requestsTo('GET /v1/prices')[0]?.query).toMatchObject({
      lookup_keys: ['learner-pro-yearly'],
      active: 'true',
    });
    expect(fake.requestsTo('POST /v1/checkout/sessions')[0]?.form).toMatchObject({
      line_items: [{ price: 'price_yearly', quantity: '1' }],
    });
  });

  it('Given a free plan or a plan Stripe has no price for, When checking out, Then PAYMENT_PLAN_NOT_PURCHASABLE and no session', async () => {
    for (const plan of ['learner-free', 'employer-business-monthly'] as const) {
      const error = (
        await gateway.createCheckout(checkout({ plan, providerCustomerId: 'cus_known' }))
      )._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind: 'Validation', code: PAYMENT_ERRORS.planNotPurchasable });
    }
    expect(fake.requestsTo('POST /v1/checkout/sessions')).toEqual([]);
  });

  it('Given a customer, When opening the portal, Then a portal session for that customer returns to the given page', async () => {
    const portal = (await gateway.createPortal('cus_known', 'http://localhost:3000/billing'))._unsafeUnwrap();
    expect(fake.requestsTo('POST /v1/billing_portal/sessions')[0]?.form).toEqual({
      customer: 'cus_known',
      return_url: 'http://localhost:3000/billing',
    });
    expect(portal.url).toMatch(/^https:\/\/billing\.stripe\.test\/p\/session\/bps_/);
  });

  it("Given a subscription, When cancelling at period end and resuming, Then Stripe is told each time under the caller's key", async () => {
    fake.subscriptions.set('sub_0001', aStripeSubscription());
    expect(
      (await gateway.setCancelAtPeriodEnd('sub_0001', true, 'idem-cancel'))._unsafeUnwrap(),
    ).toBeUndefined();
    expect(fake.subscriptions.get('sub_0001')?.cancel_at_period_end).toBe(true);
    await gateway.setCancelAtPeriodEnd('sub_0001', false, 'idem-resume');
    expect(fake.subscriptions.get('sub_0001')?.cancel_at_period_end).toBe(false);
    expect(fake.requestsTo('POST /v1/subscriptions/sub_0001').map((r) => [r.form, r.idempotencyKey])).toEqual(
      [
        [{ cancel_at_period_end: 'true' }, 'idem-cancel'],
        [{ cancel_at_period_end: 'false' }, 'idem-resume'],
      ],
    );
  });

  it('Given a subscription Stripe does not know, When cancelling, Then PAYMENT_SUBSCRIPTION_NOT_FOUND', async () => {
    const error = (await gateway.setCancelAtPeriodEnd('sub_missing', true, 'idem-x'))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'NotFound', code: PAYMENT_ERRORS.subscriptionNotFound });
  });

  it('Given Stripe unreachable, When checking out, Then PAYMENT_PROVIDER_UNAVAILABLE rather than a throw', async () => {
    const offline = new StripePaymentGateway({
      secretKey: 'sk_test_123',
      webhookSecret: WEBHOOK_SECRET,
      apiBase: 'http://127.0.0.1:9',
      priceIds: { 'learner-pro-monthly': 'price_pro_monthly' },
    });
    const error = (await offline.createCheckout(checkout()))._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'Unavailable', code: PAYMENT_ERRORS.providerUnavailable });
  });

  it.each([
    [402, 'card_error', 'Validation', PAYMENT_ERRORS.declined],
    [400, 'invalid_request_error', 'Validation', PAYMENT_ERRORS.requestRejected],
    [400, 'idempotency_error', 'Conflict', PAYMENT_ERRORS.idempotencyConflict],
    [429, 'rate_limit_error', 'Unavailable', PAYMENT_ERRORS.providerUnavailable],
    [500, 'api_error', 'Unavailable', PAYMENT_ERRORS.providerUnavailable],
  ])('Given Stripe answers %i %s, When checking out, Then %s %s', async (status, type, kind, code) => {
    fake.failWith('POST /v1/checkout/sessions', { status, type });
    try {
      const error = (await gateway.createCheckout(checkout()))._unsafeUnwrapErr();
      expect(error).toMatchObject({ kind, code });
    } finally {
      fake.failWith('POST /v1/checkout/sessions', null);
    }
  });

  it('Given a Stripe key Stripe does not accept, When checking out, Then it is thrown as our misconfiguration, not a retryable error', async () => {
    fake.failWith('POST /v1/customers', { status: 401, type: 'invalid_request_error' });
    try {
      await expect(gateway.createCheckout(checkout())).rejects.toThrow();
    } finally {
      fake.failWith('POST /v1/customers', null);
    }
  });
});

describe('StripePaymentGateway webhooks', () => {
  const gateway = new StripePaymentGateway({ secretKey: 'sk_test_123', webhookSecret: WEBHOOK_SECRET });
  const now = () => Math.floor(Date.now() / 1000);
  const subscriptionEvent = aStripeEvent(
    'customer.subscription.updated',
    aStripeSubscription({ status: 'past_due' }),
    {
      id: 'evt_123',
    },
  );

  it('Given a correctly signed event, Then the normalised ProviderEvent', () => {
    const { rawBody, signature } = signedWebhook(subscriptionEvent, WEBHOOK_SECRET);
    expect(gateway.verifyWebhook(rawBody, signature)._unsafeUnwrap()).toEqual({
      id: 'evt_123',
      createdAt: '2026-12-01T00:00:00.000Z',
      type: 'subscription.updated',
      subscription: toProviderSubscription(aStripeSubscription({ status: 'past_due' }))._unsafeUnwrap(),
    });
  });

  it('Given a signed invoice.payment_failed, Then an invoice.updated marked paymentFailed', () => {
    const event = aStripeEvent('invoice.payment_failed', aStripeInvoice({ status: 'open', amount_paid: 0 }));
    const { rawBody, signature } = signedWebhook(event, WEBHOOK_SECRET);
    expect(gateway.verifyWebhook(rawBody, signature)._unsafeUnwrap()).toMatchObject({
      type: 'invoice.updated',
      paymentFailed: true,
      invoice: { status: 'open', amountDueMinor: 1900, amountPaidMinor: 0 },
    });
  });

  it('Given a tampered body, the wrong secret, a stale timestamp or no signature, Then PAYMENT_WEBHOOK_SIGNATURE', () => {
    const good = signedWebhook(subscriptionEvent, WEBHOOK_SECRET);
    const tampered = good.rawBody.replace('"past_due"', '"active"');
    const wrongSecret = signedWebhook(subscriptionEvent, 'whsec_other');
    const stale = signedWebhook(subscriptionEvent, WEBHOOK_SECRET, { timestamp: now() - 301 });
    const attempts: Array<[string, string | undefined]> = [
      [tampered, good.signature],
      [wrongSecret.rawBody, wrongSecret.signature],
      [stale.rawBody, stale.signature],
      [good.rawBody, undefined],
      [good.rawBody, 'garbage'],
    ];
    for (const [rawBody, signature] of attempts) {
      expect(gateway.verifyWebhook(rawBody, signature)._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        code: PAYMENT_ERRORS.webhookSignature,
      });
    }
  });

  it('Given a signed event of a type billing does not mirror, Then null', () => {
    const { rawBody, signature } = signedWebhook(
      aStripeEvent('checkout.session.completed', { id: 'cs_1', object: 'checkout.session' }),
      WEBHOOK_SECRET,
    );
    expect(gateway.verifyWebhook(rawBody, signature)._unsafeUnwrap()).toBeNull();
  });

  it('Given a signed event for a plan nobody sells, Then PAYMENT_WEBHOOK_UNMAPPABLE', () => {
    const event = aStripeEvent(
      'customer.subscription.created',
      aStripeSubscription({ price: { lookup_key: 'gold' } }),
    );
    const { rawBody, signature } = signedWebhook(event, WEBHOOK_SECRET);
    expect(gateway.verifyWebhook(rawBody, signature)._unsafeUnwrapErr().code).toBe(
      PAYMENT_ERRORS.webhookUnmappable,
    );
  });
});
