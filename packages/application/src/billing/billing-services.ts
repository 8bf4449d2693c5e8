import {
  CancelSubscription,
  DescribeLocalCheckout,
  GetMyBilling,
  ListPlans,
  OpenPortal,
  PayLocalCheckout,
  ResumeSubscription,
  StartCheckout,
} from './billing.use-cases';
import type { BillingDeps } from './billing-deps';
import { ReceiveProviderEvent } from './receive-provider-event.use-case';

/** Every billing use case over one set of dependencies. */
export function createBillingServices(deps: BillingDeps) {
  return {
    listPlans: new ListPlans(),
    getMyBilling: new GetMyBilling(deps),
    startCheckout: new StartCheckout(deps),
    cancel: new CancelSubscription(deps),
    resume: new ResumeSubscription(deps),
    openPortal: new OpenPortal(deps),
    describeLocalCheckout: new DescribeLocalCheckout(deps),
    payLocalCheckout: new PayLocalCheckout(deps),
    receiveProviderEvent: new ReceiveProviderEvent(deps),
  };
}

export type BillingServices = ReturnType<typeof createBillingServices>;
