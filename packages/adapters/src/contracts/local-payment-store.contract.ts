import type { ProviderEvent } from '@talentsphere/application/billing';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalPaymentGateway } from '../payments/local-payment-gateway';
import type {
  LocalCheckout,
  LocalInvoice,
  LocalPaymentStore,
  LocalSubscription,
} from '../payments/local-payment-store';
import { LOCAL_TEST_CARDS } from '../payments/local-test-cards';
import { ManualClock } from '../system';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * 86_400_000);

const aCheckout = (overrides: Partial<LocalCheckout> = {}): LocalCheckout => ({
  id: `lcs_${v7()}`,
  userId: v7(),
  email: 'ada@example.com',
  customerId: `lcus_${v7()}`,
  plan: 'learner-pro-monthly',
  status: 'open',
  successUrl: '/billing?checkout=success',
  cancelUrl: '/pricing',
  idempotencyKey: `key-${v7()}`,
  subscriptionId: null,
  createdAt: T0,
  expiresAt: at(1),
  ...overrides,
});

const aSubscription = (overrides: Partial<LocalSubscription> = {}): LocalSubscription => ({
  id: `lsub_${v7()}`,
  customerId: 'lcus_1',
  userId: v7(),
  plan: 'learner-pro-monthly',
  status: 'active',
  billingAnchor: T0,
  currentPeriodStart: T0,
  currentPeriodEnd: at(31),
  cancelAtPeriodEnd: false,
  canceledAt: null,
  cardLast4: '4242',
  cardBehaviour: 'succeeds',
  nextAttemptAt: null,
  dueAt: at(31),
  lastEventAt: T0,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

const anInvoice = (subscription: LocalSubscription, overrides: Partial<LocalInvoice> = {}): LocalInvoice => ({
  id: `lin_${v7()}`,
  subscriptionId: subscription.id,
  customerId: subscription.customerId,
  status: 'paid',
  currency: 'USD',
  amountDueMinor: 1900,
  amountPaidMinor: 1900,
  periodStart: T0,
  periodEnd: at(31),
  attempts: 1,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

const anEvent = (createdAt: Date, id = `levt_${v7()}`): ProviderEvent => ({
  id,
  createdAt: createdAt.toISOString(),
  type: 'invoice.updated',
  paymentFailed: false,
  invoice: {
    providerInvoiceId: 'lin_1',
    providerSubscriptionId: 'lsub_1',
    providerCustomerId: 'lcus_1',
    status: 'paid',
    currency: 'USD',
    amountDueMinor: 1900,
    amountPaidMinor: 1900,
    periodStart: T0.toISOString(),
    periodEnd: at(31).toISOString(),
    hostedUrl: null,
  },
});

/**
 * What every LocalPaymentStore must do. `subject` gives a store with empty local_payment books
 * (claims and event queues look at all of them).
 */
export function localPaymentStoreContract(adapter: string, subject: () => Promise<LocalPaymentStore>): void {
  describe(`LocalPaymentStore contract: ${adapter}`, () => {
    let store: LocalPaymentStore;
    beforeEach(async () => {
      store = await subject();
    });

    it('Given a checkout, When read back, locked and completed, Then every field round-trips', async () => {
      const checkout = aCheckout();
      expect(await store.transaction((tx) => tx.insertCheckout(checkout))).toBe(true);
      expect(await store.findCheckout(checkout.id)).toEqual(checkout);
      const completed = { ...checkout, status: 'completed' as const, subscriptionId: 'lsub_x' };
      await store.transaction(async (tx) => {
        expect(await tx.lockCheckoutsOfUser(checkout.userId)).toEqual([checkout]);
        expect(await tx.lockCheckoutsOfUser('user-nobody')).toEqual([]);
        await tx.updateCheckout(completed);
      });
      expect(await store.findCheckout(checkout.id)).toEqual(completed);
      expect(await store.findCheckout('lcs_missing')).toBeUndefined();
    });

    it("Given a user's checkout under a key, When another is inserted under the same key, Then it is refused and the key finds the first; another user may use the key", async () => {
      const first = aCheckout();
      const repeat = aCheckout({ userId: first.userId, idempotencyKey: first.idempotencyKey });
      const otherUser = aCheckout({ idempotencyKey: first.idempotencyKey });
      await store.transaction(async (tx) => {
        expect(await tx.insertCheckout(first)).toBe(true);
        expect(await tx.insertCheckout(repeat)).toBe(false);
        expect(await tx.insertCheckout(otherUser)).toBe(true);
        expect(await tx.findCheckoutByKey(first.userId, first.idempotencyKey)).toEqual(first);
        expect(await tx.findCheckoutByKey(first.userId, 'key-other')).toBeUndefined();
      });
      expect(await store.findCheckout(repeat.id)).toBeUndefined();
    });

    it('Given a subscription, When locked and updated, Then every field round-trips, nulls included', async () => {
      const subscription = aSubscription();
      const changed: LocalSubscription = {
        ...subscription,
        status: 'past_due',
        currentPeriodStart: at(31),
        currentPeriodEnd: at(62),
        cancelAtPeriodEnd: true,
        canceledAt: at(3),
        cardBehaviour: 'renewals-fail',
        cardLast4: '0341',
        nextAttemptAt: at(32),
        dueAt: at(32),
        lastEventAt: new Date(at(31).getTime() + 1),
        updatedAt: at(31),
      };
      await store.transaction((tx) => tx.insertSubscription(subscription));
      await store.transaction(async (tx) => {
        expect(await tx.lockSubscription(subscription.id)).toEqual(subscription);
        await tx.updateSubscription(changed);
      });
      expect(await store.transaction((tx) => tx.lockSubscription(subscription.id))).toEqual(changed);
      const ended = { ...changed, status: 'unpaid' as const, nextAttemptAt: null, dueAt: null };
      await store.transaction((tx) => tx.updateSubscription(ended));
      expect(await store.transaction((tx) => tx.lockSubscription(subscription.id))).toEqual(ended);
      expect(await store.transaction((tx) => tx.lockSubscription('lsub_missing'))).toBeUndefined();
      expect(await store.transaction((tx) => tx.subscriptionsOfUser(subscription.userId))).toEqual([ended]);
      expect(await store.transaction((tx) => tx.subscriptionsOfUser('user-nobody'))).toEqual([]);
    });

    it('Given subscriptions due at different times, not yet due and never, When claiming, Then the soonest due comes first and only what is due', async () => {
      const later = aSubscription({ dueAt: at(5) });
      const sooner = aSubscription({ dueAt: at(2) });
      const notYet = aSubscription({ dueAt: at(40) });
      const never = aSubscription({ status: 'canceled', dueAt: null });
      await store.transaction(async (tx) => {
        for (const s of [later, sooner, notYet, never]) await tx.insertSubscription(s);
      });
      expect(await store.transaction((tx) => tx.claimDueSubscription(at(1)))).toBeUndefined();
      expect((await store.transaction((tx) => tx.claimDueSubscription(at(10))))?.id).toBe(sooner.id);
      await store.transaction((tx) => tx.updateSubscription({ ...sooner, dueAt: null }));
      expect((await store.transaction((tx) => tx.claimDueSubscription(at(5))))?.id).toBe(later.id);
      await store.transaction((tx) => tx.updateSubscription({ ...later, dueAt: at(36) }));
      expect(await store.transaction((tx) => tx.claimDueSubscription(at(10)))).toBeUndefined();
    });

    it("Given a subscription's invoices, When listed and the open one is sought and paid, Then in order, the newest open one, then none", async () => {
      const subscription = aSubscription();
      const first = anInvoice(subscription);
      const open = anInvoice(subscription, {
        status: 'open',
        amountPaidMinor: 0,
        attempts: 1,
        periodStart: at(31),
        periodEnd: at(62),
        createdAt: at(31),
        updatedAt: at(31),
      });
      const elsewhere = anInvoice(aSubscription());
      await store.transaction(async (tx) => {
        await tx.insertSubscription(subscription);
        await tx.insertSubscription({ ...aSubscription(), id: elsewhere.subscriptionId });
        await tx.insertInvoice(open);
        await tx.insertInvoice(first);
        await tx.insertInvoice(elsewhere);
      });
      await store.transaction(async (tx) => {
        expect(await tx.listInvoices(subscription.id)).toEqual([first, open]);
        expect(await tx.findOpenInvoice(subscription.id)).toEqual(open);
        await tx.updateInvoice({
          ...open,
          status: 'paid',
          amountPaidMinor: 1900,
          attempts: 2,
          updatedAt: at(32),
        });
      });
      await store.transaction(async (tx) => {
        expect(await tx.findOpenInvoice(subscription.id)).toBeUndefined();
        expect((await tx.listInvoices(subscription.id))[1]).toMatchObject({ status: 'paid', attempts: 2 });
      });
    });

    it('Given queued events, When read, Then undelivered ones oldest first (ties by id), whole, up to the limit; delivered ones no more', async () => {
      const third = anEvent(at(2));
      const tiedB = anEvent(at(1), 'levt_b');
      const tiedA = anEvent(at(1), 'levt_a');
      await store.transaction((tx) => tx.insertEvents([third, tiedB]));
      await store.transaction((tx) => tx.insertEvents([tiedA]));
      await store.transaction((tx) => tx.insertEvents([]));
      expect(await store.undeliveredEvents(10)).toEqual([tiedA, tiedB, third]);
      expect(await store.undeliveredEvents(2)).toEqual([tiedA, tiedB]);
      await store.markDelivered(tiedA.id, at(3));
      await store.markDelivered(tiedA.id, at(4));
      expect(await store.undeliveredEvents(10)).toEqual([tiedB, third]);
    });

    it('Given an event whose deliveries fail, When failures are counted, Then it is offered again until the limit, then parked with the last error and offered no more', async () => {
      const failing = anEvent(at(1), 'levt_failing');
      const other = anEvent(at(2), 'levt_other');
      await store.transaction((tx) => tx.insertEvents([failing, other]));
      const fail = (n: number) =>
        store.recordFailedDelivery(failing.id, { error: `refused ${n}`, at: at(3 + n), maxAttempts: 3 });
      expect(await fail(1)).toBe('retry');
      expect(await fail(2)).toBe('retry');
      expect(await store.undeliveredEvents(10)).toEqual([failing, other]);
      expect(await store.parkedEvents()).toEqual([]);
      expect(await fail(3)).toBe('parked');
      expect(await store.undeliveredEvents(10)).toEqual([other]);
      expect(await store.parkedEvents()).toEqual([
        { event: failing, attempts: 3, error: 'refused 3', failedAt: at(6) },
      ]);
    });

    it('Given work that throws, When run in a transaction, Then nothing it wrote remains', async () => {
      const checkout = aCheckout();
      const subscription = aSubscription();
      await expect(
        store.transaction(async (tx) => {
          await tx.insertCheckout(checkout);
          await tx.insertSubscription(subscription);
          await tx.insertEvents([anEvent(T0)]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.findCheckout(checkout.id)).toBeUndefined();
      expect(await store.transaction((tx) => tx.lockSubscription(subscription.id))).toBeUndefined();
      expect(await store.undeliveredEvents(10)).toEqual([]);
    });

    it('Given the local gateway on this store, When a failing card renews and retries, Then the same events as on any store', async () => {
      const clock = new ManualClock(T0);
      const delivered: ProviderEvent[] = [];
      const gateway = new LocalPaymentGateway({
        store,
        clock,
        ids: { next: v7 },
        checkoutBaseUrl: '/billing/checkout',
        deliver: async (event) => {
          delivered.push(event);
        },
      });
      const { checkoutId } = (
        await gateway.createCheckout({
          userId: 'user-1',
          email: 'ada@example.com',
          providerCustomerId: null,
          plan: 'learner-pro-monthly',
          successUrl: '/ok',
          cancelUrl: '/no',
          idempotencyKey: 'k1',
        })
      )._unsafeUnwrap();
      (await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.renewalsFail))._unsafeUnwrap();
      clock.advance(33 * 86_400);
      expect(await gateway.advance()).toEqual({ processed: 3, delivered: 5 });
      expect(await gateway.advance()).toEqual({ processed: 0, delivered: 0 });
      expect(
        delivered.map((e) =>
          e.type === 'subscription.updated'
            ? `${e.subscription.status} ${e.subscription.currentPeriodEnd}`
            : `invoice ${e.invoice.status} ${e.invoice.amountPaidMinor} failed=${e.paymentFailed}`,
        ),
      ).toEqual([
        'active 2027-01-01T10:00:00.000Z',
        'invoice paid 1900 failed=false',
        'invoice open 0 failed=true',
        'past_due 2027-02-01T10:00:00.000Z',
        'invoice open 0 failed=true',
        'invoice open 0 failed=true',
        'unpaid 2027-02-01T10:00:00.000Z',
      ]);
      expect((await gateway.describeCheckout(checkoutId))?.status).toBe('completed');
    });
  });
}
