import type { PaymentGateway, ReceiveProviderEvent } from '@talentsphere/application/billing';
import type { AppError } from '@talentsphere/domain/shared';
import type { FastifyInstance } from 'fastify';
import { PAYMENT_ERRORS } from '../payments/payment-errors';

export interface StripeWebhookOptions {
  readonly gateway: Pick<PaymentGateway, 'verifyWebhook'>;
  readonly receive: Pick<ReceiveProviderEvent, 'execute'>;
}

/** What the provider should do with our answer: 2xx stops its retries, anything else repeats later. */
const statusOf = (error: AppError): number =>
  error.kind === 'Unavailable' ? 503 : error.kind === 'Validation' ? 400 : 500;

/**
 * POST /webhooks/stripe: the raw body (the signature covers its exact bytes, so it is not parsed as
 * JSON first) is verified with the `stripe-signature` header and handed to billing's
 * ReceiveProviderEvent. A bad signature answers 400; an event already processed, stale, of a type
 * we ignore or signed but unmappable (logged) answers 200, so the provider stops retrying; an unknown customer answers 503 so it comes
 * back later. Registered in its own scope: the raw-body parser applies to this route only.
 */
export async function stripeWebhookPlugin(
  app: FastifyInstance,
  options: StripeWebhookOptions,
): Promise<void> {
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.post('/webhooks/stripe', async (request, reply) => {
    const rawBody = typeof request.body === 'string' ? request.body : '';
    const signature = request.headers['stripe-signature'];
    const verified = options.gateway.verifyWebhook(
      rawBody,
      typeof signature === 'string' ? signature : undefined,
    );
    if (verified.isErr()) {
      // Signed by Stripe but not something we can mirror: a 4xx would have Stripe retry it for days
      // to the same end, so it is acknowledged and logged for a person to look at.
      if (verified.error.code === PAYMENT_ERRORS.webhookUnmappable) {
        request.log.warn({ code: verified.error.code, reason: verified.error.message }, 'webhook ignored');
        return reply.code(200).send({ received: true, outcome: 'ignored' });
      }
      return reply.code(400).send({ error: verified.error.message, code: verified.error.code });
    }
    if (verified.value === null) return reply.code(200).send({ received: true, outcome: 'ignored' });
    const received = await options.receive.execute(verified.value, { correlationId: request.id });
    if (received.isErr()) {
      const status = statusOf(received.error);
      if (status >= 500) request.log.warn({ code: received.error.code }, 'webhook event not processed');
      return reply.code(status).send({ error: received.error.message, code: received.error.code });
    }
    return reply.code(200).send({ received: true, outcome: received.value });
  });
}
