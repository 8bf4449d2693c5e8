import type {
  CheckoutRequest,
  CheckoutSession,
  LocalCheckoutDesk,
  LocalCheckoutView,
  PaymentGateway,
  ProviderEvent,
  ProviderInvoice,
  ProviderSubscription,
} from '@talentsphere/application/billing';
import type { Clock, IdGenerator } from '@talentsphere/application/shared';
import { findPlan, type Plan, type PlanCode } from '@talentsphere/domain/billing';
import { type AppError, notFound, precondition } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import type {
  LocalCheckout,
  LocalInvoice,
  LocalPaymentStore,
  LocalPaymentTransaction,
  LocalSubscription,
} from './local-payment-store';
import { chargeCard } from './local-test-cards';
import {
  alreadySubscribed,
  PAYMENT_ERRORS,
  planNotPurchasable,
  subscriptionNotFound,
  unsupported,
} from './payment-errors';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Stripe's Checkout sessions expire after a day too. */
const CHECKOUT_TTL_MS = DAY_MS;
/** A failed renewal is retried once a day; the third failure makes the subscription unpaid. */
const RETRY_INTERVAL_MS = DAY_MS;
const MAX_FAILED_ATTEMPTS = 3;
/** Deliveries of one event tried before it is parked, so the events behind it are not held up forever. */
export const MAX_DELIVERY_ATTEMPTS = 5;
const ENDED = new Set(['canceled', 'unpaid', 'incomplete_expired']);
/** Statuses in which a subscription still renews (unless set to cancel at its period's end). */
const RENEWING = new Set(['trialing', 'active', 'past_due']);

export interface LocalPaymentGatewayOptions {
  readonly store: LocalPaymentStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Where the local checkout page lives, e.g. '/billing/checkout'; a checkout's url appends its id. */
  readonly checkoutBaseUrl: string;
  /** Hands an event to billing (its ReceiveProviderEvent); a rejection leaves it queued for the next try. */
  readonly deliver: (event: ProviderEvent) => Promise<void>;
  /** Told of each failed delivery (default: a warning on the console). */
  readonly onDeliveryError?: (error: unknown, event: ProviderEvent) => void;
  /** Told when an event is parked after MAX_DELIVERY_ATTEMPTS failures (default: an error on the console). */
  readonly onParked?: (error: unknown, event: ProviderEvent) => void;
}

/**
 * The embedded payment provider: a stand-in for Stripe that lives in-process and needs no network.
 * A checkout page takes test cards; subscriptions renew, fail and retry on the clock whenever
 * advance() runs. Like Stripe it keeps its own books (a LocalPaymentStore) and tells billing of
 * every change only through events, queued in the same transaction as the change and delivered
 * afterwards, at least once, each customer's in order (one that keeps failing is parked).
 */
export class LocalPaymentGateway implements PaymentGateway, LocalCheckoutDesk {
  readonly provider = 'local' as const;
  private readonly onDeliveryError: (error: unknown, event: ProviderEvent) => void;
  private readonly onParked: (error: unknown, event: ProviderEvent) => void;
  private flushing: Promise<number> = Promise.resolve(0);

  constructor(private readonly options: LocalPaymentGatewayOptions) {
    this.onDeliveryError =
      options.onDeliveryError ??
      ((error, event) => console.warn(`local payments: delivering ${event.id} failed, will retry`, error));
    this.onParked =
      options.onParked ??
      ((error, event) =>
        console.error(
          `local payments: gave up delivering ${event.id} after ${MAX_DELIVERY_ATTEMPTS} attempts`,
          error,
        ));
  }

