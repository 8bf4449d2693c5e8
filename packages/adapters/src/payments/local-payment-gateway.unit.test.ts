import type { CheckoutRequest, ProviderEvent } from '@talentsphere/application/billing';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../system';
import { InMemoryLocalPaymentStore } from './in-memory-local-payment-store';
import { LocalPaymentGateway } from './local-payment-gateway';
import { LOCAL_TEST_CARDS } from './local-test-cards';
import { PAYMENT_ERRORS } from './payment-errors';

const DAY = 86_400;
const START = '2026-12-01T10:00:00.000Z';
const JAN_1 = '2027-01-01T10:00:00.000Z';
const FEB_1 = '2027-02-01T10:00:00.000Z';

function world(options: { start?: string; deliver?: (event: ProviderEvent) => Promise<void> } = {}) {
  const clock = new ManualClock(new Date(options.start ?? START));
  let sequence = 0;
  const ids = { next: () => String(++sequence).padStart(4, '0') };
  const delivered: ProviderEvent[] = [];
  const deliveryErrors: unknown[] = [];
  const parked: ProviderEvent[] = [];
  const store = new InMemoryLocalPaymentStore();
  const gateway = new LocalPaymentGateway({
    store,
    clock,
    ids,
    checkoutBaseUrl: '/billing/checkout',
    deliver:
      options.deliver ??
      (async (event) => {
        delivered.push(event);
      }),
    onDeliveryError: (error) => deliveryErrors.push(error),
    onParked: (_error, event) => parked.push(event),
  });
  /** Sets the clock to `iso` and runs advance(). */
  const at = async (iso: string) => {
    clock.advance((Date.parse(iso) - clock.now().getTime()) / 1000);
    return gateway.advance();
  };
  /** The events delivered since the last call. */
  const drain = () => delivered.splice(0);
  return { clock, gateway, store, delivered, deliveryErrors, parked, at, drain };
}

const request = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  userId: 'user-1',
  email: 'ada@example.com',
  providerCustomerId: null,
  plan: 'learner-pro-monthly',
  successUrl: '/billing?checkout=success',
  cancelUrl: '/pricing',
  idempotencyKey: 'key-1',
  ...overrides,
});

/** A subscription.updated of the local pro-monthly subscription lsub_0002, as of `fields`. */
const subscriptionUpdated = (
  id: string,
  createdAt: string,
  fields: Partial<Extract<ProviderEvent, { type: 'subscription.updated' }>['subscription']> = {},
): ProviderEvent => ({
  id,
  createdAt,
  type: 'subscription.updated',
  subscription: {
    providerSubscriptionId: 'lsub_0002',
    providerCustomerId: 'lcus_user-1',
    plan: 'learner-pro-monthly',
    status: 'active',
    currentPeriodStart: START,
    currentPeriodEnd: JAN_1,
    cancelAtPeriodEnd: false,
    canceledAt: null,
    ...fields,
  },
});

const invoiceUpdated = (
  id: string,
  createdAt: string,
  paymentFailed: boolean,
  fields: Partial<Extract<ProviderEvent, { type: 'invoice.updated' }>['invoice']> = {},
): ProviderEvent => ({
  id,
  createdAt,
  type: 'invoice.updated',
  paymentFailed,
  invoice: {
    providerInvoiceId: 'lin_0003',
    providerSubscriptionId: 'lsub_0002',
    providerCustomerId: 'lcus_user-1',
    status: 'paid',
    currency: 'USD',
    amountDueMinor: 1900,
    amountPaidMinor: 1900,
    periodStart: START,
    periodEnd: JAN_1,
    hostedUrl: null,
    ...fields,
  },
});

/** A world where user-1 has paid pro monthly at START with `card` (ids: checkout 0001, subscription 0002, invoice 0003, events 0004–0005). */
async function subscribed(card: string = LOCAL_TEST_CARDS.succeeds, start = START) {
  const w = world({ start });
  const { checkoutId } = (await w.gateway.createCheckout(request()))._unsafeUnwrap();
  (await w.gateway.payCheckout(checkoutId, card))._unsafeUnwrap();
  w.drain();
  return w;
}

