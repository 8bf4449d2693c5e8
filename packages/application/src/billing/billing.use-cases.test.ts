import { BillingTestbed } from '@talentsphere/adapters/in-memory';
import type { ProviderEvent } from '@talentsphere/application/billing';
import { conflict, notFound } from '@talentsphere/domain/shared';
import { describe, expect, it } from 'vitest';

const DAY_SECONDS = 86_400;

describe('billing: plans and checkout', () => {
  it('Given the plans, When listed for learners, Then free, pro monthly and pro yearly with integer prices and their text', () => {
    const bed = new BillingTestbed();
    const plans = bed.services.listPlans.execute({ audience: 'learner' });
    expect(plans.map((p) => [p.code, p.price?.amountMinor ?? null, p.price?.formatted ?? null])).toEqual([
      ['learner-free', null, null],
      ['learner-pro-monthly', 1900, '$19.00'],
      ['learner-pro-yearly', 19000, '$190.00'],
    ]);
  });

  it('Given a learner, When they start a checkout twice with one Idempotency-Key, Then both answers are the first and the provider was asked once', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    const input = { plan: 'learner-pro-monthly', idempotencyKey: 'checkout-key-1' } as const;
    const first = (await bed.services.startCheckout.execute(learner, input, bed.ctx))._unsafeUnwrap();
    const again = (await bed.services.startCheckout.execute(learner, input, bed.ctx))._unsafeUnwrap();
    expect(again).toEqual(first);
    expect(bed.gateway.calls.filter((c) => c.method === 'createCheckout')).toHaveLength(1);
    expect(bed.gateway.calls[0]?.args[0]).toMatchObject({
      userId: learner.userId,
      email: learner.email,
      providerCustomerId: null,
      plan: 'learner-pro-monthly',
      successUrl: '/billing?checkout=success',
    });
    expect([...bed.db.tables.billingCustomers.values()]).toEqual([
      expect.objectContaining({
        userId: learner.userId,
        provider: 'local',
        providerCustomerId: `cus_${learner.userId}`,
      }),
    ]);
  });

  it('Given a key used for one plan, When reused for another, Then BILLING_009 and no second checkout', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    await bed.services.startCheckout.execute(
      learner,
      { plan: 'learner-pro-monthly', idempotencyKey: 'key-12345' },
      bed.ctx,
    );
    const other = await bed.services.startCheckout.execute(
      learner,
      { plan: 'learner-pro-yearly', idempotencyKey: 'key-12345' },
      bed.ctx,
    );
    expect(other._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'BILLING_009' });
    expect(bed.gateway.calls).toHaveLength(1);
  });

  it.each([
    ['jobseeker', 'employer-business-monthly', 'BILLING_003'],
    ['employer', 'learner-pro-monthly', 'BILLING_003'],
    ['jobseeker', 'learner-free', 'BILLING_007'],
  ] as const)(
    'Given a %s, When checking out %s, Then %s and the provider is not asked',
    async (role, plan, code) => {
      const bed = new BillingTestbed();
      const result = await bed.services.startCheckout.execute(
        bed.user(role),
        { plan, idempotencyKey: 'key-abcdef' },
        bed.ctx,
      );
      expect(result._unsafeUnwrapErr().code).toBe(code);
      expect(bed.gateway.calls).toEqual([]);
    },
  );

  it('Given the provider refuses, When checking out, Then its error and nothing is stored, so the key can be tried again', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    bed.gateway.failNextCheckout = { kind: 'Unavailable', code: 'PAYMENT_UNAVAILABLE', message: 'down' };
    const input = { plan: 'learner-pro-monthly', idempotencyKey: 'key-retry-1' } as const;
    expect((await bed.services.startCheckout.execute(learner, input, bed.ctx))._unsafeUnwrapErr().code).toBe(
      'PAYMENT_UNAVAILABLE',
    );
    expect(bed.db.tables.checkoutRecords.size).toBe(0);
    expect((await bed.services.startCheckout.execute(learner, input, bed.ctx)).isOk()).toBe(true);
  });
});

