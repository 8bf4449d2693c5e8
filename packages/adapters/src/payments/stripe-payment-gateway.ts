import type {
  CheckoutRequest,
  CheckoutSession,
  PaymentGateway,
  ProviderEvent,
} from '@talentsphere/application/billing';
import { findPlan, type PlanCode } from '@talentsphere/domain/billing';
import { type AppError, conflict, validation } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import Stripe from 'stripe';
import {
  PAYMENT_ERRORS,
  planNotPurchasable,
  providerUnavailable,
  subscriptionNotFound,
} from './payment-errors';
import { toProviderEvent } from './stripe-mapping';

export interface StripePaymentGatewayOptions {
  readonly secretKey: string;
  readonly webhookSecret: string;
  /** Another Stripe API origin, e.g. `http://127.0.0.1:PORT` for a fake Stripe in tests. */
  readonly apiBase?: string;
  /**
   * The Stripe price of each paid plan. A plan without one is looked up by the price whose
   * `lookup_key` is the plan code.
   */
  readonly priceIds?: Partial<Record<PlanCode, string>>;
  /** Seconds a webhook's signature stays acceptable (Stripe's default: 300). */
  readonly webhookToleranceSeconds?: number;
}

function sdkConfig(apiBase: string | undefined): Stripe.StripeConfig {
  if (!apiBase) return {};
  const url = new URL(apiBase);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
    // A fake has no use for Stripe's latency telemetry.
    telemetry: false,
  };
}

/**
 * PaymentGateway over Stripe Billing: Checkout for the first payment, the customer portal for
 * cards and invoices, and webhooks for every change (the mirror is written from those only).
 */
export class StripePaymentGateway implements PaymentGateway {
  readonly provider = 'stripe' as const;
  private readonly stripe: Stripe;
  private readonly planByPriceId: ReadonlyMap<string, PlanCode>;

  constructor(private readonly options: StripePaymentGatewayOptions) {
    this.stripe = new Stripe(options.secretKey, sdkConfig(options.apiBase));
    this.planByPriceId = new Map(
      Object.entries(options.priceIds ?? {}).map(([plan, price]) => [price as string, plan as PlanCode]),
    );
  }

  async createCheckout(request: CheckoutRequest): Promise<Result<CheckoutSession, AppError>> {
    const plan = findPlan(request.plan);
    if (!plan?.price) return err(planNotPurchasable(request.plan));
    try {
      const price = await this.priceFor(plan.code);
      if (!price) return err(planNotPurchasable(plan.code));
      // Created first (once per user) so the session answers with the customer id at once.
      const customer =
        request.providerCustomerId ??
        (
          await this.stripe.customers.create(
            { email: request.email, metadata: { userId: request.userId } },
            { idempotencyKey: `customer-${request.userId}` },
          )
        ).id;
      const metadata = { userId: request.userId, plan: plan.code };
      const session = await this.stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer,
          client_reference_id: request.userId,
          metadata,
          subscription_data: { metadata },
          line_items: [{ price, quantity: 1 }],
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url)
        return err(providerUnavailable(`Stripe returned checkout ${session.id} without a url`));
      return ok({ checkoutId: session.id, url: session.url, providerCustomerId: customer });
    } catch (error) {
      return err(fromStripeError(error));
    }
  }

  async createPortal(
    providerCustomerId: string,
    returnUrl: string,
  ): Promise<Result<{ url: string }, AppError>> {
    try {
      const session = await this.stripe.billingPortal.sessions.create({
        customer: providerCustomerId,
        return_url: returnUrl,
      });
      return ok({ url: session.url });
    } catch (error) {
      return err(fromStripeError(error));
    }
  }

  async setCancelAtPeriodEnd(
    providerSubscriptionId: string,
    cancel: boolean,
    idempotencyKey: string,
  ): Promise<Result<void, AppError>> {
    try {
      await this.stripe.subscriptions.update(
        providerSubscriptionId,
        { cancel_at_period_end: cancel },
        { idempotencyKey },
      );
      return ok(undefined);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) {
        return err(subscriptionNotFound(providerSubscriptionId));
      }
      return err(fromStripeError(error));
    }
  }

  verifyWebhook(rawBody: string, signature: string | undefined): Result<ProviderEvent | null, AppError> {
    if (!signature) return err(badSignature('The webhook has no Stripe-Signature header'));
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        rawBody,
        signature,
        this.options.webhookSecret,
        this.options.webhookToleranceSeconds,
      );
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
        return err(badSignature(error.message));
      }
      // A correctly signed body that is not JSON: Stripe never sends one, so it is not from Stripe.
      return err(badSignature('The webhook body is not a Stripe event'));
    }
    return toProviderEvent(event, this.planByPriceId);
  }

  private async priceFor(plan: PlanCode): Promise<string | undefined> {
    const configured = this.options.priceIds?.[plan];
    if (configured) return configured;
    const prices = await this.stripe.prices.list({ lookup_keys: [plan], active: true, limit: 1 });
    return prices.data[0]?.id;
  }
}

const badSignature = (detail: string): AppError =>
  validation(PAYMENT_ERRORS.webhookSignature, `Webhook signature rejected: ${detail}`);

/**
 * Stripe's errors by what the caller can do: a declined card or a request Stripe finds invalid is
 * not worth repeating as is (Validation), a reused Idempotency-Key is a Conflict, and only a
 * connection failure, Stripe's own error or its rate limit is Unavailable (try again later).
 * Anything else (a wrong key, missing permissions) is our configuration: it is thrown, to surface
 * as a logged server error.
 */
function fromStripeError(error: unknown): AppError {
  const { errors } = Stripe;
  if (error instanceof errors.StripeCardError)
    return validation(PAYMENT_ERRORS.declined, error.message, { fields: { cardNumber: error.message } });
  if (error instanceof errors.StripeIdempotencyError)
    return conflict(
      PAYMENT_ERRORS.idempotencyConflict,
      'This Idempotency-Key was already used with Stripe for a different request.',
    );
  if (error instanceof errors.StripeInvalidRequestError)
    return validation(PAYMENT_ERRORS.requestRejected, `Stripe refused the request: ${error.message}`);
  if (
    error instanceof errors.StripeConnectionError ||
    error instanceof errors.StripeAPIError ||
    error instanceof errors.StripeRateLimitError
  )
    return providerUnavailable(`Stripe is unavailable (${error.type}): ${error.message}`);
  throw error;
}