describe('LocalPaymentGateway checkout', () => {
  it('Given a paid plan, When a checkout starts, Then it is open at the local checkout page for a customer of the user', async () => {
    const { gateway } = world();
    const session = (await gateway.createCheckout(request()))._unsafeUnwrap();
    expect(session).toEqual({
      checkoutId: 'lcs_0001',
      url: '/billing/checkout/lcs_0001',
      providerCustomerId: 'lcus_user-1',
    });
    expect(await gateway.describeCheckout('lcs_0001')).toEqual({
      checkoutId: 'lcs_0001',
      plan: 'learner-pro-monthly',
      userId: 'user-1',
      status: 'open',
      successUrl: '/billing?checkout=success',
      cancelUrl: '/pricing',
    });
    expect(await gateway.describeCheckout('lcs_nope')).toBeNull();
  });

  it('Given the same Idempotency-Key, When a checkout starts again, Then the first checkout answers; another key or user gets a new one', async () => {
    const { gateway } = world();
    const first = (await gateway.createCheckout(request()))._unsafeUnwrap();
    expect((await gateway.createCheckout(request()))._unsafeUnwrap()).toEqual(first);
    const otherKey = (await gateway.createCheckout(request({ idempotencyKey: 'key-2' })))._unsafeUnwrap();
    const otherUser = (await gateway.createCheckout(request({ userId: 'user-2' })))._unsafeUnwrap();
    expect(new Set([first.checkoutId, otherKey.checkoutId, otherUser.checkoutId]).size).toBe(3);
  });

  it('Given a customer already mirrored, When a checkout starts, Then it is for that customer', async () => {
    const { gateway } = world();
    const session = (
      await gateway.createCheckout(request({ providerCustomerId: 'lcus_known' }))
    )._unsafeUnwrap();
    expect(session.providerCustomerId).toBe('lcus_known');
  });

  it('Given a free plan, When a checkout starts, Then PAYMENT_PLAN_NOT_PURCHASABLE', async () => {
    const { gateway } = world();
    expect(
      (await gateway.createCheckout(request({ plan: 'learner-free' })))._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'Validation',
      code: PAYMENT_ERRORS.planNotPurchasable,
    });
  });

  it('Given an open checkout, When paid with 4242 4242 4242 4242 (spaces as typed), Then an active subscription for a month and its paid invoice are delivered, and the browser goes to the success page', async () => {
    const { gateway, delivered } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    const paid = await gateway.payCheckout(checkoutId, '4242 4242 4242 4242');
    expect(paid._unsafeUnwrap()).toEqual({ redirectUrl: '/billing?checkout=success' });
    expect(delivered).toEqual([
      subscriptionUpdated('levt_0004', START),
      invoiceUpdated('levt_0005', '2026-12-01T10:00:00.001Z', false),
    ]);
    expect((await gateway.describeCheckout(checkoutId))?.status).toBe('completed');
  });

  it('Given a completed checkout, When paid again, Then the same answer and no second charge', async () => {
    const { gateway, delivered } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds);
    const again = await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds);
    expect(again._unsafeUnwrap()).toEqual({ redirectUrl: '/billing?checkout=success' });
    expect(delivered).toHaveLength(2);
  });

  it('Given the yearly plan, When paid, Then the period is a year', async () => {
    const { gateway, delivered } = world();
    const { checkoutId } = (
      await gateway.createCheckout(request({ plan: 'learner-pro-yearly' }))
    )._unsafeUnwrap();
    await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds);
    expect(delivered[0]).toMatchObject({
      subscription: { plan: 'learner-pro-yearly', currentPeriodEnd: '2027-12-01T10:00:00.000Z' },
    });
    expect(delivered[1]).toMatchObject({ invoice: { amountDueMinor: 19000, amountPaidMinor: 19000 } });
  });

  it('Given 4000 0000 0000 0002, When paying, Then PAYMENT_DECLINED, nothing changes, and another card can still pay', async () => {
    const { gateway, delivered } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    const declined = await gateway.payCheckout(checkoutId, '4000 0000 0000 0002');
    expect(declined._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      code: PAYMENT_ERRORS.declined,
      message: 'Your card was declined',
      fields: { cardNumber: 'Your card was declined' },
    });
    expect(delivered).toEqual([]);
    expect((await gateway.describeCheckout(checkoutId))?.status).toBe('open');
    expect((await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds)).isOk()).toBe(true);
    expect(delivered.map((e) => e.type)).toEqual(['subscription.updated', 'invoice.updated']);
  });

  it('Given numbers that are not cards (bad Luhn digit, too short, letters), When paying, Then PAYMENT_CARD_INVALID and nothing changes', async () => {
    const { gateway, delivered } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    for (const number of ['4242 4242 4242 4241', '4242', '4242-abcd-4242-4242', '']) {
      expect((await gateway.payCheckout(checkoutId, number))._unsafeUnwrapErr()).toMatchObject({
        kind: 'Validation',
        code: PAYMENT_ERRORS.invalidCard,
        fields: { cardNumber: 'This is not a valid card number' },
      });
    }
    expect(delivered).toEqual([]);
    expect((await gateway.describeCheckout(checkoutId))?.status).toBe('open');
  });

  it('Given a valid card that is no test card, When paying, Then declined with a hint at the test cards', async () => {
    const { gateway } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    const error = (await gateway.payCheckout(checkoutId, '5555 5555 5555 4444'))._unsafeUnwrapErr();
    expect(error.code).toBe(PAYMENT_ERRORS.declined);
    expect(error.message).toContain('4242 4242 4242 4242');
  });

  it('Given a checkout a day old or unknown, When paying, Then PAYMENT_CHECKOUT_CLOSED or PAYMENT_CHECKOUT_NOT_FOUND', async () => {
    const { gateway, clock, delivered } = world();
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    clock.advance(DAY - 1);
    expect((await gateway.describeCheckout(checkoutId))?.status).toBe('open');
    clock.advance(1);
    expect((await gateway.describeCheckout(checkoutId))?.status).toBe('expired');
    expect(
      (await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds))._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'Precondition',
      code: PAYMENT_ERRORS.checkoutClosed,
    });
    expect(
      (await gateway.payCheckout('lcs_nope', LOCAL_TEST_CARDS.succeeds))._unsafeUnwrapErr(),
    ).toMatchObject({
      kind: 'NotFound',
      code: PAYMENT_ERRORS.checkoutNotFound,
    });
    expect(delivered).toEqual([]);
  });
});

