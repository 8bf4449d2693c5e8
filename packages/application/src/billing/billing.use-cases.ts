import {
  billingErrors,
  entitlementsAt,
  findPlan,
  PLANS,
  type PlanAudience,
  type PlanCode,
  type Subscription,
  type SubscriptionAccess,
} from '@talentsphere/domain/billing';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import type { ChangeSubscriptionInput, StartCheckoutInput } from './billing.inputs';
import type { BillingDeps } from './billing-deps';
import type { MyBillingDto, PlanDto } from './billing-read-models';
import { toInvoiceDto, toPlanDto, toSubscriptionDto } from './billing-views';
import { audienceOf } from './entitlement-checks';
import { LOCAL_CHECKOUT_ERRORS, type LocalCheckoutView } from './local-checkout-desk.port';

const INVOICES_SHOWN = 24;

/** The plans on sale, of one audience or all: public. */
export class ListPlans {
  execute(input: { audience?: PlanAudience } = {}): PlanDto[] {
    return PLANS.filter((p) => !input.audience || p.audience === input.audience).map(toPlanDto);
  }
}

/**
 * The subscription a customer manages: of their audience, the newest one still running (or
 * cancelling), else the newest of any status.
 */
function currentSubscription(
  accesses: readonly SubscriptionAccess[],
  audience: PlanAudience,
): Subscription | null {
  const own = accesses
    .map((a) => a.subscription)
    .filter((s) => findPlan(s.plan)?.audience === audience)
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? 1 : -1));
  return own.find((s) => s.status !== 'canceled' && s.status !== 'incomplete_expired') ?? own[0] ?? null;
}

/** The signed-in user's plan in effect, their subscription and invoices. */
export class GetMyBilling {
  constructor(private readonly deps: BillingDeps) {}

  execute(actor: Actor, ctx: RequestContext): ResultAsync<MyBillingDto, AppError> {
    const { deps } = this;
    const audience = audienceOf(actor.role);
    return asyncResult(async () => {
      const accesses = await deps.uow.run(
        (scope) => asyncResult(async () => ok(await scope.subscriptions.accessOf(actor.userId))),
        { correlationId: ctx.correlationId },
      );
      if (accesses.isErr()) return err(accesses.error);
      // Read after the transaction: a query outside it must not wait for its connection (PGlite has one).
      const invoices = await deps.queries.invoicesOf(actor.userId, INVOICES_SHOWN);
      const entitlements = entitlementsAt(audience, accesses.value, deps.clock.now());
      const subscription = currentSubscription(accesses.value, audience);
      return ok({
        provider: deps.gateway.provider,
        audience,
        plan: toPlanDto(entitlements.plan),
        accessUntil: entitlements.until?.toISOString() ?? null,
        subscription: subscription ? toSubscriptionDto(subscription) : null,
        invoices: invoices.map(toInvoiceDto),
        portalAvailable: deps.gateway.provider === 'stripe',
      });
    });
  }
}

/**
 * Refuses buying `code` while a paid plan of its audience runs and renews (BILLING_004), or while
 * this very plan is ending (resume it instead, BILLING_006).
 */
function refuseWhileEntitled(
  accesses: readonly SubscriptionAccess[],
  code: PlanCode,
  now: Date,
): Result<void, AppError> {
  const plan = findPlan(code);
  if (!plan) return err(billingErrors.planNotFound());
  const held = entitlementsAt(plan.audience, accesses, now);
  const running = accesses.find((a) => a.subscription.id === held.subscriptionId)?.subscription;
  if (running && !running.cancelAtPeriodEnd) return err(billingErrors.alreadyOnPlan());
  if (running && running.plan === plan.code)
    return err(billingErrors.subscriptionTransition('Your plan is ending: resume it instead.'));
  return ok(undefined);
}

type CheckoutPlan =
  | { kind: 'repeat'; checkoutId: string; url: string }
  | { kind: 'new'; email: string; providerCustomerId: string | null };

/**
 * Starts a checkout of a paid plan of the actor's audience and answers where to pay. The
 * Idempotency-Key is kept per user: a repeat answers the first checkout (the provider is asked with
 * the same key too, so a repeat racing the first gets the same session); the same key for another
 * plan is BILLING_009. Refused while a paid plan of the audience runs and renews (BILLING_004).
 * Two checkouts started before either is paid: the local provider refuses the second payment
 * (PayLocalCheckout); with Stripe the second session stays payable at Stripe's page, so a second
 * subscription would be mirrored and shown (the newest running one), and the customer can cancel it
 * in the portal: Stripe offers no guard on its side short of expiring sessions we do not track.
 */