  async createCheckout(request: CheckoutRequest): Promise<Result<CheckoutSession, AppError>> {
    const plan = findPlan(request.plan);
    if (!plan?.price) return err(planNotPurchasable(request.plan));
    const now = this.options.clock.now();
    const fresh: LocalCheckout = {
      id: `lcs_${this.options.ids.next()}`,
      userId: request.userId,
      email: request.email,
      customerId: request.providerCustomerId ?? `lcus_${request.userId}`,
      plan: plan.code,
      status: 'open',
      successUrl: request.successUrl,
      cancelUrl: request.cancelUrl,
      idempotencyKey: request.idempotencyKey,
      subscriptionId: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHECKOUT_TTL_MS),
    };
    // A repeated Idempotency-Key answers with the user's first checkout under it.
    const checkout = await this.options.store.transaction(async (tx) =>
      (await tx.insertCheckout(fresh))
        ? fresh
        : ((await tx.findCheckoutByKey(request.userId, request.idempotencyKey)) ?? fresh),
    );
    return ok({
      checkoutId: checkout.id,
      url: `${this.options.checkoutBaseUrl}/${checkout.id}`,
      providerCustomerId: checkout.customerId,
    });
  }

  /** What the local checkout page shows; null for an unknown id. */
  async describeCheckout(checkoutId: string): Promise<LocalCheckoutView | null> {
    const checkout = await this.options.store.findCheckout(checkoutId);
    if (!checkout) return null;
    return {
      checkoutId: checkout.id,
      plan: checkout.plan,
      userId: checkout.userId,
      status: statusOf(checkout, this.options.clock.now()),
      successUrl: checkout.successUrl,
      cancelUrl: checkout.cancelUrl,
    };
  }

  /**
   * Pays an open checkout with a test card: a new active subscription for one period from now and
   * its paid invoice, delivered as events before this answers. A declined or invalid card changes
   * nothing. Paying a completed checkout again charges nothing and answers as the first time did.
   * Payments of one user take turns (every checkout of theirs is locked), and one is refused while
   * a subscription of the plan's audience still renews (PAYMENT_ALREADY_SUBSCRIBED): two open
   * checkouts cannot become two subscriptions. A payment expires the user's other open checkouts.
   */
  async payCheckout(
    checkoutId: string,
    cardNumber: string,
  ): Promise<Result<{ redirectUrl: string }, AppError>> {
    const notFoundError = () => err(notFound(PAYMENT_ERRORS.checkoutNotFound, `No checkout ${checkoutId}`));
    const found = await this.options.store.findCheckout(checkoutId);
    if (!found) return notFoundError();
    const outcome = await this.options.store.transaction(
      async (tx): Promise<Result<{ redirectUrl: string }, AppError>> => {
        const ofUser = await tx.lockCheckoutsOfUser(found.userId);
        const checkout = ofUser.find((c) => c.id === checkoutId);
        if (!checkout) return notFoundError();
        if (checkout.status === 'completed') return ok({ redirectUrl: checkout.successUrl });
        const now = this.options.clock.now();
        if (statusOf(checkout, now) === 'expired') {
          return err(precondition(PAYMENT_ERRORS.checkoutClosed, 'This checkout has expired: start again'));
        }
        const plan = purchasable(checkout.plan);
        const renewing = (await tx.subscriptionsOfUser(checkout.userId)).find(
          (s) =>
            RENEWING.has(s.status) && !s.cancelAtPeriodEnd && findPlan(s.plan)?.audience === plan.audience,
        );
        if (renewing) return err(alreadySubscribed());
        const card = chargeCard(cardNumber);
        if (card.isErr()) return err(card.error);
        const subscription: LocalSubscription = {
          id: `lsub_${this.options.ids.next()}`,
          customerId: checkout.customerId,
          userId: checkout.userId,
          plan: plan.code,
          status: 'active',
          billingAnchor: now,
          currentPeriodStart: now,
          currentPeriodEnd: addMonths(now, monthsPerPeriod(plan)),
          cancelAtPeriodEnd: false,
          canceledAt: null,
          cardLast4: card.value.last4,
          cardBehaviour: card.value.behaviour,
          nextAttemptAt: null,
          dueAt: null,
          lastEventAt: now,
          createdAt: now,
          updatedAt: now,
        };
        const invoice = this.newInvoice(subscription, plan, now, 'paid');
        const events = new EventStamper(this.options.ids, now, null);
        const created = withDueAt(subscription);
        events.push(subscriptionEvent(created));
        events.push(invoiceEvent(invoice, false));
        await tx.insertSubscription({ ...created, lastEventAt: events.lastAt() });
        await tx.insertInvoice(invoice);
        await tx.updateCheckout({ ...checkout, status: 'completed', subscriptionId: subscription.id });
        for (const other of ofUser)
          if (other.id !== checkout.id && statusOf(other, now) === 'open')
            await tx.updateCheckout({ ...other, expiresAt: now });
        await tx.insertEvents(events.events);
        return ok({ redirectUrl: checkout.successUrl });
      },
    );
    if (outcome.isOk()) await this.flush();
    return outcome;
  }

  async createPortal(): Promise<Result<{ url: string }, AppError>> {
    return err(unsupported('The local payment provider has no customer portal'));
  }

  /** Setting a flag is idempotent by nature: a repeat finds it set and changes nothing. */
  async setCancelAtPeriodEnd(
    providerSubscriptionId: string,
    cancel: boolean,
    _idempotencyKey: string,
  ): Promise<Result<void, AppError>> {
    const outcome = await this.options.store.transaction(async (tx): Promise<Result<boolean, AppError>> => {
      const subscription = await tx.lockSubscription(providerSubscriptionId);
      if (!subscription) return err(subscriptionNotFound(providerSubscriptionId));
      if (ENDED.has(subscription.status)) {
        return err(
          precondition(
            PAYMENT_ERRORS.subscriptionEnded,
            `The subscription has ended (${subscription.status})`,
          ),
        );
      }
      if (subscription.cancelAtPeriodEnd === cancel) return ok(false);
      const now = this.options.clock.now();
      const events = new EventStamper(this.options.ids, now, subscription.lastEventAt);
      const changed = withDueAt({
        ...subscription,
        cancelAtPeriodEnd: cancel,
        canceledAt: cancel ? now : null,
        updatedAt: now,
      });
      events.push(subscriptionEvent(changed));
      await tx.updateSubscription({ ...changed, lastEventAt: events.lastAt() });
      await tx.insertEvents(events.events);
      return ok(true);
    });
    if (outcome.isErr()) return err(outcome.error);
    if (outcome.value) await this.flush();
    return ok(undefined);
  }

  verifyWebhook(): Result<ProviderEvent | null, AppError> {
    return err(unsupported('The local payment provider sends no webhooks'));
  }

  /**
   * Does what the clock says is due, oldest first, one subscription per transaction: ends
   * subscriptions cancelled at period end, renews the others (a paid invoice and the next period,
   * or an open invoice, a failed payment and past_due), retries failed payments daily (the third
   * failure: unpaid); then delivers every queued event. Safe to run from several processes at once
   * (each claims a different due subscription) and again (what was done is no longer due).
   */
  async advance(): Promise<{ processed: number; delivered: number }> {
    let processed = 0;
    while (await this.options.store.transaction((tx) => this.processOneDue(tx))) processed++;
    return { processed, delivered: await this.flush() };
  }

  /**
   * Delivers queued events oldest first, each customer's in order: after a failure that customer's
   * later events wait for the next flush while other customers' go on. An event that failed
   * MAX_DELIVERY_ATTEMPTS times is parked (failed, with its error, reported through onParked) and
   * its customer's later events proceed: each carries the object's whole state, and the receiver
   * keeps the newest. Flushes of one gateway run one after another, so a process delivers each event
   * once (another process may deliver it too: the receiver ignores an event id it has seen).
   */
  private flush(): Promise<number> {
    const run = this.flushing.then(() => this.deliverQueued());
    this.flushing = run.catch(() => 0);
    return run;
  }

  private async deliverQueued(): Promise<number> {
    let delivered = 0;
    const tried = new Set<string>();
    const waiting = new Set<string>();
    for (;;) {
      // Events tried in this flush stay queued when they failed: look past them.
      const pending = (await this.options.store.undeliveredEvents(tried.size + 100)).filter(
        (event) => !tried.has(event.id),
      );
      if (pending.length === 0) return delivered;
      for (const event of pending) {
        tried.add(event.id);
        const customer = customerOf(event);
        if (waiting.has(customer)) continue;
        try {
          await this.options.deliver(event);
        } catch (error) {
          this.onDeliveryError(error, event);
          const outcome = await this.options.store.recordFailedDelivery(event.id, {
            error: error instanceof Error ? error.message : String(error),
            at: this.options.clock.now(),
            maxAttempts: MAX_DELIVERY_ATTEMPTS,
          });
          if (outcome === 'parked') this.onParked(error, event);
          else waiting.add(customer);
          continue;
        }
        await this.options.store.markDelivered(event.id, this.options.clock.now());
        delivered++;
      }
    }
  }

  private async processOneDue(tx: LocalPaymentTransaction): Promise<boolean> {
    const now = this.options.clock.now();
    const subscription = await tx.claimDueSubscription(now);
    if (!subscription?.dueAt) return false;
    const due = subscription.dueAt;
    const plan = purchasable(subscription.plan);
    const events = new EventStamper(this.options.ids, now, subscription.lastEventAt);
    let next: LocalSubscription;
    if (subscription.status === 'past_due') {
      const invoice = await tx.findOpenInvoice(subscription.id);
      if (!invoice) throw new Error(`past_due subscription ${subscription.id} has no open invoice`);
      next = await this.charge(tx, events, subscription, invoice, due, 'update');
    } else if (subscription.cancelAtPeriodEnd) {
      next = { ...subscription, status: 'canceled' };
    } else {
      // The renewal pays for the next period, which starts whether or not the charge succeeds.
      const renewed: LocalSubscription = {
        ...subscription,
        currentPeriodStart: subscription.currentPeriodEnd,
        currentPeriodEnd: addMonths(
          subscription.billingAnchor,
          monthsBetween(subscription.billingAnchor, subscription.currentPeriodEnd) + monthsPerPeriod(plan),
        ),
      };
      const invoice = this.newInvoice(renewed, plan, due, 'open');
      next = await this.charge(tx, events, renewed, invoice, due, 'insert');
    }
    const changed = withDueAt({ ...next, updatedAt: now });
    if (
      changed.status !== subscription.status ||
      changed.currentPeriodEnd.getTime() !== subscription.currentPeriodEnd.getTime()
    ) {
      events.push(subscriptionEvent(changed));
    }
    await tx.updateSubscription({ ...changed, lastEventAt: events.lastAt() });
    await tx.insertEvents(events.events);
    return true;
  }

  /** One attempt at the invoice with the subscription's card, at `at` on the billing schedule. */
  private async charge(
    tx: LocalPaymentTransaction,
    events: EventStamper,
    subscription: LocalSubscription,
    invoice: LocalInvoice,
    at: Date,
    write: 'insert' | 'update',
  ): Promise<LocalSubscription> {
    const succeeds = subscription.cardBehaviour === 'succeeds';
    const attempts = invoice.attempts + 1;
    const charged: LocalInvoice = succeeds
      ? { ...invoice, status: 'paid', amountPaidMinor: invoice.amountDueMinor, attempts, updatedAt: at }
      : { ...invoice, attempts, updatedAt: at };
    await (write === 'insert' ? tx.insertInvoice(charged) : tx.updateInvoice(charged));
    events.push(invoiceEvent(charged, !succeeds));
    if (succeeds) return { ...subscription, status: 'active', nextAttemptAt: null };
    // Every earlier attempt at this invoice failed too: a success would have closed it.
    return attempts >= MAX_FAILED_ATTEMPTS
      ? { ...subscription, status: 'unpaid', nextAttemptAt: null }
      : { ...subscription, status: 'past_due', nextAttemptAt: new Date(at.getTime() + RETRY_INTERVAL_MS) };
  }

  private newInvoice(
    subscription: LocalSubscription,
    plan: Plan & { price: NonNullable<Plan['price']> },
    at: Date,
    status: 'paid' | 'open',
  ): LocalInvoice {
    return {
      id: `lin_${this.options.ids.next()}`,
      subscriptionId: subscription.id,
      customerId: subscription.customerId,
      status,
      currency: plan.price.currency,
      amountDueMinor: plan.price.amountMinor,
      amountPaidMinor: status === 'paid' ? plan.price.amountMinor : 0,
      periodStart: subscription.currentPeriodStart,
      periodEnd: subscription.currentPeriodEnd,
      attempts: status === 'paid' ? 1 : 0,
      createdAt: at,
      updatedAt: at,
    };
  }
}