describe('LocalPaymentGateway two checkouts of one user', () => {
  it('Given two open checkouts, When both are paid at once, Then one subscription; the other checkout expired by the payment is refused', async () => {
    const { gateway, delivered } = world();
    const first = (await gateway.createCheckout(request()))._unsafeUnwrap();
    const second = (
      await gateway.createCheckout(request({ idempotencyKey: 'key-2', plan: 'learner-pro-yearly' }))
    )._unsafeUnwrap();
    const [a, b] = await Promise.all([
      gateway.payCheckout(first.checkoutId, LOCAL_TEST_CARDS.succeeds),
      gateway.payCheckout(second.checkoutId, LOCAL_TEST_CARDS.succeeds),
    ]);
    expect(a.isOk()).toBe(true);
    expect(b._unsafeUnwrapErr()).toMatchObject({ code: PAYMENT_ERRORS.checkoutClosed });
    expect(delivered.filter((e) => e.type === 'subscription.updated')).toHaveLength(1);
    expect((await gateway.describeCheckout(second.checkoutId))?.status).toBe('expired');
  });

  it('Given a renewing subscription, When a checkout started after it is paid, Then PAYMENT_ALREADY_SUBSCRIBED and no charge', async () => {
    const w = await subscribed();
    const later = (
      await w.gateway.createCheckout(request({ idempotencyKey: 'key-2', plan: 'learner-pro-yearly' }))
    )._unsafeUnwrap();
    expect(
      (await w.gateway.payCheckout(later.checkoutId, LOCAL_TEST_CARDS.succeeds))._unsafeUnwrapErr(),
    ).toMatchObject({ kind: 'Conflict', code: PAYMENT_ERRORS.alreadySubscribed });
    expect(w.drain()).toEqual([]);
    expect((await w.gateway.describeCheckout(later.checkoutId))?.status).toBe('open');
  });

  it("Given a learner's subscription set to cancel, When another checkout of theirs is paid, Then it goes through; another user's subscription never stands in the way", async () => {
    const w = await subscribed();
    (await w.gateway.setCancelAtPeriodEnd('lsub_0002', true, 'k'))._unsafeUnwrap();
    const yearly = (
      await w.gateway.createCheckout(request({ idempotencyKey: 'key-2', plan: 'learner-pro-yearly' }))
    )._unsafeUnwrap();
    expect((await w.gateway.payCheckout(yearly.checkoutId, LOCAL_TEST_CARDS.succeeds)).isOk()).toBe(true);
    const other = (await w.gateway.createCheckout(request({ userId: 'user-2' })))._unsafeUnwrap();
    expect((await w.gateway.payCheckout(other.checkoutId, LOCAL_TEST_CARDS.succeeds)).isOk()).toBe(true);
  });
});

