import type { ProviderEvent, ProviderEventOutcome } from '@talentsphere/application/billing';
import { type AppError, unavailable, validation } from '@talentsphere/domain/shared';
import Fastify from 'fastify';
import { err, errAsync, ok, okAsync, type ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
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

  it('Given a signed event, When delivered, Then the exact raw body is verified and 200 names the outcome, duplicates included', async () => {
    const body = '{ "id":  "evt_1" ,"type":"invoice.paid" }';
    for (const outcome of ['applied', 'duplicate', 'stale'] as const) {
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
