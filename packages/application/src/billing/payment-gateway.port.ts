import type { InvoiceStatus, PlanCode, SubscriptionStatus } from '@talentsphere/domain/billing';
import type { AppError } from '@talentsphere/domain/shared';
import type { Result } from 'neverthrow';

export type PaymentProvider = 'stripe' | 'local';

/** The provider's view of a subscription, as carried by one of its events. Times are ISO strings. */
export interface ProviderSubscription {
  readonly providerSubscriptionId: string;
  readonly providerCustomerId: string;
  readonly plan: PlanCode;
  readonly status: SubscriptionStatus;
  readonly currentPeriodStart: string;
  readonly currentPeriodEnd: string;
  readonly cancelAtPeriodEnd: boolean;
  readonly canceledAt: string | null;
}

/** The provider's view of an invoice. Amounts are integer minor units. */
export interface ProviderInvoice {
  readonly providerInvoiceId: string;
  readonly providerSubscriptionId: string | null;
  readonly providerCustomerId: string;
  readonly status: InvoiceStatus;
  readonly currency: string;
  readonly amountDueMinor: number;
  readonly amountPaidMinor: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** Where the customer can see or pay it, when the provider hosts one. */
  readonly hostedUrl: string | null;
}

/**
 * One provider event, normalised. `id` is the provider's event id (the idempotency key of
 * processing); `createdAt` orders events (ties broken by `id`), because providers deliver late,
 * out of order and more than once. An event carries the object's whole state after it happened.
 */
export type ProviderEvent =
  | {
      readonly id: string;
      readonly createdAt: string;
      readonly type: 'subscription.updated';
      readonly subscription: ProviderSubscription;
    }
  | {
      readonly id: string;
      readonly createdAt: string;
      readonly type: 'invoice.updated';
      readonly invoice: ProviderInvoice;
      /** The charge behind this event failed (Stripe `invoice.payment_failed`). */
      readonly paymentFailed: boolean;
    };

export interface CheckoutRequest {
  readonly userId: string;
  readonly email: string;
  /** The provider customer already mirrored for this user, if any. */
  readonly providerCustomerId: string | null;
  readonly plan: PlanCode;
  readonly successUrl: string;
  readonly cancelUrl: string;
  /** The caller's Idempotency-Key: the provider answers a repeat with the first session. */
  readonly idempotencyKey: string;
}

export interface CheckoutSession {
  readonly checkoutId: string;
  /** Where the browser goes to pay: the provider's page, or the local checkout page. */
  readonly url: string;
  readonly providerCustomerId: string;
}

/**
 * The payment provider, driven by billing's use cases. What a call changes comes back later as
 * ProviderEvents (a webhook for Stripe, an in-process delivery for the local provider): the
 * mirror is only ever written from events, never from a call's answer.
 */
export interface PaymentGateway {
  readonly provider: PaymentProvider;
  createCheckout(request: CheckoutRequest): Promise<Result<CheckoutSession, AppError>>;
  /** A page where the customer manages cards and invoices (Stripe's customer portal). */
  createPortal(providerCustomerId: string, returnUrl: string): Promise<Result<{ url: string }, AppError>>;
  /** Cancel at the end of the paid period (true) or undo that (false). */
  setCancelAtPeriodEnd(
    providerSubscriptionId: string,
    cancel: boolean,
    idempotencyKey: string,
  ): Promise<Result<void, AppError>>;
  /** Checks a webhook's signature over the raw body and normalises the event; unknown types: null. */
  verifyWebhook(rawBody: string, signature: string | undefined): Result<ProviderEvent | null, AppError>;
}