describe('LocalPaymentGateway renewals on the clock', () => {
  it('Given a paid month, When the clock reaches its end, Then the renewal is a paid invoice and the next period, once', async () => {
    const { at, drain } = await subscribed();
    expect(await at('2027-01-01T09:59:59.999Z')).toEqual({ processed: 0, delivered: 0 });
    expect(await at(JAN_1)).toEqual({ processed: 1, delivered: 2 });
    expect(drain()).toEqual([
      invoiceUpdated('levt_0007', JAN_1, false, {
        providerInvoiceId: 'lin_0006',
        periodStart: JAN_1,
        periodEnd: FEB_1,
      }),
      subscriptionUpdated('levt_0008', '2027-01-01T10:00:00.001Z', {
        currentPeriodStart: JAN_1,
        currentPeriodEnd: FEB_1,
      }),
    ]);
    expect(await at(JAN_1)).toEqual({ processed: 0, delivered: 0 });
    expect(drain()).toEqual([]);
  });

  it('Given months missed, When advancing once, Then each period renews in turn, back to back, with increasing event times', async () => {
    const { at, drain } = await subscribed();
    expect((await at('2027-03-15T00:00:00.000Z')).processed).toBe(3);
    const events = drain();
    const periods = events.flatMap((e) =>
      e.type === 'subscription.updated'
        ? [[e.subscription.currentPeriodStart, e.subscription.currentPeriodEnd]]
        : [],
    );
    expect(periods).toEqual([
      [JAN_1, FEB_1],
      [FEB_1, '2027-03-01T10:00:00.000Z'],
      ['2027-03-01T10:00:00.000Z', '2027-04-01T10:00:00.000Z'],
    ]);
    const times = events.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(times.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('Given a subscription from 31 January, When it renews, Then periods end on the last day of short months and on the 31st again after', async () => {
    const { at, drain } = await subscribed(LOCAL_TEST_CARDS.succeeds, '2027-01-31T12:00:00.000Z');
    await at('2027-04-01T00:00:00.000Z');
    const ends = drain().flatMap((e) =>
      e.type === 'subscription.updated' ? [e.subscription.currentPeriodEnd] : [],
    );
    expect(ends).toEqual(['2027-03-31T12:00:00.000Z', '2027-04-30T12:00:00.000Z']);
  });

  it('Given 4000 0000 0000 0341, When it renews, Then an open invoice with a failed payment and past_due; retried daily; the third failure makes it unpaid', async () => {
    const { at, drain, gateway } = await subscribed('4000 0000 0000 0341');
    const open = {
      providerInvoiceId: 'lin_0006',
      status: 'open' as const,
      amountPaidMinor: 0,
      periodStart: JAN_1,
      periodEnd: FEB_1,
    };

    await at(JAN_1);
    expect(drain()).toEqual([
      invoiceUpdated('levt_0007', JAN_1, true, open),
      subscriptionUpdated('levt_0008', '2027-01-01T10:00:00.001Z', {
        status: 'past_due',
        currentPeriodStart: JAN_1,
        currentPeriodEnd: FEB_1,
      }),
    ]);

    expect(await at('2027-01-02T09:59:59.000Z')).toEqual({ processed: 0, delivered: 0 });
    await at('2027-01-02T10:00:00.000Z');
    expect(drain()).toEqual([invoiceUpdated('levt_0009', '2027-01-02T10:00:00.000Z', true, open)]);

    await at('2027-01-03T10:00:00.000Z');
    expect(drain()).toEqual([
      invoiceUpdated('levt_0010', '2027-01-03T10:00:00.000Z', true, open),
      subscriptionUpdated('levt_0011', '2027-01-03T10:00:00.001Z', {
        status: 'unpaid',
        currentPeriodStart: JAN_1,
        currentPeriodEnd: FEB_1,
      }),
    ]);

    expect(await at('2027-06-01T00:00:00.000Z')).toEqual({ processed: 0, delivered: 0 });
    expect((await gateway.setCancelAtPeriodEnd('lsub_0002', true, 'k'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'Precondition',
      code: PAYMENT_ERRORS.subscriptionEnded,
    });
  });

  it('Given a failing card and the clock days past the renewal, When advancing once, Then the renewal and both retries happen on their schedule', async () => {
    const { at, drain } = await subscribed(LOCAL_TEST_CARDS.renewalsFail);
    expect((await at('2027-01-10T00:00:00.000Z')).processed).toBe(3);
    expect(
      drain().map((e) =>
        e.type === 'invoice.updated' ? `invoice failed=${e.paymentFailed}` : e.subscription.status,
      ),
    ).toEqual(['invoice failed=true', 'past_due', 'invoice failed=true', 'invoice failed=true', 'unpaid']);
  });
});

describe('LocalPaymentGateway cancel and resume', () => {
  it('Given an active subscription, When cancelled at period end, Then delivered at once; a repeat changes nothing; at the period end it is canceled without a charge', async () => {
    const { gateway, at, drain, clock } = await subscribed();
    clock.advance(DAY);
    expect((await gateway.setCancelAtPeriodEnd('lsub_0002', true, 'cancel-1')).isOk()).toBe(true);
    expect(drain()).toEqual([
      subscriptionUpdated('levt_0006', '2026-12-02T10:00:00.000Z', {
        cancelAtPeriodEnd: true,
        canceledAt: '2026-12-02T10:00:00.000Z',
      }),
    ]);
    expect((await gateway.setCancelAtPeriodEnd('lsub_0002', true, 'cancel-1')).isOk()).toBe(true);
    expect(drain()).toEqual([]);

    await at(JAN_1);
    expect(drain()).toEqual([
      subscriptionUpdated('levt_0007', JAN_1, {
        status: 'canceled',
        cancelAtPeriodEnd: true,
        canceledAt: '2026-12-02T10:00:00.000Z',
      }),
    ]);
    expect(await at(FEB_1)).toEqual({ processed: 0, delivered: 0 });
  });

  it('Given a cancellation, When resumed before the period ends, Then it is cleared and the subscription renews', async () => {
    const { gateway, at, drain, clock } = await subscribed();
    await gateway.setCancelAtPeriodEnd('lsub_0002', true, 'cancel-1');
    clock.advance(DAY);
    await gateway.setCancelAtPeriodEnd('lsub_0002', false, 'resume-1');
    expect(drain()[1]).toEqual(
      subscriptionUpdated('levt_0007', '2026-12-02T10:00:00.000Z', {
        cancelAtPeriodEnd: false,
        canceledAt: null,
      }),
    );
    await at(JAN_1);
    expect(
      drain().map((e) => (e.type === 'invoice.updated' ? e.invoice.status : e.subscription.status)),
    ).toEqual(['paid', 'active']);
  });

  it('Given a past_due subscription, When cancelled at period end, Then delivered at once, and the retries still run until it is unpaid', async () => {
    const { gateway, at, drain } = await subscribed(LOCAL_TEST_CARDS.renewalsFail);
    await at(JAN_1);
    drain();
    expect((await gateway.setCancelAtPeriodEnd('lsub_0002', true, 'cancel-1')).isOk()).toBe(true);
    expect(drain()).toEqual([
      subscriptionUpdated('levt_0009', '2027-01-01T10:00:00.002Z', {
        status: 'past_due',
        currentPeriodStart: JAN_1,
        currentPeriodEnd: FEB_1,
        cancelAtPeriodEnd: true,
        canceledAt: JAN_1,
      }),
    ]);
    await at(FEB_1);
    expect(
      drain().map((e) => (e.type === 'invoice.updated' ? 'retry failed' : e.subscription.status)),
    ).toEqual(['retry failed', 'retry failed', 'unpaid']);
  });

  it('Given an unknown subscription, When cancelling, Then PAYMENT_SUBSCRIPTION_NOT_FOUND', async () => {
    const { gateway } = world();
    expect((await gateway.setCancelAtPeriodEnd('lsub_nope', true, 'k'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'NotFound',
      code: PAYMENT_ERRORS.subscriptionNotFound,
    });
  });
});

describe('LocalPaymentGateway delivery', () => {
  it('Given the receiver fails, When paying, Then the payment stands, the events stay queued, and the next advance delivers them with the same ids', async () => {
    let failing = true;
    const received: ProviderEvent[] = [];
    const { gateway, deliveryErrors } = world({
      deliver: async (event) => {
        if (failing) throw new Error('billing is down');
        received.push(event);
      },
    });
    const { checkoutId } = (await gateway.createCheckout(request()))._unsafeUnwrap();
    expect((await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds)).isOk()).toBe(true);
    expect(deliveryErrors).toHaveLength(1);
    expect(received).toEqual([]);
    expect(await gateway.advance()).toEqual({ processed: 0, delivered: 0 });
    failing = false;
    expect(await gateway.advance()).toEqual({ processed: 0, delivered: 2 });
    expect(received.map((e) => e.id)).toEqual(['levt_0004', 'levt_0005']);
  });

  it("Given one customer's event the receiver always refuses, When delivering, Then other customers' events go on, that customer's later events wait, and after 5 attempts it is parked with its error and the rest follow", async () => {
    const received: ProviderEvent[] = [];
    const { gateway, store, parked } = world({
      deliver: async (event) => {
        if (event.id === 'levt_0004') throw new Error('mirror refuses levt_0004');
        received.push(event);
      },
    });
    const pay = async (userId: string) => {
      const { checkoutId } = (await gateway.createCheckout(request({ userId })))._unsafeUnwrap();
      (await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds))._unsafeUnwrap();
    };
    await pay('user-1'); // attempt 1 of levt_0004; its invoice levt_0005 waits behind it
    await pay('user-2'); // attempt 2; user-2's events are delivered all the same
    expect(received.map((e) => e.id)).toEqual(['levt_0009', 'levt_0010']);
    await gateway.advance();
    await gateway.advance();
    expect(received.map((e) => e.id)).not.toContain('levt_0005');
    expect(parked).toEqual([]);
    expect(await gateway.advance()).toEqual({ processed: 0, delivered: 1 });
    expect(parked.map((e) => e.id)).toEqual(['levt_0004']);
    expect(received.map((e) => e.id)).toEqual(['levt_0009', 'levt_0010', 'levt_0005']);
    expect(await store.parkedEvents()).toEqual([
      expect.objectContaining({ attempts: 5, error: 'mirror refuses levt_0004' }),
    ]);
    expect(await gateway.advance()).toEqual({ processed: 0, delivered: 0 });
  });

  it('Given two advances at once, When a renewal is due, Then it happens once', async () => {
    const { gateway, clock, drain } = await subscribed();
    clock.advance(40 * DAY);
    const runs = await Promise.all([gateway.advance(), gateway.advance()]);
    expect(runs.map((r) => r.processed).sort()).toEqual([0, 1]);
    expect(runs.map((r) => r.delivered).sort()).toEqual([0, 2]);
    expect(drain().map((e) => e.type)).toEqual(['invoice.updated', 'subscription.updated']);
  });

  it('Given the local provider, When asked for a portal or a webhook, Then PAYMENT_UNSUPPORTED', async () => {
    const { gateway } = world();
    expect((await gateway.createPortal())._unsafeUnwrapErr().code).toBe(PAYMENT_ERRORS.unsupported);
    expect(gateway.verifyWebhook()._unsafeUnwrapErr().code).toBe(PAYMENT_ERRORS.unsupported);
  });
});
