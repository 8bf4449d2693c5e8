import type { BillingQueries } from '@talentsphere/application/billing';
import type { AppError, UnitOfWork } from '@talentsphere/application/shared';
import type { Invoice, Subscription } from '@talentsphere/domain/billing';
import { err, ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCorrelationId, committed, NOW } from './contract-fixtures';
import { storedUser } from './recruiting-fixtures';

const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

function aSubscription(userId: string, o: Partial<Subscription> = {}): Subscription {
  return {
    id: v7(),
    userId,
    provider: 'local',
    providerSubscriptionId: `sub_${v7()}`,
    providerCustomerId: `cus_${userId}`,
    plan: 'learner-pro-monthly',
    status: 'active',
    currentPeriodStart: at(0),
    currentPeriodEnd: at(30),
    cancelAtPeriodEnd: false,
    canceledAt: null,
    startedAt: at(0),
    shownEvent: { at: at(0), eventId: `evt_${v7()}` },
    createdAt: at(0),
    updatedAt: at(0),
    ...o,
  };
}

function anInvoice(subscription: Subscription, o: Partial<Invoice> = {}): Invoice {
  return {
    id: v7(),
    userId: subscription.userId,
    providerInvoiceId: `in_${v7()}`,
    providerSubscriptionId: subscription.providerSubscriptionId,
    providerCustomerId: subscription.providerCustomerId,
    status: 'paid',
    currency: 'USD',
    amountDueMinor: 1900,
    amountPaidMinor: 1900,
    periodStart: at(0),
    periodEnd: at(30),
    hostedUrl: null,
    shownEvent: { at: at(0), eventId: `evt_${v7()}` },
    createdAt: at(0),
    updatedAt: at(0),
    ...o,
  };
}

