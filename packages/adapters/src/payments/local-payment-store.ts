import type { ProviderEvent } from '@talentsphere/application/billing';
import type { InvoiceStatus, PlanCode, SubscriptionStatus } from '@talentsphere/domain/billing';

// The local provider's own books: what a stand-in for Stripe remembers about checkouts,
// subscriptions, invoices and the events it owes the receiver. Nothing here is billing's mirror.

export type LocalCardBehaviour = 'succeeds' | 'renewals-fail';

export interface LocalCheckout {
  readonly id: string;
  readonly userId: string;
  readonly email: string;
  readonly customerId: string;
  readonly plan: PlanCode;
  /** 'expired' is not stored: an open checkout past expiresAt is expired. */
  readonly status: 'open' | 'completed';
  readonly successUrl: string;
  readonly cancelUrl: string;
  /** The caller's Idempotency-Key; unique per user. */
  readonly idempotencyKey: string;
  readonly subscriptionId: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface LocalSubscription {
  readonly id: string;
  readonly customerId: string;
  readonly userId: string;
  readonly plan: PlanCode;
  readonly status: SubscriptionStatus;
  /** The first period's start; every later period ends on its day of the month (clamped). */
  readonly billingAnchor: Date;
  readonly currentPeriodStart: Date;
  readonly currentPeriodEnd: Date;
  readonly cancelAtPeriodEnd: boolean;
  readonly canceledAt: Date | null;
  readonly cardLast4: string;
  readonly cardBehaviour: LocalCardBehaviour;
  /** When a failed renewal is charged again. */
  readonly nextAttemptAt: Date | null;
  /** When advance() next has something to do with it (null: never again). */
  readonly dueAt: Date | null;
  /** The createdAt of its newest event: the next one is later, so its events never tie. */
  readonly lastEventAt: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface LocalInvoice {
  readonly id: string;
  readonly subscriptionId: string;
  readonly customerId: string;
  readonly status: InvoiceStatus;
  readonly currency: string;
  readonly amountDueMinor: number;
  readonly amountPaidMinor: number;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Reads and writes inside one transaction of the local provider's store. */
export interface LocalPaymentTransaction {
  /** false when the user already has a checkout under that Idempotency-Key (nothing written). */
  insertCheckout(checkout: LocalCheckout): Promise<boolean>;
  findCheckoutByKey(userId: string, idempotencyKey: string): Promise<LocalCheckout | undefined>;
  /**
   * Reads and locks every checkout of the user (in id order, so two transactions never wait on
   * each other): a user's payments then take turns.
   */
  lockCheckoutsOfUser(userId: string): Promise<LocalCheckout[]>;
  updateCheckout(checkout: LocalCheckout): Promise<void>;
  insertSubscription(subscription: LocalSubscription): Promise<void>;
  /** Reads and locks the subscription until the transaction ends. */
  lockSubscription(id: string): Promise<LocalSubscription | undefined>;
  subscriptionsOfUser(userId: string): Promise<LocalSubscription[]>;
  /**
   * The subscription due soonest (dueAt ≤ now), locked; one that a concurrent transaction holds is
   * skipped, so several processes advancing at once each take a different one.
   */
  claimDueSubscription(now: Date): Promise<LocalSubscription | undefined>;
  updateSubscription(subscription: LocalSubscription): Promise<void>;
  insertInvoice(invoice: LocalInvoice): Promise<void>;
  /** The subscription's newest open invoice. */
  findOpenInvoice(subscriptionId: string): Promise<LocalInvoice | undefined>;
  updateInvoice(invoice: LocalInvoice): Promise<void>;
  listInvoices(subscriptionId: string): Promise<LocalInvoice[]>;
  /** Queues events for delivery, in the same transaction as the change they describe. */
  insertEvents(events: readonly ProviderEvent[]): Promise<void>;
}

export interface LocalPaymentStore {
  /** Runs `work` in one transaction: all of it commits, or (on a throw) none of it. */
  transaction<T>(work: (tx: LocalPaymentTransaction) => Promise<T>): Promise<T>;
  findCheckout(id: string): Promise<LocalCheckout | undefined>;
  /** Events not yet delivered nor parked, oldest first (createdAt, then id). */
  undeliveredEvents(limit: number): Promise<ProviderEvent[]>;
  markDelivered(eventId: string, at: Date): Promise<void>;
  /**
   * Counts a failed delivery; at `maxAttempts` failures the event is parked (failed, with the
   * error) and no longer offered for delivery.
   */
  recordFailedDelivery(
    eventId: string,
    failure: { error: string; at: Date; maxAttempts: number },
  ): Promise<'retry' | 'parked'>;
  /** Parked events, oldest first, with why their last delivery failed. */
  parkedEvents(): Promise<{ event: ProviderEvent; attempts: number; error: string; failedAt: Date }[]>;
}
