import type { DomainEvent } from '../shared';
import type { SubscriptionStatus } from './billing-statuses';
import type { PlanCode } from './plans';
import { type EventPosition, isNewer, subscriptionStatusRank } from './provider-order';

/** The provider's state of a subscription, with times as dates (what one provider event carries). */
export interface SubscriptionSnapshot {
  readonly providerSubscriptionId: string;
  readonly providerCustomerId: string;
  readonly plan: PlanCode;
  readonly status: SubscriptionStatus;
  readonly currentPeriodStart: Date;
  readonly currentPeriodEnd: Date;
  readonly cancelAtPeriodEnd: boolean;
  readonly canceledAt: Date | null;
}

/**
 * Our mirror of a provider subscription. It is written only from provider events: it shows the
 * newest one seen (by time, then status rank, then event id), whatever order they arrive in.
 */
export interface Subscription extends SubscriptionSnapshot {
  readonly id: string;
  readonly userId: string;
  readonly provider: string;
  /** The earliest period start any event showed: when access began. */
  readonly startedAt: Date;
  /** The event whose state this is. */
  readonly shownEvent: EventPosition;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface SubscriptionIds {
  subscriptionId: string;
  userId: string;
  plan: PlanCode;
}

export type SubscriptionEvent =
  /** The subscription started: paid for (or trialing) for the first time. */
  | DomainEvent<
      'payments.subscription.created',
      SubscriptionIds & { status: string; currentPeriodEnd: string }
    >
  /**
   * Cancelled: `ended` false when the customer asked to stop at the end of the paid period (access
   * continues until `endsAt`), true when the provider ended it.
   */
  | DomainEvent<'payments.subscription.cancelled', SubscriptionIds & { endsAt: string; ended: boolean }>;

/** Statuses in which the customer has paid, or is trialing, for the current period. */
const STARTED: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];
const NOT_STARTED: readonly SubscriptionStatus[] = ['incomplete', 'incomplete_expired'];

export interface SubscriptionUpdate {
  /** The mirror after the event: unchanged when the event was older than the one shown. */
  readonly state: Subscription;
  readonly events: SubscriptionEvent[];
  /** False when the event was stale (older than, or the same as, what the mirror shows). */
  readonly applied: boolean;
}

/**
 * Applies one provider event's snapshot: the first one creates the mirror for `userId`; later ones
 * replace it only when newer than the event it shows. Records `payments.subscription.created` when it
 * first starts and `payments.subscription.cancelled` when a cancellation is asked for or takes effect.
 */
export function applySubscriptionSnapshot(
  current: Subscription | undefined,
  input: {
    id: string;
    userId: string;
    provider: string;
    snapshot: SubscriptionSnapshot;
    event: EventPosition;
  },
  ctx: { now: Date },
): SubscriptionUpdate {
  const { snapshot, event } = input;
  const candidate = { ...event, rank: subscriptionStatusRank(snapshot.status) };
  if (
    current &&
    !isNewer(candidate, { ...current.shownEvent, rank: subscriptionStatusRank(current.status) })
  ) {
    // Older news still tells when the subscription began.
    const startedAt = earlier(current.startedAt, snapshot.currentPeriodStart);
    const state = startedAt === current.startedAt ? current : { ...current, startedAt, updatedAt: ctx.now };
    return { state, events: [], applied: false };
  }
  const state: Subscription = {
    ...snapshot,
    id: current?.id ?? input.id,
    userId: current?.userId ?? input.userId,
    provider: current?.provider ?? input.provider,
    startedAt: current
      ? earlier(current.startedAt, snapshot.currentPeriodStart)
      : snapshot.currentPeriodStart,
    shownEvent: event,
    createdAt: current?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  return { state, events: transitionEvents(current, state, event.at), applied: true };
}

/**
 * The payments.* events a change warrants. An ended subscription's `endsAt` is when it stopped: the
 * end of its paid period, or the event's time when the provider ended it sooner; never canceledAt,
 * which is when the cancellation was asked for (Stripe sets it at the request, weeks before).
 */
function transitionEvents(
  before: Subscription | undefined,
  after: Subscription,
  eventAt: Date,
): SubscriptionEvent[] {
  const ids = { subscriptionId: after.id, userId: after.userId, plan: after.plan };
  const events: SubscriptionEvent[] = [];
  const wasStarted = before !== undefined && !NOT_STARTED.includes(before.status);
  if (!wasStarted && STARTED.includes(after.status))
    events.push({
      type: 'payments.subscription.created',
      data: { ...ids, status: after.status, currentPeriodEnd: after.currentPeriodEnd.toISOString() },
    });
  const ended = after.status === 'canceled' && before?.status !== 'canceled';
  const askedToEnd =
    !ended && after.cancelAtPeriodEnd && !before?.cancelAtPeriodEnd && after.status !== 'canceled';
  if (ended || askedToEnd)
    events.push({
      type: 'payments.subscription.cancelled',
      data: {
        ...ids,
        endsAt: (ended ? earlier(after.currentPeriodEnd, eventAt) : after.currentPeriodEnd).toISOString(),
        ended,
      },
    });
  return events;
}

const earlier = (a: Date, b: Date): Date => (b.getTime() < a.getTime() ? b : a);
