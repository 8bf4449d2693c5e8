import {
  type AppError,
  conflict,
  forbidden,
  notFound,
  paymentRequired,
  precondition,
  unavailable,
} from '../shared';

// BILLING_* are ours (the reference lists none); they stay stable once shipped. The web switches on
// BILLING_001 (PAYMENT_REQUIRED) to offer an upgrade.
export const billingErrors = {
  paymentRequired: (message: string): AppError => paymentRequired('BILLING_001', message),
  planNotFound: (): AppError => notFound('BILLING_002', 'There is no such plan.'),
  wrongAudience: (): AppError =>
    forbidden('BILLING_003', 'This plan is not offered to your kind of account.'),
  alreadyOnPlan: (): AppError => conflict('BILLING_004', 'You are already subscribed to this plan.'),
  noSubscription: (): AppError => notFound('BILLING_005', 'You have no subscription to change.'),
  subscriptionTransition: (message: string): AppError => precondition('BILLING_006', message),
  freePlan: (): AppError => precondition('BILLING_007', 'The free plan needs no checkout.'),
  portalUnavailable: (): AppError =>
    precondition(
      'BILLING_008',
      'The billing portal is only offered by the card provider; use this page instead.',
    ),
  idempotencyKeyReused: (): AppError =>
    conflict('BILLING_009', 'This Idempotency-Key was already used for a different request.'),
  unknownCustomer: (): AppError =>
    unavailable('BILLING_010', 'The provider named a customer we do not know yet; deliver it again later.'),
  checkoutNotFound: (): AppError => notFound('BILLING_011', 'This checkout does not exist.'),
  noPlanHolder: (): AppError =>
    precondition('BILLING_012', 'This company has no owner, so no plan covers its jobs.'),
};