describe('billing: the mirror follows the provider', () => {
  it('Given a paid checkout, When the provider events arrive, Then the plan is Pro, the invoice paid, and created and paid are in the outbox', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    await bed.subscribe(learner, 'learner-pro-monthly');
    const mine = (await bed.services.getMyBilling.execute(learner, bed.ctx))._unsafeUnwrap();
    expect(mine).toMatchObject({
      provider: 'local',
      audience: 'learner',
      plan: { code: 'learner-pro-monthly' },
      accessUntil: expect.any(String),
      subscription: {
        plan: 'learner-pro-monthly',
        planName: 'Pro',
        status: 'active',
        cancelAtPeriodEnd: false,
        renewsAt: '2026-02-01T00:00:00.000Z',
      },
      invoices: [{ status: 'paid', amountPaid: { amountMinor: 1900, formatted: '$19.00' } }],
      portalAvailable: false,
    });
    expect(bed.eventsOf('payments.subscription.created')).toHaveLength(1);
    expect(bed.eventsOf('payments.invoice.paid')[0]?.data).toMatchObject({
      userId: learner.userId,
      amountPaidMinor: 1900,
      currency: 'USD',
    });
  });

  it('Given a subscriber, When they start another checkout, Then BILLING_004', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    await bed.subscribe(learner, 'learner-pro-monthly');
    const again = await bed.services.startCheckout.execute(
      learner,
      { plan: 'learner-pro-yearly', idempotencyKey: 'key-second' },
      bed.ctx,
    );
    expect(again._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'BILLING_004' });
  });

  it('Given a subscriber who cancels, When the period ends, Then they keep Pro until then, cancelled is recorded, and then the free plan', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    const sub = await bed.subscribe(learner, 'learner-pro-monthly');
    const cancelled = await bed.services.cancel.execute(learner, { idempotencyKey: 'cancel-key-1' }, bed.ctx);
    expect(cancelled._unsafeUnwrap()).toMatchObject({ cancelAtPeriodEnd: true });
    expect(bed.gateway.calls.at(-1)).toMatchObject({
      method: 'setCancelAtPeriodEnd',
      args: [sub.providerSubscriptionId, true, expect.stringContaining('cancel-key-1')],
    });
    expect(bed.eventsOf('payments.subscription.cancelled')[0]?.data).toMatchObject({ ended: false });
    bed.clock.advance(30 * DAY_SECONDS);
    let mine = (await bed.services.getMyBilling.execute(learner, bed.ctx))._unsafeUnwrap();
    expect(mine).toMatchObject({
      plan: { code: 'learner-pro-monthly' },
      subscription: { cancelAtPeriodEnd: true, renewsAt: null },
    });
    bed.clock.advance(1 * DAY_SECONDS);
    await bed.gateway.endPeriod(sub.providerSubscriptionId);
    mine = (await bed.services.getMyBilling.execute(learner, bed.ctx))._unsafeUnwrap();
    expect(mine).toMatchObject({
      plan: { code: 'learner-free' },
      accessUntil: null,
      subscription: { status: 'canceled' },
    });
    expect(
      bed.eventsOf('payments.subscription.cancelled').map((e) => (e.data as { ended: boolean }).ended),
    ).toEqual([false, true]);
  });

  it('Given a cancellation asked for, When the customer resumes, Then it renews again; resuming twice asks the provider once', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    await bed.subscribe(learner, 'learner-pro-monthly');
    await bed.services.cancel.execute(learner, { idempotencyKey: 'cancel-key-1' }, bed.ctx);
    await bed.services.resume.execute(learner, { idempotencyKey: 'resume-key-1' }, bed.ctx);
    await bed.services.resume.execute(learner, { idempotencyKey: 'resume-key-2' }, bed.ctx);
    expect(bed.gateway.calls.filter((c) => c.method === 'setCancelAtPeriodEnd')).toHaveLength(2);
    const mine = (await bed.services.getMyBilling.execute(learner, bed.ctx))._unsafeUnwrap();
    expect(mine.subscription).toMatchObject({ cancelAtPeriodEnd: false, renewsAt: expect.any(String) });
  });

  it('Given no subscription, When cancelling, Then BILLING_005', async () => {
    const bed = new BillingTestbed();
    const result = await bed.services.cancel.execute(
      bed.user('jobseeker'),
      { idempotencyKey: 'cancel-key-1' },
      bed.ctx,
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'NotFound', code: 'BILLING_005' });
  });

  it('Given a failed renewal, When within the grace period and after it, Then Pro, then free; payment failed is recorded', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    const sub = await bed.subscribe(learner, 'learner-pro-monthly');
    bed.clock.advance(31 * DAY_SECONDS);
    await bed.gateway.failRenewal(sub.providerSubscriptionId);
    expect(bed.eventsOf('payments.payment.failed')).toHaveLength(1);
    const mine = () => bed.services.getMyBilling.execute(learner, bed.ctx);
    expect((await mine())._unsafeUnwrap()).toMatchObject({
      plan: { code: 'learner-pro-monthly' },
      subscription: { status: 'past_due' },
    });
    bed.clock.advance(7 * DAY_SECONDS);
    expect((await mine())._unsafeUnwrap().plan.code).toBe('learner-free');
  });
});