export class StartCheckout {
  constructor(private readonly deps: BillingDeps) {}

  execute(
    actor: Actor,
    input: StartCheckoutInput,
    ctx: RequestContext,
  ): ResultAsync<{ checkoutId: string; url: string }, AppError> {
    const { deps } = this;
    const { correlationId } = ctx;
    return asyncResult(async () => {
      const plan = findPlan(input.plan);
      if (!plan) return err(billingErrors.planNotFound());
      if (plan.audience !== audienceOf(actor.role)) return err(billingErrors.wrongAudience());
      if (!plan.price) return err(billingErrors.freePlan());
      const planned = await deps.uow.run(
        (scope) =>
          asyncResult(async (): Promise<Result<CheckoutPlan, AppError>> => {
            const earlier = await scope.checkoutRecords.find(actor.userId, input.idempotencyKey);
            if (earlier) {
              if (earlier.plan !== plan.code) return err(billingErrors.idempotencyKeyReused());
              return ok({ kind: 'repeat', checkoutId: earlier.checkoutId, url: earlier.url });
            }
            const held = refuseWhileEntitled(
              await scope.subscriptions.accessOf(actor.userId),
              plan.code,
              deps.clock.now(),
            );
            if (held.isErr()) return err(held.error);
            const user = await scope.users.findById(actor.userId);
            // The token names a user who must exist: anything else is a bug, not a user's mistake.
            if (!user) throw new Error(`No user ${actor.userId} behind a valid token`);
            const customer = await scope.billingCustomers.findByUser(actor.userId, deps.gateway.provider);
            return ok({
              kind: 'new',
              email: user.email,
              providerCustomerId: customer?.providerCustomerId ?? null,
            });
          }),
        { correlationId },
      );
      if (planned.isErr()) return err(planned.error);
      if (planned.value.kind === 'repeat')
        return ok({ checkoutId: planned.value.checkoutId, url: planned.value.url });
      const session = await deps.gateway.createCheckout({
        userId: actor.userId,
        email: planned.value.email,
        providerCustomerId: planned.value.providerCustomerId,
        plan: plan.code,
        successUrl: deps.urls.success,
        cancelUrl: deps.urls.cancel,
        idempotencyKey: `checkout-${actor.userId}-${input.idempotencyKey}`,
      });
      if (session.isErr()) return err(session.error);
      const { checkoutId, url, providerCustomerId } = session.value;
      return deps.uow.run(
        (scope) =>
          asyncResult(async () => {
            const now = deps.clock.now();
            await scope.billingCustomers.insert({
              userId: actor.userId,
              provider: deps.gateway.provider,
              providerCustomerId,
              createdAt: now,
            });
            const record = { userId: actor.userId, idempotencyKey: input.idempotencyKey, plan: plan.code };
            if (
              (await scope.checkoutRecords.insert({ ...record, checkoutId, url, createdAt: now })) ===
              'inserted'
            )
              return ok({ checkoutId, url });
            // A concurrent repeat stored its answer first: that one is the first result.
            const first = await scope.checkoutRecords.find(actor.userId, input.idempotencyKey);
            if (!first || first.plan !== plan.code) return err(billingErrors.idempotencyKeyReused());
            return ok({ checkoutId: first.checkoutId, url: first.url });
          }),
        { correlationId },
      );
    });
  }
}

/**
 * Asks the provider to stop (`cancel` true) or keep (false) renewing the actor's subscription at the
 * end of the paid period. The mirror changes when the provider's event arrives, not here.
 */
class ChangeRenewal {
  constructor(
    private readonly deps: BillingDeps,
    private readonly cancel: boolean,
  ) {}

