import type { ProviderEvent } from '@talentsphere/application/billing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase, hasPostgres, type TestDatabase } from '../../../../tools/testing/services';
import { openDatabase } from '../persistence';
import { ManualClock, uuidV7Ids } from '../system';
import { KyselyLocalPaymentStore } from './kysely-local-payment-store';
import { LocalPaymentGateway } from './local-payment-gateway';
import { LOCAL_TEST_CARDS } from './local-test-cards';

const START = new Date('2026-12-01T10:00:00.000Z');

/** Several processes' gateways on one PostgreSQL database: their own pools, one clock. */
describe.skipIf(!hasPostgres())(
  'KyselyLocalPaymentStore on PostgreSQL: advancing from several processes',
  () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase({ poolSize: 4 });
    });
    afterAll(async () => {
      await database?.drop();
    });
    // Claims look at every subscription: each test starts from empty books.
    beforeEach(async () => {
      for (const table of [
        'local_payment_events',
        'local_payment_invoices',
        'local_payment_subscriptions',
      ] as const) {
        await database.handle.db.deleteFrom(table).execute();
      }
    });

    it('Given a subscription claimed by one transaction, When another claims at once, Then it skips to the next due one instead of waiting', async () => {
      const store = new KyselyLocalPaymentStore(database.handle.db);
      const clock = new ManualClock(START);
      const gateway = new LocalPaymentGateway({
        store,
        clock,
        ids: uuidV7Ids,
        checkoutBaseUrl: '/billing/checkout',
        deliver: async () => {},
      });
      for (const userId of ['skip-1', 'skip-2']) {
        const { checkoutId } = (
          await gateway.createCheckout({
            userId,
            email: `${userId}@example.com`,
            providerCustomerId: null,
            plan: 'learner-pro-monthly',
            successUrl: '/ok',
            cancelUrl: '/no',
            idempotencyKey: 'k',
          })
        )._unsafeUnwrap();
        (await gateway.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds))._unsafeUnwrap();
        clock.advance(1);
      }
      const due = new Date('2027-02-01T00:00:00.000Z');
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstClaimed!: (id: string | undefined) => void;
      const first = new Promise<string | undefined>((resolve) => {
        firstClaimed = resolve;
      });
      const holder = store.transaction(async (tx) => {
        firstClaimed((await tx.claimDueSubscription(due))?.id);
        await held;
      });
      const firstId = await first;
      const secondId = await store.transaction(async (tx) => (await tx.claimDueSubscription(due))?.id);
      release();
      await holder;
      expect(firstId).toBeDefined();
      expect(secondId).toBeDefined();
      expect(secondId).not.toBe(firstId);
    });

    it('Given many renewals due, When three processes advance at once, Then each is charged exactly once and every event is delivered with a unique id', async () => {
      const clock = new ManualClock(new Date('2027-06-01T10:00:00.000Z'));
      const delivered: ProviderEvent[] = [];
      const pools = [0, 1, 2].map(() => openDatabase({ kind: 'postgres', url: database.url, poolSize: 2 }));
      const [a, b, c] = pools.map(
        (handle) =>
          new LocalPaymentGateway({
            store: new KyselyLocalPaymentStore(handle.db),
            clock,
            ids: uuidV7Ids,
            checkoutBaseUrl: '/billing/checkout',
            deliver: async (event) => {
              delivered.push(event);
            },
          }),
      ) as [LocalPaymentGateway, LocalPaymentGateway, LocalPaymentGateway];
      onTestFinished(async () => {
        await Promise.all(pools.map((handle) => handle.close()));
      });
      const subscribers = Array.from({ length: 12 }, (_, i) => `many-${i}`);
      for (const userId of subscribers) {
        const { checkoutId } = (
          await a.createCheckout({
            userId,
            email: `${userId}@example.com`,
            providerCustomerId: null,
            plan: 'learner-pro-monthly',
            successUrl: '/ok',
            cancelUrl: '/no',
            idempotencyKey: 'k',
          })
        )._unsafeUnwrap();
        (await a.payCheckout(checkoutId, LOCAL_TEST_CARDS.succeeds))._unsafeUnwrap();
      }
      delivered.length = 0;
      clock.advance(31 * 86_400);

      const runs = await Promise.all([a.advance(), b.advance(), c.advance()]);

      expect(runs.reduce((sum, run) => sum + run.processed, 0)).toBe(subscribers.length);
      const invoices = delivered.filter((e) => e.type === 'invoice.updated');
      const distinctInvoices = new Set(invoices.map((e) => e.invoice.providerInvoiceId));
      expect(distinctInvoices.size).toBe(subscribers.length);
      const renewed = new Set(invoices.map((e) => e.invoice.providerSubscriptionId));
      expect(renewed.size).toBe(subscribers.length);
      // A queued event may reach the receiver from two processes; its id is what makes that harmless.
      expect(new Set(delivered.map((e) => e.id)).size).toBe(subscribers.length * 2);
      expect(await a.advance()).toEqual({ processed: 0, delivered: 0 });
    });
  },
);
