import {
  type BillingDeps,
  type CheckoutRequest,
  type CheckoutSession,
  createBillingServices,
  type LocalCheckoutDesk,
  type LocalCheckoutView,
  type PaymentGateway,
  type PaymentProvider,
  type ProviderEvent,
  type ProviderInvoice,
  type ProviderSubscription,
  ReceiveProviderEvent,
} from '@talentsphere/application/billing';
import type {
  Actor,
  AppError,
  Clock,
  IdGenerator,
  RequestContext,
  UnitOfWork,
} from '@talentsphere/application/shared';
import { findPlan, type PlanCode } from '@talentsphere/domain/billing';
import type { UserRole } from '@talentsphere/domain/identity';
import { validation } from '@talentsphere/domain/shared';
import { err, ok, okAsync, type Result } from 'neverthrow';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { InMemoryBillingQueries } from './in-memory-billing.repositories';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryNotificationInbox } from './in-memory-notification-inbox';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { storeTestUser, type TestUser, unwrapStep } from './testbed-support';

const addPeriod = (from: Date, plan: PlanCode): Date => {
  const end = new Date(from);
  if (findPlan(plan)?.interval === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  else end.setUTCMonth(end.getUTCMonth() + 1);
  return end;
};

/**
 * A payment provider scripted for tests: it answers checkouts (the same session for a repeated
 * idempotency key, as Stripe does), records every call, and reports what happens as provider events
 * through `deliver`, as both real providers do. `completeCheckout`, `renew` and `failRenewal` play the
 * provider's side; `webhook` is a signed delivery whose signature is the word "valid".
 */
export class ScriptedPaymentGateway implements PaymentGateway, LocalCheckoutDesk {
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly subscriptions = new Map<string, ProviderSubscription>();
  private readonly sessions = new Map<
    string,
    CheckoutSession & { request: CheckoutRequest; paid: boolean }
  >();
  private count = 0;
  /** Wired by the testbed to billing's ReceiveProviderEvent. */
  deliver: (event: ProviderEvent) => Promise<void> = async () => undefined;
  /** The next createCheckout answers this error instead. */
  failNextCheckout: AppError | null = null;
  /** The next payCheckout answers this error instead. */
  failNextPayment: AppError | null = null;

  constructor(
    readonly provider: PaymentProvider,
    private readonly clock: Clock,
    /** Prefixes every provider id, so histories of several scripted providers can share a database. */
    private readonly idPrefix = '',
  ) {}

  private next(prefix: string): string {
    this.count += 1;
    // Zero-padded: ids of events at one instant sort in the order they happened.
    return `${prefix}_${this.idPrefix}${String(this.count).padStart(6, '0')}`;
  }

  async createCheckout(request: CheckoutRequest): Promise<Result<CheckoutSession, AppError>> {
    this.calls.push({ method: 'createCheckout', args: [request] });
    if (this.failNextCheckout) {
      const error = this.failNextCheckout;
      this.failNextCheckout = null;
      return err(error);
    }
    const earlier = this.sessions.get(request.idempotencyKey);
    if (earlier)
      return ok({
        checkoutId: earlier.checkoutId,
        url: earlier.url,
        providerCustomerId: earlier.providerCustomerId,
      });
    const checkoutId = this.next('cs');
    const session = {
      checkoutId,
      url: `https://pay.example/${checkoutId}`,
      providerCustomerId: request.providerCustomerId ?? `cus_${request.userId}`,
    };
    this.sessions.set(request.idempotencyKey, { ...session, request, paid: false });
    return ok(session);
  }

  async createPortal(
    providerCustomerId: string,
    returnUrl: string,
  ): Promise<Result<{ url: string }, AppError>> {
    this.calls.push({ method: 'createPortal', args: [providerCustomerId, returnUrl] });
    return ok({ url: `https://portal.example/${providerCustomerId}` });
  }

  async setCancelAtPeriodEnd(
    id: string,
    cancel: boolean,
    idempotencyKey: string,
  ): Promise<Result<void, AppError>> {
    this.calls.push({ method: 'setCancelAtPeriodEnd', args: [id, cancel, idempotencyKey] });
    const subscription = this.subscriptions.get(id);
    if (!subscription) return err(validation('PAYMENT_UNKNOWN', 'No such subscription'));
    await this.emitSubscription({ ...subscription, cancelAtPeriodEnd: cancel });
    return ok(undefined);
  }

  verifyWebhook(rawBody: string, signature: string | undefined): Result<ProviderEvent | null, AppError> {
    if (signature !== 'valid')
      return err(validation('WEBHOOK_SIGNATURE', 'The webhook signature does not match.'));
    return ok(JSON.parse(rawBody) as ProviderEvent);
  }

  async describeCheckout(checkoutId: string): Promise<LocalCheckoutView | null> {
    const session = [...this.sessions.values()].find((s) => s.checkoutId === checkoutId);
    if (!session) return null;
    return {
      checkoutId,
      plan: session.request.plan,
      userId: session.request.userId,
      status: session.paid ? 'completed' : 'open',
      successUrl: session.request.successUrl,
      cancelUrl: session.request.cancelUrl,
    };
  }

  async payCheckout(
    checkoutId: string,
    cardNumber: string,
  ): Promise<Result<{ redirectUrl: string }, AppError>> {
    this.calls.push({ method: 'payCheckout', args: [checkoutId, cardNumber] });
    if (this.failNextPayment) {
      const error = this.failNextPayment;
      this.failNextPayment = null;
      return err(error);
    }
    if (cardNumber === '4000000000000002')
      return err(validation('PAYMENT_DECLINED', 'Your card was declined.'));
    const subscription = await this.completeCheckout(checkoutId);
    return ok({ redirectUrl: `/billing?subscription=${subscription.providerSubscriptionId}` });
  }

  /** The customer paid: an active subscription for a period from now and its paid invoice. */
  async completeCheckout(checkoutId: string): Promise<ProviderSubscription> {
    const session = [...this.sessions.values()].find((s) => s.checkoutId === checkoutId);
    if (!session) throw new Error(`No checkout ${checkoutId}`);
    session.paid = true;
    const now = this.clock.now();
    const subscription: ProviderSubscription = {
      providerSubscriptionId: this.next('sub'),
      providerCustomerId: session.providerCustomerId,
      plan: session.request.plan,
      status: 'active',
      currentPeriodStart: now.toISOString(),
      currentPeriodEnd: addPeriod(now, session.request.plan).toISOString(),
      cancelAtPeriodEnd: false,
      canceledAt: null,
    };
    await this.emitSubscription(subscription);
    await this.emitInvoice(subscription, 'paid', false);
    return subscription;
  }

  /** The period ended and was charged again: a new period and its paid invoice. */
  async renew(providerSubscriptionId: string): Promise<void> {
    const s = this.subscription(providerSubscriptionId);
    const renewed = {
      ...s,
      currentPeriodStart: s.currentPeriodEnd,
      currentPeriodEnd: addPeriod(new Date(s.currentPeriodEnd), s.plan).toISOString(),
    };
    await this.emitSubscription(renewed);
    await this.emitInvoice(renewed, 'paid', false);
  }

  /** Charging the next period failed: an open invoice and the subscription past due. */
  async failRenewal(providerSubscriptionId: string): Promise<void> {
    const s = this.subscription(providerSubscriptionId);
    const pastDue: ProviderSubscription = {
      ...s,
      status: 'past_due',
      currentPeriodStart: s.currentPeriodEnd,
      currentPeriodEnd: addPeriod(new Date(s.currentPeriodEnd), s.plan).toISOString(),
    };
    await this.emitSubscription(pastDue);
    await this.emitInvoice(pastDue, 'open', true);
  }

  /** The period of a subscription set to cancel ended. */
  async endPeriod(providerSubscriptionId: string): Promise<void> {
    const s = this.subscription(providerSubscriptionId);
    await this.emitSubscription({ ...s, status: 'canceled', canceledAt: s.currentPeriodEnd });
  }

  private subscription(id: string): ProviderSubscription {
    const s = this.subscriptions.get(id);
    if (!s) throw new Error(`No provider subscription ${id}`);
    return s;
  }

  private async emitSubscription(subscription: ProviderSubscription): Promise<void> {
    this.subscriptions.set(subscription.providerSubscriptionId, subscription);
    await this.deliver({
      id: this.next('evt'),
      createdAt: this.clock.now().toISOString(),
      type: 'subscription.updated',
      subscription,
    });
  }

  private async emitInvoice(s: ProviderSubscription, status: 'paid' | 'open', paymentFailed: boolean) {
    const price = findPlan(s.plan)?.price?.amountMinor ?? 0;
    const invoice: ProviderInvoice = {
      providerInvoiceId: this.next('in'),
      providerSubscriptionId: s.providerSubscriptionId,
      providerCustomerId: s.providerCustomerId,
      status,
      currency: 'USD',
      amountDueMinor: price,
      amountPaidMinor: status === 'paid' ? price : 0,
      periodStart: s.currentPeriodStart,
      periodEnd: s.currentPeriodEnd,
      hostedUrl: null,
    };
    await this.deliver({
      id: this.next('evt'),
      createdAt: this.clock.now().toISOString(),
      type: 'invoice.updated',
      invoice,
      paymentFailed,
    });
  }
}

/** A plan granted by grantPlan: the provider that plays it on, to cancel, fail or renew it later. */
export interface GrantedPlan {
  readonly gateway: ScriptedPaymentGateway;
  readonly subscription: ProviderSubscription;
}

/**
 * Gives `user` a paid plan the way the product does: a provider customer, then the provider's
 * events through billing's ReceiveProviderEvent. For testbeds of the contexts billing gates.
 */
export async function grantPlan(
  deps: { uow: UnitOfWork; clock: Clock; ids: IdGenerator },
  user: Actor,
  plan: PlanCode,
): Promise<GrantedPlan> {
  // Its own id prefix: a later grant (a subscription taken again) must not reuse the provider's ids.
  const gateway = new ScriptedPaymentGateway('local', deps.clock, `${deps.ids.next()}_`);
  const receive = new ReceiveProviderEvent({ ...deps, gateway });
  gateway.deliver = async (event) => {
    unwrapStep(await receive.execute(event, { correlationId: 'grant-plan' }), 'receiveProviderEvent');
  };
  const checkout = unwrapStep(
    await gateway.createCheckout({
      userId: user.userId,
      email: `${user.userId}@example.com`,
      providerCustomerId: null,
      plan,
      successUrl: '/billing',
      cancelUrl: '/pricing',
      idempotencyKey: `grant-${user.userId}-${plan}`,
    }),
    'createCheckout',
  );
  await deps.uow.run(
    (scope) =>
      okAsync(
        void scope.billingCustomers.insert({
          userId: user.userId,
          provider: 'local',
          providerCustomerId: checkout.providerCustomerId,
          createdAt: deps.clock.now(),
        }),
      ),
    { correlationId: 'grant-plan' },
  );
  const subscription = await gateway.completeCheckout(checkout.checkoutId);
  return { gateway, subscription };
}

/**
 * Everything the billing use cases depend on, in memory, with the scripted provider delivering its
 * events to billing's ReceiveProviderEvent, as the composition root wires the real ones.
 */
export class BillingTestbed implements BillingDeps {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly gateway: ScriptedPaymentGateway;
  readonly localCheckout: LocalCheckoutDesk;
  readonly queries = new InMemoryBillingQueries(this.db);
  readonly inbox = new InMemoryNotificationInbox(this.db);
  readonly urls = { success: '/billing?checkout=success', cancel: '/pricing', portalReturn: '/billing' };
  readonly services;
  readonly ctx: RequestContext = { correlationId: 'corr-test', ipAddress: '127.0.0.1' };
  private userCount = 0;

  constructor(provider: PaymentProvider = 'local') {
    this.gateway = new ScriptedPaymentGateway(provider, this.clock);
    this.localCheckout = this.gateway;
    this.services = createBillingServices(this);
    this.gateway.deliver = async (event) => {
      unwrapStep(await this.services.receiveProviderEvent.execute(event, this.ctx), 'receiveProviderEvent');
    };
  }

  user(role: UserRole, name = `${role} ${this.userCount + 1}`): TestUser {
    this.userCount += 1;
    return storeTestUser(this.db, { role, name, sequence: this.userCount, now: this.clock.now() });
  }

  /** Checks out `plan` for `user` and pays: answers the provider's subscription. */
  async subscribe(
    user: Actor,
    plan: PlanCode,
    idempotencyKey = `key-${this.ids.next()}`,
  ): Promise<ProviderSubscription> {
    const started = await this.services.startCheckout.execute(user, { plan, idempotencyKey }, this.ctx);
    return this.gateway.completeCheckout(unwrapStep(started, 'startCheckout').checkoutId);
  }

  eventsOf(type: string) {
    return this.db.tables.outbox.filter((e) => e.eventType === type);
  }
}
