import { LOCAL_CHECKOUT_ERRORS } from '@talentsphere/application/billing';
import {
  type AppError,
  conflict,
  notFound,
  precondition,
  unavailable,
  validation,
} from '@talentsphere/domain/shared';

/** The stable codes both gateways answer with; billing's use cases and the web switch on them. */
export const PAYMENT_ERRORS = {
  /** The card was refused: nothing changed, the customer may try again. */
  declined: 'PAYMENT_DECLINED',
  /** Not a card number (length or Luhn check). */
  invalidCard: 'PAYMENT_CARD_INVALID',
  checkoutNotFound: LOCAL_CHECKOUT_ERRORS.checkoutNotFound,
  /** The checkout was already paid or has expired. */
  checkoutClosed: 'PAYMENT_CHECKOUT_CLOSED',
  subscriptionNotFound: 'PAYMENT_SUBSCRIPTION_NOT_FOUND',
  /** The customer already has a renewing subscription of the plan's audience. */
  alreadySubscribed: LOCAL_CHECKOUT_ERRORS.alreadySubscribed,
  /** The subscription has ended: nothing left to cancel or resume. */
  subscriptionEnded: 'PAYMENT_SUBSCRIPTION_ENDED',
  /** A free plan has nothing to check out, or the provider has no price for it. */
  planNotPurchasable: 'PAYMENT_PLAN_NOT_PURCHASABLE',
  /** The webhook's signature does not match its body, the secret, or is too old. */
  webhookSignature: 'PAYMENT_WEBHOOK_SIGNATURE',
  /** A signed webhook whose object cannot be mirrored (unknown plan or status, missing fields). */
  webhookUnmappable: 'PAYMENT_WEBHOOK_UNMAPPABLE',
  /** The provider has no such feature (the local provider has no portal and sends no webhooks). */
  unsupported: 'PAYMENT_UNSUPPORTED',
  /** The provider could not be reached, failed, or asked us to slow down: worth trying again later. */
  providerUnavailable: 'PAYMENT_PROVIDER_UNAVAILABLE',
  /** The provider refused the request as invalid (an unknown price or customer, a bad parameter). */
  requestRejected: 'PAYMENT_REQUEST_REJECTED',
  /** The Idempotency-Key was used before with other parameters. */
  idempotencyConflict: 'PAYMENT_IDEMPOTENCY_CONFLICT',
} as const;

export const paymentDeclined = (message: string): AppError =>
  validation(PAYMENT_ERRORS.declined, message, { fields: { cardNumber: message } });

export const invalidCard = (message: string): AppError =>
  validation(PAYMENT_ERRORS.invalidCard, message, { fields: { cardNumber: message } });

export const subscriptionNotFound = (id: string): AppError =>
  notFound(PAYMENT_ERRORS.subscriptionNotFound, `No subscription ${id} at the payment provider`);

export const planNotPurchasable = (plan: string): AppError =>
  validation(PAYMENT_ERRORS.planNotPurchasable, `The plan ${plan} cannot be bought`, {
    fields: { plan: 'This plan cannot be bought' },
  });

export const unsupported = (message: string): AppError => precondition(PAYMENT_ERRORS.unsupported, message);

export const providerUnavailable = (message: string): AppError =>
  unavailable(PAYMENT_ERRORS.providerUnavailable, message);

export const alreadySubscribed = (): AppError =>
  conflict(PAYMENT_ERRORS.alreadySubscribed, 'You already have a subscription of this kind.');