  execute(
    actor: Actor,
    input: ChangeSubscriptionInput,
    ctx: RequestContext,
  ): ResultAsync<{ subscriptionId: string; cancelAtPeriodEnd: boolean }, AppError> {
    const { deps, cancel } = this;
    return asyncResult(async () => {
      const found = await deps.uow.run(
        (scope) =>
          asyncResult(async () =>
            ok(currentSubscription(await scope.subscriptions.accessOf(actor.userId), audienceOf(actor.role))),
          ),
        { correlationId: ctx.correlationId },
      );
      if (found.isErr()) return err(found.error);
      const subscription = found.value;
      if (!subscription) return err(billingErrors.noSubscription());
      if (!['trialing', 'active', 'past_due'].includes(subscription.status))
        return err(
          billingErrors.subscriptionTransition(`A ${subscription.status} subscription cannot be changed.`),
        );
      if (subscription.cancelAtPeriodEnd !== cancel) {
        const changed = await deps.gateway.setCancelAtPeriodEnd(
          subscription.providerSubscriptionId,
          cancel,
          `${cancel ? 'cancel' : 'resume'}-${subscription.id}-${input.idempotencyKey}`,
        );
        if (changed.isErr()) return err(changed.error);
      }
      return ok({ subscriptionId: subscription.id, cancelAtPeriodEnd: cancel });
    });
  }
}

export class CancelSubscription extends ChangeRenewal {
  constructor(deps: BillingDeps) {
    super(deps, true);
  }
}

export class ResumeSubscription extends ChangeRenewal {
  constructor(deps: BillingDeps) {
    super(deps, false);
  }
}

/** The provider's page to manage cards and invoices (Stripe only; BILLING_008 with the local one). */
export class OpenPortal {
  constructor(private readonly deps: BillingDeps) {}

  execute(actor: Actor, ctx: RequestContext): ResultAsync<{ url: string }, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      if (deps.gateway.provider !== 'stripe') return err(billingErrors.portalUnavailable());
      const customer = await deps.uow.run(
        (scope) =>
          asyncResult(async () =>
            ok(await scope.billingCustomers.findByUser(actor.userId, deps.gateway.provider)),
          ),
        { correlationId: ctx.correlationId },
      );
      if (customer.isErr()) return err(customer.error);
      if (!customer.value) return err(billingErrors.noSubscription());
      return deps.gateway.createPortal(customer.value.providerCustomerId, deps.urls.portalReturn);
    });
  }
}

/** The local provider's checkout page: only for the user who started it (BILLING_011 otherwise). */
export class DescribeLocalCheckout {
  constructor(private readonly deps: BillingDeps) {}

  execute(
    actor: Actor,
    input: { checkoutId: string },
  ): ResultAsync<LocalCheckoutView & { planDetails: PlanDto }, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const view = await deps.localCheckout?.describeCheckout(input.checkoutId);
      const plan = view ? findPlan(view.plan) : undefined;
      if (!view || !plan || view.userId !== actor.userId) return err(billingErrors.checkoutNotFound());
      return ok({ ...view, planDetails: toPlanDto(plan) });
    });
  }
}

/**
 * Pays a local checkout with a test card; the subscription arrives as the local provider's events.
 * The entitlement check of StartCheckout is repeated here, as another checkout may have been paid
 * since this one started; the local provider itself takes a user's payments one at a time and
 * refuses one while a subscription of the audience renews, so two tabs cannot buy twice.
 */
export class PayLocalCheckout {
  constructor(private readonly deps: BillingDeps) {}

  execute(
    actor: Actor,
    input: { checkoutId: string; cardNumber: string },
    ctx: RequestContext,
  ): ResultAsync<{ redirectUrl: string }, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const desk = deps.localCheckout;
      const view = await desk?.describeCheckout(input.checkoutId);
      if (!desk || !view || view.userId !== actor.userId) return err(billingErrors.checkoutNotFound());
      if (view.status === 'open') {
        const held = await deps.uow.run(
          (scope) =>
            asyncResult(async () =>
              refuseWhileEntitled(
                await scope.subscriptions.accessOf(actor.userId),
                view.plan,
                deps.clock.now(),
              ),
            ),
          { correlationId: ctx.correlationId },
        );
        if (held.isErr()) return err(held.error);
      }
      const paid = await desk.payCheckout(input.checkoutId, input.cardNumber);
      return paid.mapErr(fromDeskError);
    });
  }
}

/** The one place the local desk's codes become billing's: what the web and API clients switch on. */
function fromDeskError(error: AppError): AppError {
  if (error.code === LOCAL_CHECKOUT_ERRORS.checkoutNotFound) return billingErrors.checkoutNotFound();
  if (error.code === LOCAL_CHECKOUT_ERRORS.alreadySubscribed) return billingErrors.alreadyOnPlan();
  return error;
}
