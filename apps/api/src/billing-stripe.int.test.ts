import {
  aStripeEvent,
  aStripeInvoice,
  aStripeSubscription,
  FakeStripeServer,
  signedWebhook,
} from '@talentsphere/adapters/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, type WireClient } from './testing/test-server';

// Billing with Stripe through the real server: the api's Stripe SDK talks to a fake Stripe, and
// Stripe's side of the story arrives as signed webhooks at POST /webhooks/stripe.

const WEBHOOK_SECRET = 'whsec_test_billing_journey';

describe('billing with Stripe through the real server', () => {
  let fake: FakeStripeServer;
  let t: TestServer;
  let learner: WireClient;
  let customerId: string;

  const deliver = async (event: ReturnType<typeof aStripeEvent>, secret = WEBHOOK_SECRET) => {
    const { rawBody, signature } = signedWebhook(event, secret);
    const response = await fetch(new URL('/webhooks/stripe', t.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: rawBody,
    });
    return { status: response.status, body: (await response.json()) as { outcome?: string; code?: string } };
  };

  beforeAll(async () => {
    fake = await FakeStripeServer.start();
    fake.prices.push({ id: 'price_pro_monthly', lookup_key: 'learner-pro-monthly', active: true });
    t = await startTestServer({
      STRIPE_SECRET_KEY: 'sk_test_billing',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
      PUBLIC_URL: 'https://talentsphere.test',
    });
    learner = await signUp(t, 'jobseeker', 'Lena Learner');
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it("checks out on Stripe's page, under the caller's key, returning to the public address", async () => {
    const input = { plan: 'learner-pro-monthly', idempotencyKey: 'stripe-checkout-0001' };
    const first = await learner.call('mutation', 'billing.checkout', input);
    expect(first.body.result?.data.url).toMatch(/^https:\/\/checkout\.stripe\.test\//);
    const repeat = await learner.call('mutation', 'billing.checkout', input);
    expect(repeat.body.result?.data).toEqual(first.body.result?.data);
    const [session] = fake.requestsTo('POST /v1/checkout/sessions');
    expect(session?.form).toMatchObject({
      success_url: 'https://talentsphere.test/billing?checkout=success',
    });
    customerId = String((session?.form as { customer: string } | undefined)?.customer);
    expect(customerId).toMatch(/^cus_/);
  });

  it('mirrors the subscription from signed webhooks, answers a redelivery 200 duplicate, a forged one 400, an unknown customer 503', async () => {
    const now = Math.floor(Date.now() / 1000);
    const period = { start: now - 60, end: now + 30 * 86_400 };
    const subscription = aStripeSubscription({ id: 'sub_journey', customer: customerId, period });
    const created = aStripeEvent('customer.subscription.created', subscription, {
      id: 'evt_sub',
      created: now,
    });
    expect(await deliver(created)).toEqual({ status: 200, body: { received: true, outcome: 'applied' } });
    const invoice = aStripeInvoice({
      id: 'in_journey',
      customer: customerId,
      subscription: 'sub_journey',
      linePeriod: period,
    });
    const paid = aStripeEvent('invoice.paid', invoice, { id: 'evt_inv', created: now + 1 });
    expect((await deliver(paid)).body.outcome).toBe('applied');
    expect(await deliver(paid)).toEqual({ status: 200, body: { received: true, outcome: 'duplicate' } });
    expect((await deliver(paid, 'whsec_forged')).status).toBe(400);
    const stranger = aStripeEvent(
      'customer.subscription.created',
      aStripeSubscription({ customer: 'cus_nobody', period }),
      {
        id: 'evt_stranger',
        created: now,
      },
    );
    expect(await deliver(stranger)).toMatchObject({ status: 503, body: { code: 'BILLING_010' } });

    const mine = await learner.call('query', 'billing.mine');
    expect(mine.body.result?.data).toMatchObject({
      provider: 'stripe',
      plan: { code: 'learner-pro-monthly' },
      subscription: { status: 'active' },
      invoices: [
        {
          status: 'paid',
          amountPaid: { formatted: '$19.00' },
          hostedUrl: 'https://invoice.stripe.test/i/in_0001',
        },
      ],
      portalAvailable: true,
    });
    const portal = await learner.call('mutation', 'billing.portal');
    expect(portal.body.result?.data.url).toMatch(/^https:\/\/billing\.stripe\.test\//);
  });
});
