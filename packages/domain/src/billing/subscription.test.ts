import { describe, expect, it } from 'vitest';
import { aSubscriptionSnapshot, at, position } from './billing.fixtures';
import { applySubscriptionSnapshot, type Subscription } from './subscription';

const base = { id: 'subscription-1', userId: 'user-1', provider: 'local' };
const apply = (current: Subscription | undefined, days: number, o = {}, eventId?: string) =>
  applySubscriptionSnapshot(
    current,
    { ...base, snapshot: aSubscriptionSnapshot(o), event: position(days, eventId) },
    { now: at(days) },
  );

describe('applySubscriptionSnapshot', () => {
  it('Given no mirror, When an active snapshot arrives, Then the mirror is created and payments.subscription.created recorded', () => {
    const { state, events, applied } = apply(undefined, 0);
    expect(applied).toBe(true);
    expect(state).toMatchObject({
      id: 'subscription-1',
      userId: 'user-1',
      status: 'active',
      startedAt: at(0),
    });
    expect(events).toEqual([
      {
        type: 'payments.subscription.created',
        data: {
          subscriptionId: 'subscription-1',
          userId: 'user-1',
          plan: 'learner-pro-monthly',
          status: 'active',
          currentPeriodEnd: at(30).toISOString(),
        },
      },
    ]);
  });

  it('Given an incomplete mirror, When it becomes active, Then it is created then, and only then', () => {
    const incomplete = apply(undefined, 0, { status: 'incomplete' });
    expect(incomplete.events).toEqual([]);
    const active = apply(incomplete.state, 1);
    expect(active.events.map((e) => e.type)).toEqual(['payments.subscription.created']);
    const renewed = apply(active.state, 31, { currentPeriodStart: at(30), currentPeriodEnd: at(60) });
    expect(renewed.events).toEqual([]);
    expect(renewed.state.startedAt).toEqual(at(0));
  });

  it('Given a newer state shown, When an older event arrives late, Then the mirror keeps the newer state', () => {
    const canceled = apply(undefined, 5, { status: 'canceled', canceledAt: at(5) });
    const late = apply(canceled.state, 1, { status: 'active' });
    expect(late.applied).toBe(false);
    expect(late.events).toEqual([]);
    expect(late.state.status).toBe('canceled');
  });

  it('Given created (incomplete) and updated (active) in one second with ids out of order, When they arrive in either order, Then the mirror is active', () => {
    // Stripe's ids are random: the later event may well have the smaller id.
    const created = { status: 'incomplete' as const };
    const first = apply(undefined, 1, created, 'evt_z');
    const then = apply(first.state, 1, {}, 'evt_a');
    expect(then.state.status).toBe('active');
    expect(then.events.map((e) => e.type)).toEqual(['payments.subscription.created']);
    const reversed = apply(apply(undefined, 1, {}, 'evt_a').state, 1, created, 'evt_z');
    expect(reversed.applied).toBe(false);
    expect(reversed.state.status).toBe('active');
  });

  it('Given two events at one instant in the same status rank, When they arrive in either order, Then the larger event id wins', () => {
    const a = apply(undefined, 1, { cancelAtPeriodEnd: true }, 'evt_b');
    const b = apply(a.state, 1, { cancelAtPeriodEnd: false }, 'evt_a');
    expect(b.state.cancelAtPeriodEnd).toBe(true);
    const c = apply(undefined, 1, { cancelAtPeriodEnd: false }, 'evt_a');
    const d = apply(c.state, 1, { cancelAtPeriodEnd: true }, 'evt_b');
    expect(d.state.cancelAtPeriodEnd).toBe(true);
  });

  it('Given the same event twice, When applied again, Then nothing changes and nothing is recorded', () => {
    const first = apply(undefined, 1);
    const again = apply(first.state, 1);
    expect(again).toEqual({ state: first.state, events: [], applied: false });
  });

  it('Given an active subscription, When the customer asks to cancel at period end, Then cancelled (not ended) until the period end', () => {
    const active = apply(undefined, 0);
    const cancelling = apply(active.state, 3, { cancelAtPeriodEnd: true });
    expect(cancelling.events).toEqual([
      {
        type: 'payments.subscription.cancelled',
        data: {
          subscriptionId: 'subscription-1',
          userId: 'user-1',
          plan: 'learner-pro-monthly',
          endsAt: at(30).toISOString(),
          ended: false,
        },
      },
    ]);
    const ended = apply(cancelling.state, 30, {
      status: 'canceled',
      cancelAtPeriodEnd: true,
      canceledAt: at(30),
    });
    expect(ended.events).toEqual([
      expect.objectContaining({
        type: 'payments.subscription.cancelled',
        data: expect.objectContaining({ ended: true }),
      }),
    ]);
  });

  it('Given a cancellation asked for on day 3, When the provider ends it at the period end (canceledAt still day 3), Then the cancelled event ends at the period end', () => {
    const cancelling = apply(apply(undefined, 0).state, 3, { cancelAtPeriodEnd: true, canceledAt: at(3) });
    const ended = apply(cancelling.state, 30, {
      status: 'canceled',
      cancelAtPeriodEnd: true,
      canceledAt: at(3),
    });
    expect(ended.events).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ ended: true, endsAt: at(30).toISOString() }),
      }),
    ]);
  });

  it('Given an active subscription, When the provider ends it at once on day 10 (period until day 30), Then it ended on day 10', () => {
    const ended = apply(apply(undefined, 0).state, 10, { status: 'canceled', canceledAt: at(10) });
    expect(ended.events).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ ended: true, endsAt: at(10).toISOString() }),
      }),
    ]);
  });

  it('Given a cancellation asked for, When the customer resumes, Then nothing is recorded and the mirror shows it', () => {
    const cancelling = apply(apply(undefined, 0).state, 3, { cancelAtPeriodEnd: true });
    const resumed = apply(cancelling.state, 4, { cancelAtPeriodEnd: false });
    expect(resumed.events).toEqual([]);
    expect(resumed.state.cancelAtPeriodEnd).toBe(false);
  });
});
