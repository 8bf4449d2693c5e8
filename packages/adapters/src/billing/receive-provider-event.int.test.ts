import { type ProviderEvent, ReceiveProviderEvent } from '@talentsphere/application/billing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase, createTestDatabase, hasPostgres } from '../../../../tools/testing/services';
import { aUser } from '../contracts/contract-fixtures';
import { ScriptedPaymentGateway } from '../in-memory/billing-testbed';
import { type DatabaseHandle, KyselyUnitOfWork } from '../persistence';
import { ManualClock, uuidV7Ids } from '../system';

const DAY_SECONDS = 86_400;

/**
 * A provider's history of one subscription, as its events: paid, renewed, cancel asked for and
 * withdrawn, a failed renewal, cancelled again and ended. Answers the events in the order they
 * happened.
 */
async function providerHistory(customerUserId: string, idPrefix: string): Promise<ProviderEvent[]> {
  const clock = new ManualClock(new Date('2026-02-01T00:00:00.000Z'));
  const provider = new ScriptedPaymentGateway('stripe', clock, idPrefix);
  const events: ProviderEvent[] = [];
  provider.deliver = async (event) => {
    events.push(event);
  };
  const checkout = (
    await provider.createCheckout({
      userId: customerUserId,
      email: 'replay@example.com',
      providerCustomerId: null,
      plan: 'learner-pro-monthly',
      successUrl: '/billing',
      cancelUrl: '/pricing',
      idempotencyKey: 'replay',
    })
  )._unsafeUnwrap();
  const { providerSubscriptionId: id } = await provider.completeCheckout(checkout.checkoutId);
  clock.advance(28 * DAY_SECONDS);
  await provider.renew(id);
  clock.advance(5 * DAY_SECONDS);
  await provider.setCancelAtPeriodEnd(id, true, 'cancel-1');
  clock.advance(1 * DAY_SECONDS);
  await provider.setCancelAtPeriodEnd(id, false, 'resume-1');
  clock.advance(25 * DAY_SECONDS);
  await provider.failRenewal(id);
  clock.advance(3 * DAY_SECONDS);
  await provider.setCancelAtPeriodEnd(id, true, 'cancel-2');
  clock.advance(1);
  await provider.endPeriod(id);
  return events;
}

/** A deterministic shuffle of every event plus about half of them again. */
function shuffledWithDuplicates(events: readonly ProviderEvent[], seed: number): ProviderEvent[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const stream = [...events, ...events.filter(() => random() < 0.5)];
  for (let i = stream.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [stream[i], stream[j]] = [stream[j] as ProviderEvent, stream[i] as ProviderEvent];
  }
  return stream;
}

function replayContract(
  engine: string,
  open: () => Promise<{ handle: DatabaseHandle; drop(): Promise<void> }>,
) {
  describe(`replaying a provider's events on ${engine}`, () => {
    let handle: DatabaseHandle;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ handle, drop } = await open());
    });
    afterAll(async () => {
      await drop?.();
    });

    it.each([1, 7, 42])(
      'Given the history shuffled and duplicated (seed %i), When delivered four at a time, Then the mirror is the newest state, each event counted once, each paid invoice announced once',
      async (seed) => {
        const db = handle.db;
        const user = aUser();
        await db
          .insertInto('users')
          .values({
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            password_hash: user.passwordHash,
            created_at: user.createdAt,
            updated_at: user.updatedAt,
          })
          .execute();
        const history = await providerHistory(user.id, `${seed}-`);
        const first = history[0];
        if (first?.type !== 'subscription.updated') throw new Error('history starts with the subscription');
        const { providerCustomerId, providerSubscriptionId } = first.subscription;
        await db
          .insertInto('billing_customers')
          .values({
            user_id: user.id,
            provider: 'stripe',
            provider_customer_id: providerCustomerId,
            created_at: new Date(),
          })
          .execute();
        const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock() });
        const receive = new ReceiveProviderEvent({
          uow,
          clock: new ManualClock(),
          ids: uuidV7Ids,
          gateway: { provider: 'stripe' } as never,
        });

        const stream = shuffledWithDuplicates(history, seed);
        for (let i = 0; i < stream.length; i += 4) {
          const batch = stream.slice(i, i + 4);
          const outcomes = await Promise.all(
            batch.map((event) => receive.execute(event, { correlationId: `replay-${seed}-${i}` })),
          );
          for (const outcome of outcomes) expect(outcome.isOk()).toBe(true);
        }

        const last = history.filter((e) => e.type === 'subscription.updated').at(-1);
        if (last?.type !== 'subscription.updated') throw new Error('no subscription event');
        const mirror = await db
          .selectFrom('subscriptions')
          .selectAll()
          .where('provider_subscription_id', '=', providerSubscriptionId)
          .executeTakeFirstOrThrow();
        expect({
          status: mirror.status,
          plan: mirror.plan,
          cancelAtPeriodEnd: mirror.cancel_at_period_end,
          currentPeriodStart: new Date(mirror.current_period_start).toISOString(),
          currentPeriodEnd: new Date(mirror.current_period_end).toISOString(),
          canceledAt: mirror.canceled_at && new Date(mirror.canceled_at).toISOString(),
          shownEventId: mirror.shown_event_id,
        }).toEqual({
          status: last.subscription.status,
          plan: last.subscription.plan,
          cancelAtPeriodEnd: last.subscription.cancelAtPeriodEnd,
          currentPeriodStart: last.subscription.currentPeriodStart,
          currentPeriodEnd: last.subscription.currentPeriodEnd,
          canceledAt: last.subscription.canceledAt,
          shownEventId: last.id,
        });
        expect(mirror.status).toBe('canceled');

        const invoices = await db
          .selectFrom('invoices')
          .select(['status', 'amount_paid_minor'])
          .where('user_id', '=', user.id)
          .orderBy('period_end')
          .execute();
        expect(invoices.map((i) => [i.status, Number(i.amount_paid_minor)])).toEqual([
          ['paid', 1900],
          ['paid', 1900],
          ['open', 0],
        ]);
        const processed = await db
          .selectFrom('provider_events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where(
            'event_id',
            'in',
            history.map((e) => e.id),
          )
          .executeTakeFirstOrThrow();
        expect(Number(processed.n)).toBe(history.length);
        const announced = await db
          .selectFrom('outbox')
          .select('event_type')
          .where('correlation_id', 'like', `replay-${seed}-%`)
          .execute();
        const count = (type: string) => announced.filter((e) => e.event_type === type).length;
        expect(count('payments.invoice.paid')).toBe(2);
        expect(count('payments.payment.failed')).toBe(1);
      },
    );
  });
}

describe.skipIf(!hasPostgres())('PostgreSQL', () => {
  replayContract('PostgreSQL', async () => {
    const database = await createTestDatabase({ poolSize: 5 });
    return { handle: database.handle, drop: () => database.drop() };
  });
});

replayContract('PGlite', async () => {
  const handle = await createPgliteDatabase();
  return { handle, drop: () => handle.close() };
});
