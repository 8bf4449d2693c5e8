import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { BillingQueries } from './billing-read-models';
import type { LocalCheckoutDesk } from './local-checkout-desk.port';
import type { PaymentGateway } from './payment-gateway.port';

/** What the billing use cases need; the composition root builds one and shares it. */
export interface BillingDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly gateway: PaymentGateway;
  readonly queries: BillingQueries;
  /** The local provider's payment page; null with Stripe. */
  readonly localCheckout: LocalCheckoutDesk | null;
  /** Where the provider sends the browser back: the web app's origin-relative billing pages. */
  readonly urls: { readonly success: string; readonly cancel: string; readonly portalReturn: string };
}
