import { describe, expect, it } from 'vitest';
import { aSubscription, at, DAY } from './billing.fixtures';
import { entitlementsAt, PAST_DUE_GRACE_DAYS } from './entitlements';
import type { Subscription } from './subscription';

const learnerAt = (o: Partial<Subscription>, days: number, paidThrough: Date | null = at(30)) =>
  entitlementsAt('learner', [{ subscription: aSubscription(o), paidThrough }], at(days));

describe('entitlementsAt', () => {
  it('Given no subscription, When asked, Then the free plan of the audience', () => {
    expect(entitlementsAt('learner', [], at(0)).plan.code).toBe('learner-free');
    expect(entitlementsAt('employer', [], at(0)).limits.activeJobPosts).toBe(3);
  });

  it('Given an active pro subscription, When inside its period, Then pro courses are allowed until the period end', () => {
    const e = learnerAt({}, 10);
    expect(e.plan.code).toBe('learner-pro-monthly');
    expect(e.limits.proCourses).toBe(true);
    expect(e.subscriptionId).toBe('subscription-1');
  });

  it('Given a cancellation at period end, When before and after the period end, Then access until it and not beyond', () => {
    expect(learnerAt({ cancelAtPeriodEnd: true }, 29.9).limits.proCourses).toBe(true);
    expect(learnerAt({ cancelAtPeriodEnd: true }, 30).limits.proCourses).toBe(false);
  });

  it('Given a past-due subscription, When within the grace period after the paid period, Then still entitled; after it, free', () => {
    const pastDue = { status: 'past_due', currentPeriodStart: at(30), currentPeriodEnd: at(60) } as const;
    expect(learnerAt(pastDue, 30 + PAST_DUE_GRACE_DAYS - 0.1).limits.proCourses).toBe(true);
    expect(learnerAt(pastDue, 30 + PAST_DUE_GRACE_DAYS).limits.proCourses).toBe(false);
  });

  it.each(['unpaid', 'incomplete', 'incomplete_expired', 'paused'] as const)(
    'Given a %s subscription, When inside its period, Then no access',
    (status) => {
      expect(learnerAt({ status }, 10).plan.code).toBe('learner-free');
    },
  );

  it('Given a canceled subscription, When before and after the end of what was paid, Then access until it only', () => {
    const canceled = { status: 'canceled', canceledAt: at(5) } as const;
    expect(learnerAt(canceled, 20).limits.proCourses).toBe(true);
    expect(learnerAt(canceled, 30).limits.proCourses).toBe(false);
    expect(learnerAt(canceled, 20, at(10)).limits.proCourses).toBe(false);
  });

  it('Given an employer subscription, When a learner entitlement is asked, Then it does not count', () => {
    const business = aSubscription({ plan: 'employer-business-monthly' });
    expect(entitlementsAt('learner', [{ subscription: business, paidThrough: null }], at(1)).plan.code).toBe(
      'learner-free',
    );
    expect(
      entitlementsAt('employer', [{ subscription: business, paidThrough: null }], at(1)).limits
        .activeJobPosts,
    ).toBe(null);
  });

  it('Given a yearly plan bought while the monthly one runs out, When inside both, Then the later one holds the time', () => {
    const monthly = aSubscription({ cancelAtPeriodEnd: true });
    const yearly = aSubscription({
      id: 'subscription-2',
      plan: 'learner-pro-yearly',
      startedAt: at(10),
      currentPeriodStart: at(10),
      currentPeriodEnd: new Date(at(10).getTime() + 365 * DAY),
    });
    const accesses = [monthly, yearly].map((subscription) => ({ subscription, paidThrough: null }));
    expect(entitlementsAt('learner', accesses, at(5)).plan.code).toBe('learner-pro-monthly');
    expect(entitlementsAt('learner', accesses, at(15)).plan.code).toBe('learner-pro-yearly');
  });
});