/**
 * Stamps one change's events: each createdAt is the clock's now, but always after the
 * subscription's previous event, so the events of one subscription never tie.
 */
class EventStamper {
  readonly events: ProviderEvent[] = [];
  private last: Date | null;

  constructor(
    private readonly ids: IdGenerator,
    private readonly now: Date,
    lastEventAt: Date | null,
  ) {
    this.last = lastEventAt;
  }

  private nextAt(): Date {
    return this.last && this.last.getTime() >= this.now.getTime()
      ? new Date(this.last.getTime() + 1)
      : this.now;
  }

  lastAt(): Date {
    return this.last ?? this.now;
  }

  push(
    event:
      | { type: 'subscription.updated'; subscription: ProviderSubscription }
      | {
          type: 'invoice.updated';
          invoice: ProviderInvoice;
          paymentFailed: boolean;
        },
  ): void {
    const at = this.nextAt();
    this.last = at;
    this.events.push({ id: `levt_${this.ids.next()}`, createdAt: at.toISOString(), ...event });
  }
}

const customerOf = (event: ProviderEvent): string =>
  event.type === 'subscription.updated'
    ? event.subscription.providerCustomerId
    : event.invoice.providerCustomerId;

function statusOf(checkout: LocalCheckout, now: Date): LocalCheckoutView['status'] {
  if (checkout.status === 'completed') return 'completed';
  return checkout.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

function purchasable(code: PlanCode): Plan & { price: NonNullable<Plan['price']> } {
  const plan = findPlan(code);
  if (!plan?.price) throw new Error(`plan ${code} has no price`);
  return plan as Plan & { price: NonNullable<Plan['price']> };
}

function monthsPerPeriod(plan: Plan): number {
  return plan.interval === 'year' ? 12 : 1;
}

/** `months` calendar months after `anchor`, on its day of the month or the month's last day. */
export function addMonths(anchor: Date, months: number): Date {
  const target = new Date(anchor);
  target.setUTCDate(1);
  target.setUTCMonth(anchor.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(anchor.getUTCDate(), lastDay));
  return target;
}

function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}