describe('billing: receiving provider events', () => {
  const setup = async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    const sub = await bed.subscribe(learner, 'learner-pro-monthly');
    const event = (id: string, createdAt: string, o: object = {}): ProviderEvent => ({
      id,
      createdAt,
      type: 'subscription.updated',
      subscription: { ...sub, ...o },
    });
    return { bed, learner, sub, event };
  };

  it('Given an event processed, When it is delivered again, Then duplicate and nothing more in the outbox', async () => {
    const { bed, event } = await setup();
    const cancel = event('evt_x', '2026-01-05T00:00:00.000Z', { cancelAtPeriodEnd: true });
    expect((await bed.services.receiveProviderEvent.execute(cancel, bed.ctx))._unsafeUnwrap()).toBe(
      'applied',
    );
    const outbox = bed.db.tables.outbox.length;
    expect((await bed.services.receiveProviderEvent.execute(cancel, bed.ctx))._unsafeUnwrap()).toBe(
      'duplicate',
    );
    expect(bed.db.tables.outbox).toHaveLength(outbox);
  });

  it('Given a newer state shown, When an older event arrives, Then stale and the mirror keeps the newer state', async () => {
    const { bed, event } = await setup();
    await bed.services.receiveProviderEvent.execute(
      event('evt_new', '2026-01-09T00:00:00.000Z', { status: 'past_due' }),
      bed.ctx,
    );
    const late = await bed.services.receiveProviderEvent.execute(
      event('evt_old', '2026-01-05T00:00:00.000Z', { status: 'active' }),
      bed.ctx,
    );
    expect(late._unsafeUnwrap()).toBe('stale');
    expect([...bed.db.tables.subscriptions.values()][0]?.status).toBe('past_due');
  });

  it('Given an unknown customer, When its event arrives, Then BILLING_010 (deliver later) and it is not marked processed', async () => {
    const { bed, event } = await setup();
    const stranger = event('evt_stranger', '2026-01-05T00:00:00.000Z', { providerCustomerId: 'cus_unknown' });
    const result = await bed.services.receiveProviderEvent.execute(stranger, bed.ctx);
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'Unavailable', code: 'BILLING_010' });
    expect(bed.db.tables.providerEvents.has('local:evt_stranger')).toBe(false);
  });
});