/** What every adapter of billing's repositories (and its read side) must do. */
export function billingRepositoriesContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; queries: BillingQueries }>,
): void {
  describe(`Billing repositories contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    let queries: BillingQueries;
    beforeEach(async () => {
      ({ uow, queries } = await subject());
    });

    it('Given a customer, When found by user or by provider id, Then the same record; a second one for the user or the id is a duplicate', async () => {
      const { user, other, customer } = await committed(uow, async (scope) => {
        const world = { user: await storedUser(scope), other: await storedUser(scope, 'Other') };
        const customer = {
          userId: world.user.id,
          provider: 'local' as const,
          providerCustomerId: `cus_${v7()}`,
          createdAt: NOW,
        };
        expect(await scope.billingCustomers.insert(customer)).toBe('inserted');
        return { ...world, customer };
      });
      await committed(uow, async (scope) => {
        expect(await scope.billingCustomers.findByUser(user.id, 'local')).toEqual(customer);
        expect(await scope.billingCustomers.findByUser(user.id, 'stripe')).toBeUndefined();
        expect(
          await scope.billingCustomers.findByProviderCustomer('local', customer.providerCustomerId, 'update'),
        ).toEqual(customer);
        expect(await scope.billingCustomers.insert({ ...customer, providerCustomerId: `cus_${v7()}` })).toBe(
          'duplicate',
        );
        expect(await scope.billingCustomers.insert({ ...customer, userId: other.id })).toBe('duplicate');
        expect(
          await scope.billingCustomers.insert({
            ...customer,
            provider: 'stripe',
            providerCustomerId: `cus_${v7()}`,
          }),
        ).toBe('inserted');
      });
    });

    it('Given a subscription saved and saved again changed, When read back, Then the latest state, dates and event position intact', async () => {
      const saved = await committed(uow, async (scope) => {
        const user = await storedUser(scope);
        const subscription = aSubscription(user.id);
        await scope.subscriptions.save(subscription);
        const changed: Subscription = {
          ...subscription,
          status: 'canceled',
          cancelAtPeriodEnd: true,
          canceledAt: at(30),
          shownEvent: { at: at(30), eventId: 'evt_later' },
          updatedAt: at(30),
        };
        await scope.subscriptions.save(changed);
        return changed;
      });
      await committed(uow, async (scope) => {
        expect(await scope.subscriptions.findByProviderId(saved.providerSubscriptionId)).toEqual(saved);
        expect(await scope.subscriptions.findById(saved.id)).toEqual(saved);
        expect(await scope.subscriptions.findByProviderId(`sub_${v7()}`)).toBeUndefined();
      });
    });

    it('Given paid, open and other subscriptions’ invoices, When access is read, Then each subscription of the user with the end of its latest paid period', async () => {
      const { user, first, second } = await committed(uow, async (scope) => {
        const user = await storedUser(scope);
        const stranger = await storedUser(scope, 'Stranger');
        const first = aSubscription(user.id);
        const second = aSubscription(user.id, { plan: 'learner-pro-yearly', status: 'past_due' });
        const theirs = aSubscription(stranger.id);
        for (const s of [first, second, theirs]) await scope.subscriptions.save(s);
        await scope.invoices.save(anInvoice(first, { periodEnd: at(30) }));
        await scope.invoices.save(anInvoice(first, { periodStart: at(30), periodEnd: at(60) }));
        await scope.invoices.save(
          anInvoice(first, { status: 'open', amountPaidMinor: 0, periodStart: at(60), periodEnd: at(90) }),
        );
        await scope.invoices.save(anInvoice(second, { status: 'open', amountPaidMinor: 0 }));
        await scope.invoices.save(anInvoice(theirs, { periodEnd: at(365) }));
        return { user, first, second };
      });
      const access = await committed(uow, (scope) => scope.subscriptions.accessOf(user.id));
      expect(access.sort((a, b) => (a.subscription.id < b.subscription.id ? -1 : 1))).toEqual(
        [
          { subscription: first, paidThrough: at(60) },
          { subscription: second, paidThrough: null },
        ].sort((a, b) => (a.subscription.id < b.subscription.id ? -1 : 1)),
      );
    });

    it('Given an invoice of the largest safe amount, When saved, changed and read back, Then the same integers', async () => {
      const invoice = await committed(uow, async (scope) => {
        const user = await storedUser(scope);
        const open = anInvoice(aSubscription(user.id), {
          status: 'open',
          amountDueMinor: Number.MAX_SAFE_INTEGER,
          amountPaidMinor: 0,
        });
        await scope.invoices.save(open);
        const paid = {
          ...open,
          status: 'paid' as const,
          amountPaidMinor: Number.MAX_SAFE_INTEGER,
          updatedAt: at(1),
        };
        await scope.invoices.save(paid);
        return paid;
      });
      const read = await committed(uow, (scope) =>
        scope.invoices.findByProviderId(invoice.providerInvoiceId),
      );
      expect(read).toEqual(invoice);
      expect(Number.isSafeInteger(read?.amountDueMinor)).toBe(true);
    });

    it('Given a provider event recorded, When recorded again, Then duplicate; one recorded in a rolled-back transaction was not', async () => {
      const eventId = `evt_${v7()}`;
      const entry = {
        provider: 'stripe' as const,
        eventId,
        type: 'invoice.updated',
        occurredAt: NOW,
        processedAt: NOW,
      };
      const rolledBack = await uow.run(
        (scope) =>
          new ResultAsync(
            (async () => {
              await scope.providerEvents.record({ ...entry, eventId: `${eventId}-rolled-back` });
              return err<void, AppError>({ kind: 'Conflict', code: 'TEST', message: 'roll back' });
            })(),
          ),
        { correlationId: aCorrelationId() },
      );
      expect(rolledBack.isErr()).toBe(true);
      await committed(uow, async (scope) => {
        expect(await scope.providerEvents.record(entry)).toBe('recorded');
      });
      await committed(uow, async (scope) => {
        expect(await scope.providerEvents.record(entry)).toBe('duplicate');
        expect(await scope.providerEvents.record({ ...entry, provider: 'local' })).toBe('recorded');
        expect(await scope.providerEvents.record({ ...entry, eventId: `${eventId}-rolled-back` })).toBe(
          'recorded',
        );
      });
    });

    it('Given a checkout answer kept for a key, When kept again for the key, Then duplicate and the first stays', async () => {
      const first = await committed(uow, async (scope) => {
        const user = await storedUser(scope);
        const record = {
          userId: user.id,
          idempotencyKey: 'key-0001',
          plan: 'learner-pro-monthly',
          checkoutId: 'cs_1',
          url: '/billing/checkout/cs_1',
          createdAt: NOW,
        };
        expect(await scope.checkoutRecords.insert(record)).toBe('inserted');
        return record;
      });
      await committed(uow, async (scope) => {
        expect(await scope.checkoutRecords.insert({ ...first, checkoutId: 'cs_2', url: '/other' })).toBe(
          'duplicate',
        );
        expect(await scope.checkoutRecords.find(first.userId, 'key-0001')).toEqual(first);
        expect(await scope.checkoutRecords.find(first.userId, 'key-0002')).toBeUndefined();
      });
    });

    it("Given a user's invoices, When listed, Then theirs only, latest period first, at most the limit", async () => {
      const { user, invoices } = await committed(uow, async (scope) => {
        const user = await storedUser(scope);
        const stranger = await storedUser(scope, 'Stranger');
        const subscription = aSubscription(user.id);
        const invoices = [0, 1, 2].map((n) =>
          anInvoice(subscription, { periodStart: at(30 * n), periodEnd: at(30 * (n + 1)) }),
        );
        for (const i of invoices) await scope.invoices.save(i);
        await scope.invoices.save(anInvoice(aSubscription(stranger.id)));
        return { user, invoices };
      });
      const listed = await queries.invoicesOf(user.id, 2);
      expect(listed.map((i) => i.id)).toEqual([invoices[2]?.id, invoices[1]?.id]);
      expect(listed[0]).toMatchObject({
        status: 'paid',
        amountPaidMinor: 1900,
        currency: 'USD',
        periodEnd: at(90),
      });
    });
  });
}