/**
 * When advance() next has to look at the subscription: an active one at its period's end, a
 * past_due one at its next retry (the retries give up days before the period could end).
 */
function withDueAt(subscription: LocalSubscription): LocalSubscription {
  const { status } = subscription;
  const dueAt =
    status === 'active' || status === 'trialing'
      ? subscription.currentPeriodEnd
      : status === 'past_due'
        ? subscription.nextAttemptAt
        : null;
  return { ...subscription, dueAt };
}

function subscriptionEvent(subscription: LocalSubscription) {
  return {
    type: 'subscription.updated' as const,
    subscription: {
      providerSubscriptionId: subscription.id,
      providerCustomerId: subscription.customerId,
      plan: subscription.plan,
      status: subscription.status,
      currentPeriodStart: subscription.currentPeriodStart.toISOString(),
      currentPeriodEnd: subscription.currentPeriodEnd.toISOString(),
      cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
      canceledAt: subscription.canceledAt?.toISOString() ?? null,
    },
  };
}

function invoiceEvent(invoice: LocalInvoice, paymentFailed: boolean) {
  return {
    type: 'invoice.updated' as const,
    invoice: {
      providerInvoiceId: invoice.id,
      providerSubscriptionId: invoice.subscriptionId,
      providerCustomerId: invoice.customerId,
      status: invoice.status,
      currency: invoice.currency,
      amountDueMinor: invoice.amountDueMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      periodStart: invoice.periodStart.toISOString(),
      periodEnd: invoice.periodEnd.toISOString(),
      hostedUrl: null,
    },
    paymentFailed,
  };
}
