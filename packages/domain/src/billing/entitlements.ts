import { findPlan, freePlan, type Plan, type PlanAudience, type PlanCode, type PlanLimits } from './plans';
import type { Subscription } from './subscription';

/** A past-due subscription keeps its plan this long after the paid period, while the provider retries. */
export const PAST_DUE_GRACE_DAYS = 7;
/** An active subscription past its period end keeps its plan this long, until the renewal arrives. */
export const RENEWAL_LEEWAY_HOURS = 24;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A subscription mirror and the end of the last period it has a paid invoice for. */
export interface SubscriptionAccess {
  readonly subscription: Subscription;
  readonly paidThrough: Date | null;
}

/** When one subscription grants its plan: [from, until). */
export interface AccessWindow {
  readonly subscriptionId: string;
  readonly plan: PlanCode;
  readonly from: Date;
  readonly until: Date;
}

/**
 * The window a subscription grants its plan, from its start:
 * - trialing or active: to the period end (after a cancellation asked for, exactly to it; else with
 *   a leeway for the renewal to arrive);
 * - past due: to the paid-through date plus the grace period;
 * - canceled: to the end of what was paid for (the period end, or the paid-through date if earlier);
 * - unpaid, incomplete, expired or paused: none.
 */
export function accessWindow({ subscription: s, paidThrough }: SubscriptionAccess): AccessWindow | null {
  const until = (() => {
    switch (s.status) {
      case 'trialing':
      case 'active':
        return s.cancelAtPeriodEnd
          ? s.currentPeriodEnd.getTime()
          : s.currentPeriodEnd.getTime() + RENEWAL_LEEWAY_HOURS * HOUR_MS;
      case 'past_due':
        return (paidThrough ?? s.currentPeriodStart).getTime() + PAST_DUE_GRACE_DAYS * DAY_MS;
      case 'canceled':
        return Math.min(s.currentPeriodEnd.getTime(), (paidThrough ?? s.currentPeriodEnd).getTime());
      default:
        return null;
    }
  })();
  if (until === null || until <= s.startedAt.getTime()) return null;
  return { subscriptionId: s.id, plan: s.plan, from: s.startedAt, until: new Date(until) };
}

/**
 * The periods a customer holds a plan, sorted and never overlapping: where the windows of two
 * subscriptions overlap (an upgrade, a new subscription before the old one ran out), the one that
 * started later holds the time; the earlier one resumes after it if it lasts longer.
 */
export function entitlementTimeline(accesses: readonly SubscriptionAccess[]): AccessWindow[] {
  const windows = accesses
    .map(accessWindow)
    .filter((w): w is AccessWindow => w !== null)
    .sort((a, b) => a.from.getTime() - b.from.getTime() || (a.subscriptionId < b.subscriptionId ? -1 : 1));
  let timeline: AccessWindow[] = [];
  for (const window of windows) {
    const from = window.from.getTime();
    const until = window.until.getTime();
    timeline = timeline.flatMap((held) => {
      const parts: AccessWindow[] = [];
      if (held.from.getTime() < from)
        parts.push({ ...held, until: new Date(Math.min(held.until.getTime(), from)) });
      if (held.until.getTime() > until)
        parts.push({ ...held, from: new Date(Math.max(held.from.getTime(), until)) });
      return parts;
    });
    timeline.push(window);
    timeline.sort((a, b) => a.from.getTime() - b.from.getTime());
  }
  return timeline;
}

/** What a customer may do right now. */
export interface Entitlements {
  readonly plan: Plan;
  readonly limits: PlanLimits;
  /** The subscription granting it (null on the free plan). */
  readonly subscriptionId: string | null;
  /** When the granting period ends (null on the free plan). */
  readonly until: Date | null;
}

/** The plan of `audience` a customer holds at `now`: the timeline's period covering it, else free. */
export function entitlementsAt(
  audience: PlanAudience,
  accesses: readonly SubscriptionAccess[],
  now: Date,
): Entitlements {
  const own = accesses.filter((a) => findPlan(a.subscription.plan)?.audience === audience);
  const t = now.getTime();
  const held = entitlementTimeline(own).find((p) => p.from.getTime() <= t && t < p.until.getTime());
  const plan = (held && findPlan(held.plan)) || freePlan(audience);
  return {
    plan,
    limits: plan.limits,
    subscriptionId: held?.subscriptionId ?? null,
    until: held?.until ?? null,
  };
}
