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

/**
 * The local provider's own payment page, served by us: what the embedded mode offers in place of
 * Stripe's hosted checkout. The local payment gateway provides it; with Stripe there is none.
 */
export interface LocalCheckoutDesk {
  describeCheckout(checkoutId: string): Promise<LocalCheckoutView | null>;
  /** Pays with a test card number; a decline (PAYMENT_DECLINED) changes nothing and may be retried. */
  payCheckout(checkoutId: string, cardNumber: string): Promise<Result<{ redirectUrl: string }, AppError>>;
}
