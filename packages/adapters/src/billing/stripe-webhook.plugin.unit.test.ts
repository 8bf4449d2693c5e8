import type { ProviderEvent, ProviderEventOutcome } from '@talentsphere/application/billing';
import { type AppError, unavailable, validation } from '@talentsphere/domain/shared';
import Fastify from 'fastify';
import { err, errAsync, ok, okAsync, type ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { BillingTestbed } from '../in-memory/billing-testbed';
import { aStripeEvent, aStripeSubscription, signedWebhook } from '../payments/stripe-fixtures';
import { StripePaymentGateway } from '../payments/stripe-payment-gateway';
import { stripeWebhookPlugin } from './stripe-webhook.plugin';

const event: ProviderEvent = {
  id: 'evt_1',
  createdAt: '2026-03-01T00:00:00.000Z',
  type: 'invoice.updated',
  paymentFailed: false,
  invoice: {
    providerInvoiceId: 'in_1',
    providerSubscriptionId: 'sub_1',
    providerCustomerId: 'cus_1',
    status: 'paid',
    currency: 'usd',
    amountDueMinor: 1900,
    amountPaidMinor: 1900,
    periodStart: '2026-03-01T00:00:00.000Z',
    periodEnd: '2026-04-01T00:00:00.000Z',
    hostedUrl: null,
  },
};

/** A server with the webhook route over a gateway that accepts the signature "good" only. */
async function serverWith(receive: () => ResultAsync<ProviderEventOutcome, AppError>) {
  const seen: { rawBody: string; events: ProviderEvent[] } = { rawBody: '', events: [] };
  const app = Fastify();
  await app.register(stripeWebhookPlugin, {
    gateway: {
      verifyWebhook: (rawBody: string, signature: string | undefined) => {
        seen.rawBody = rawBody;
        if (signature !== 'good')
          return err(validation('WEBHOOK_SIGNATURE', 'The signature does not match.'));
        return ok(rawBody.includes('"ignored"') ? null : event);
      },
    },
    receive: {
      execute: (e: ProviderEvent) => {
        seen.events.push(e);
        return receive();
      },
    },
  });
  return { app, seen };
}

const post = (app: Awaited<ReturnType<typeof serverWith>>['app'], body: string, signature?: string) =>
  app.inject({
    method: 'POST',
    url: '/webhooks/stripe',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    payload: body,
  });

describe('POST /webhooks/stripe', () => {
  it('Given a forged or missing signature, When delivered, Then 400 and billing never hears of it', async () => {
    const { app, seen } = await serverWith(() => okAsync<ProviderEventOutcome, AppError>('applied'));
    expect((await post(app, '{"id":"evt_1"}', 'forged')).statusCode).toBe(400);
    expect((await post(app, '{"id":"evt_1"}')).statusCode).toBe(400);
    expect(seen.events).toEqual([]);
  });

  it('Given a signed event, When delivered, Then the exact raw body is verified and 200 names the outcome', async () => {
    const body = '{ "id":  "evt_1" ,"type":"invoice.paid" }';
    for (const outcome of ['applied', 'stale'] as const) {
      const { app, seen } = await serverWith(() => okAsync<ProviderEventOutcome, AppError>(outcome));
      const response = await post(app, body, 'good');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ received: true, outcome });
      expect(seen.rawBody).toBe(body);
      expect(seen.events).toEqual([event]);
    }
  });

  it('Given an event type billing ignores, When delivered, Then 200 without calling billing', async () => {
    const { app, seen } = await serverWith(() => okAsync<ProviderEventOutcome, AppError>('applied'));
    const response = await post(app, '{"type":"ignored"}', 'good');
    expect(response.json()).toEqual({ received: true, outcome: 'ignored' });
    expect(seen.events).toEqual([]);
  });

  it('Given a customer billing does not know yet, When delivered, Then 503 so the provider retries', async () => {
    const { app } = await serverWith(() =>
      errAsync<ProviderEventOutcome, AppError>(unavailable('BILLING_010', 'later')),
    );
    const response = await post(app, '{}', 'good');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'BILLING_010' });
  });
});

describe('POST /webhooks/stripe with the Stripe gateway and billing on in-memory storage', () => {
  const SECRET = 'whsec_route_test';

  async function realServer() {
    const bed = new BillingTestbed('stripe');
    const learner = bed.user('jobseeker');
    bed.db.tables.billingCustomers.set(`${learner.userId}:stripe`, {
      userId: learner.userId,
      provider: 'stripe',
      providerCustomerId: 'cus_0001',
      createdAt: bed.clock.now(),
    });
    const app = Fastify();
    await app.register(stripeWebhookPlugin, {
      gateway: new StripePaymentGateway({ secretKey: 'sk_test_123', webhookSecret: SECRET }),
      receive: bed.services.receiveProviderEvent,
    });
    return { app, bed };
  }

  it('Given one signed delivery replayed, When posted twice, Then applied and then duplicate, and the mirror holds one subscription', async () => {
    const { app, bed } = await realServer();
    const { rawBody, signature } = signedWebhook(
      aStripeEvent('customer.subscription.created', aStripeSubscription(), { id: 'evt_replayed' }),
      SECRET,
    );
    const first = await post(app, rawBody, signature);
    const again = await post(app, rawBody, signature);
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect([first.json().outcome, again.json().outcome]).toEqual(['applied', 'duplicate']);
    expect([...bed.db.tables.subscriptions.values()]).toEqual([
      expect.objectContaining({ providerSubscriptionId: 'sub_0001', status: 'active' }),
    ]);
    expect(bed.db.tables.providerEvents.size).toBe(1);
  });

  it('Given a validly signed event billing cannot mirror (a plan nobody sells), When posted, Then 200 ignored, so Stripe does not retry it for days, and nothing changes', async () => {
    const { app, bed } = await realServer();
    const { rawBody, signature } = signedWebhook(
      aStripeEvent('customer.subscription.created', aStripeSubscription({ price: { lookup_key: 'gold' } })),
      SECRET,
    );
    const response = await post(app, rawBody, signature);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: true, outcome: 'ignored' });
    expect(bed.db.tables.subscriptions.size).toBe(0);
    const forged = await post(app, rawBody, signature.replace(/v1=[0-9a-f]+/, `v1=${'0'.repeat(64)}`));
    expect(forged.statusCode).toBe(400);
  });
});
