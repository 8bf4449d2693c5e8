import type { InvoiceStatus, SubscriptionStatus } from './billing-statuses';

/**
 * Where a provider event stands in the provider's history. Providers deliver late, out of order and
 * more than once, so a mirror keeps the position of the event it shows and takes only newer ones.
 */
export interface EventPosition {
  readonly at: Date;
  readonly eventId: string;
}

/** A position with the rank of the state its event carries (see the status ranks below). */
export interface RankedPosition extends EventPosition {
  readonly rank: number;
}

/**
 * How far along its life a subscription in each status is. Stripe's event times are whole seconds
 * and its event ids are random, so `customer.subscription.created` (incomplete) and `.updated`
 * (active) often share a second: at one instant the state further along is the newer one.
 */
const SUBSCRIPTION_RANK: Readonly<Record<SubscriptionStatus, number>> = {
  incomplete: 0,
  trialing: 1,
  active: 2,
  past_due: 3,
  unpaid: 4,
  paused: 4,
  canceled: 5,
  incomplete_expired: 5,
};

/** The same for invoices: draft → open → paid | uncollectible | void. */
const INVOICE_RANK: Readonly<Record<InvoiceStatus, number>> = {
  draft: 0,
  open: 1,
  paid: 2,
  uncollectible: 2,
  void: 2,
};

export const subscriptionStatusRank = (status: SubscriptionStatus): number => SUBSCRIPTION_RANK[status];
export const invoiceStatusRank = (status: InvoiceStatus): number => INVOICE_RANK[status];

/**
 * -1, 0 or 1 as `a` is older than, the same as, or newer than `b`: by time, then (same instant) by
 * the rank of the state carried, then by event id, so the order is total and every copy of a
 * mirror settles on the same event whatever order deliveries come in.
 */
export function compareEventPositions(a: RankedPosition, b: RankedPosition): number {
  const byTime = a.at.getTime() - b.at.getTime();
  if (byTime !== 0) return byTime < 0 ? -1 : 1;
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.eventId === b.eventId) return 0;
  return a.eventId < b.eventId ? -1 : 1;
}

export const isNewer = (candidate: RankedPosition, shown: RankedPosition): boolean =>
  compareEventPositions(candidate, shown) > 0;