describe('billing: portal and the local checkout page', () => {
  it('Given the local provider, When the portal is asked for, Then BILLING_008; with Stripe, the portal url', async () => {
    const local = new BillingTestbed();
    expect(
      (await local.services.openPortal.execute(local.user('jobseeker'), local.ctx))._unsafeUnwrapErr().code,
    ).toBe('BILLING_008');
    const stripe = new BillingTestbed('stripe');
    const learner = stripe.user('jobseeker');
    await stripe.subscribe(learner, 'learner-pro-monthly');
    expect((await stripe.services.openPortal.execute(learner, stripe.ctx))._unsafeUnwrap().url).toBe(
      `https://portal.example/cus_${learner.userId}`,
    );
  });

  it("Given someone else's checkout, When described or paid, Then BILLING_011 and nothing is charged", async () => {
    const bed = new BillingTestbed();
    const owner = bed.user('jobseeker');
    const other = bed.user('jobseeker');
    const { checkoutId } = (
      await bed.services.startCheckout.execute(
        owner,
        { plan: 'learner-pro-monthly', idempotencyKey: 'key-owner' },
        bed.ctx,
      )
    )._unsafeUnwrap();
    expect(
      (await bed.services.describeLocalCheckout.execute(other, { checkoutId }))._unsafeUnwrapErr().code,
    ).toBe('BILLING_011');
    const paid = await bed.services.payLocalCheckout.execute(
      other,
      { checkoutId, cardNumber: '4242424242424242' },
      bed.ctx,
    );
    expect(paid._unsafeUnwrapErr().code).toBe('BILLING_011');
    expect(bed.db.tables.subscriptions.size).toBe(0);
    const mine = (await bed.services.describeLocalCheckout.execute(owner, { checkoutId }))._unsafeUnwrap();
    expect(mine).toMatchObject({ status: 'open', plan: 'learner-pro-monthly', planDetails: { name: 'Pro' } });
  });

  it('Given the owner pays their checkout, When the card is accepted, Then the subscription is mirrored', async () => {
    const bed = new BillingTestbed();
    const owner = bed.user('jobseeker');
    const { checkoutId } = (
      await bed.services.startCheckout.execute(
        owner,
        { plan: 'learner-pro-yearly', idempotencyKey: 'key-owner' },
        bed.ctx,
      )
    )._unsafeUnwrap();
    const declined = await bed.services.payLocalCheckout.execute(
      owner,
      { checkoutId, cardNumber: '4000000000000002' },
      bed.ctx,
    );
    expect(declined._unsafeUnwrapErr().code).toBe('PAYMENT_DECLINED');
    await bed.services.payLocalCheckout.execute(
      owner,
      { checkoutId, cardNumber: '4242424242424242' },
      bed.ctx,
    );
    expect([...bed.db.tables.subscriptions.values()]).toEqual([
      expect.objectContaining({ userId: owner.userId, plan: 'learner-pro-yearly', status: 'active' }),
    ]);
  });

  it('Given two checkouts started before either was paid, When the second is paid after the first, Then BILLING_004 and one subscription', async () => {
    const bed = new BillingTestbed();
    const owner = bed.user('jobseeker');
    const start = async (plan: 'learner-pro-monthly' | 'learner-pro-yearly', key: string) =>
      (
        await bed.services.startCheckout.execute(owner, { plan, idempotencyKey: key }, bed.ctx)
      )._unsafeUnwrap().checkoutId;
    const monthly = await start('learner-pro-monthly', 'tab-1');
    const yearly = await start('learner-pro-yearly', 'tab-2');
    const pay = (checkoutId: string) =>
      bed.services.payLocalCheckout.execute(owner, { checkoutId, cardNumber: '4242424242424242' }, bed.ctx);
    expect((await pay(monthly)).isOk()).toBe(true);
    expect((await pay(yearly))._unsafeUnwrapErr().code).toBe('BILLING_004');
    expect(bed.db.tables.subscriptions.size).toBe(1);
  });

  it('Given the provider refuses a payment as already subscribed or finds no checkout, When paying, Then the client sees BILLING_004 or BILLING_011', async () => {
    const bed = new BillingTestbed();
    const owner = bed.user('jobseeker');
    const { checkoutId } = (
      await bed.services.startCheckout.execute(
        owner,
        { plan: 'learner-pro-monthly', idempotencyKey: 'key-owner' },
        bed.ctx,
      )
    )._unsafeUnwrap();
    bed.gateway.failNextPayment = conflict('PAYMENT_ALREADY_SUBSCRIBED', 'Already subscribed');
    const paid = await bed.services.payLocalCheckout.execute(
      owner,
      { checkoutId, cardNumber: '4242424242424242' },
      bed.ctx,
    );
    expect(paid._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'BILLING_004' });
    bed.gateway.failNextPayment = notFound('PAYMENT_CHECKOUT_NOT_FOUND', 'No checkout');
    const gone = await bed.services.payLocalCheckout.execute(
      owner,
      { checkoutId, cardNumber: '4242424242424242' },
      bed.ctx,
    );
    expect(gone._unsafeUnwrapErr()).toMatchObject({ kind: 'NotFound', code: 'BILLING_011' });
  });
});
