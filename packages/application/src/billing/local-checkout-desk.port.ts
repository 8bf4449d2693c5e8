import type { PlanCode } from '@talentsphere/domain/billing';
import type { AppError } from '@talentsphere/domain/shared';
import type { Result } from 'neverthrow';

/** A checkout of the local provider, as its payment page shows it. */
export interface LocalCheckoutView {
  readonly checkoutId: string;
  readonly plan: PlanCode;
  readonly userId: string;
  readonly status: 'open' | 'completed' | 'expired';
  readonly successUrl: string;
  readonly cancelUrl: string;
}

/** The codes a desk answers with that billing translates (fromDeskError); others pass through. */
export const LOCAL_CHECKOUT_ERRORS = {
  checkoutNotFound: 'PAYMENT_CHECKOUT_NOT_FOUND',
  /** The customer already has a renewing subscription of the plan's audience. */
  alreadySubscribed: 'PAYMENT_ALREADY_SUBSCRIBED',
} as const;

/**
 * The local provider's own payment page, served by us: what the embedded mode offers in place of
 * Stripe's hosted checkout. The local payment gateway provides it; with Stripe there is none.
 */
export interface LocalCheckoutDesk {
  describeCheckout(checkoutId: string): Promise<LocalCheckoutView | null>;
  /**
   * Pays with a test card number; a decline (PAYMENT_DECLINED) changes nothing and may be retried.
   * Refused (LOCAL_CHECKOUT_ERRORS.alreadySubscribed) while a subscription of the audience renews.
   */
  payCheckout(checkoutId: string, cardNumber: string): Promise<Result<{ redirectUrl: string }, AppError>>;
}
