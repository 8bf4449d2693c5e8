import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anInvoiceSnapshot, aSubscription, at, DAY, T0 } from './billing.fixtures';
import { INVOICE_STATUSES, type InvoiceStatus, SUBSCRIPTION_STATUSES } from './billing-statuses';
import { accessWindow, entitlementTimeline, type SubscriptionAccess } from './entitlements';
import { applyInvoiceSnapshot, canInvoiceMove, type Invoice } from './invoice';
import { formatAmount } from './money';
import { compareEventPositions, type EventPosition, subscriptionStatusRank } from './provider-order';
import { applySubscriptionSnapshot, type Subscription, type SubscriptionSnapshot } from './subscription';

/** Every item at least once, some again, in any order: how providers deliver. */
const deliveries = <T>(items: readonly T[]) =>
  fc
    .tuple(
      fc.array(fc.nat(items.length - 1), { maxLength: items.length * 2 }),
      fc.array(fc.double({ noNaN: true })),
    )
    .map(([repeats, keys]) => {
      const all = [...items, ...repeats.map((i) => items[i] as T)];
      return all
        .map((item, i) => ({ item, key: keys[i] ?? i }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.item);
    });

// Few distinct instants and ids, so ties on time (broken by status rank, then id) happen often.
const positionArb = fc.record({
  at: fc.integer({ min: 0, max: 5 }).map((d) => at(d)),
  eventId: fc.stringMatching(/^evt_[a-c][0-9]$/),
});

const snapshotArb: fc.Arbitrary<SubscriptionSnapshot> = fc.record({
  providerSubscriptionId: fc.constant('sub_1'),
  providerCustomerId: fc.constant('cus_1'),
  plan: fc.constantFrom('learner-pro-monthly', 'learner-pro-yearly'),
  status: fc.constantFrom(...SUBSCRIPTION_STATUSES),
  currentPeriodStart: fc.integer({ min: 0, max: 60 }).map((d) => at(d)),
  currentPeriodEnd: fc.integer({ min: 61, max: 400 }).map((d) => at(d)),
  cancelAtPeriodEnd: fc.boolean(),
  canceledAt: fc.option(fc.integer({ min: 0, max: 60 }).map((d) => at(d))),
});

// The newest by time, then (same instant) the status further along, then the id.
const newest = <T extends { event: EventPosition; snapshot: SubscriptionSnapshot }>(
  events: readonly T[],
): T => {
  const ranked = (e: T) => ({ ...e.event, rank: subscriptionStatusRank(e.snapshot.status) });
  return events.reduce((a, b) => (compareEventPositions(ranked(b), ranked(a)) > 0 ? b : a));
};

describe('subscription mirror', () => {
  it('Given any provider events in any order with duplicates, When applied, Then the mirror shows the newest event and began at the earliest start', () => {
    const eventsArb = fc
      .uniqueArray(fc.record({ event: positionArb, snapshot: snapshotArb }), {
        minLength: 1,
        maxLength: 8,
        selector: (e) => e.event.eventId,
      })
      .chain((events) => fc.tuple(fc.constant(events), deliveries(events)));
    fc.assert(
      fc.property(eventsArb, ([events, delivered]) => {
        let mirror: Subscription | undefined;
        for (const { event, snapshot } of delivered)
          mirror = applySubscriptionSnapshot(
            mirror,
            { id: 's', userId: 'u', provider: 'local', snapshot, event },
            { now: T0 },
          ).state;
        const expected = newest(events);
        expect(mirror).toMatchObject({ ...expected.snapshot, shownEvent: expected.event });
        const starts = events.map((e) => e.snapshot.currentPeriodStart.getTime());
        expect(mirror?.startedAt.getTime()).toBe(Math.min(...starts));
      }),
    );
  });
});

describe('invoice mirror', () => {
  // A path the provider may take: each step a later state of the lifecycle.
  const pathArb = fc
    .array(fc.constantFrom(...INVOICE_STATUSES), { minLength: 1, maxLength: 6 })
    .map((wanted) => {
      const path: InvoiceStatus[] = [];
      for (const next of wanted) {
        const last = path.at(-1);
        if (last === undefined || canInvoiceMove(last, next)) path.push(next);
      }
      return path;
    });

  it('Given the events of an invoice in any order with duplicates, When applied, Then the mirror shows the last state', () => {
    const arb = pathArb.chain((path) => {
      const events = path.map((status, i) => ({
        event: { at: at(i), eventId: `evt_${i}` },
        status,
        paymentFailed: status === 'open',
      }));
      return fc.tuple(fc.constant(events), deliveries(events));
    });
    fc.assert(
      fc.property(arb, ([events, delivered]) => {
        let mirror: Invoice | undefined;
        let paidRecorded = 0;
        for (const { event, status, paymentFailed } of delivered) {
          const update = applyInvoiceSnapshot(
            mirror,
            { id: 'i', userId: 'u', snapshot: anInvoiceSnapshot({ status }), event, paymentFailed },
            { now: T0 },
          )._unsafeUnwrap();
          mirror = update.state;
          paidRecorded += update.events.filter((e) => e.type === 'payments.invoice.paid').length;
        }
        expect(mirror?.status).toBe(events.at(-1)?.status);
        expect(paidRecorded).toBe(mirror?.status === 'paid' ? 1 : 0);
      }),
    );
  });
});

describe('entitlement timeline', () => {
  const accessArb: fc.Arbitrary<SubscriptionAccess> = fc
    .record({
      id: fc.uuid(),
      status: fc.constantFrom(...SUBSCRIPTION_STATUSES),
      start: fc.integer({ min: 0, max: 100 }),
      length: fc.integer({ min: 1, max: 60 }),
      cancelAtPeriodEnd: fc.boolean(),
      paidThrough: fc.option(fc.integer({ min: 0, max: 160 })),
    })
    .map((s) => ({
      subscription: aSubscription({
        id: s.id,
        status: s.status,
        startedAt: at(s.start),
        currentPeriodStart: at(s.start),
        currentPeriodEnd: at(s.start + s.length),
        cancelAtPeriodEnd: s.cancelAtPeriodEnd,
      }),
      paidThrough: s.paidThrough === null ? null : at(s.paidThrough),
    }));

  it('Given any subscriptions of a customer, When the timeline is built, Then its periods never overlap and each instant is held by the latest-started window covering it', () => {
    fc.assert(
      fc.property(
        fc.array(accessArb, { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 200 })),
        (accesses, probes) => {
          const timeline = entitlementTimeline(accesses);
          for (const [i, period] of timeline.entries()) {
            expect(period.from.getTime()).toBeLessThan(period.until.getTime());
            const next = timeline[i + 1];
            if (next) expect(period.until.getTime()).toBeLessThanOrEqual(next.from.getTime());
          }
          const windows = accesses
            .map(accessWindow)
            .filter((w) => w !== null)
            .sort(
              (a, b) => a.from.getTime() - b.from.getTime() || (a.subscriptionId < b.subscriptionId ? -1 : 1),
            );
          for (const probe of probes) {
            const t = T0.getTime() + probe * DAY;
            const covering = windows.filter((w) => w.from.getTime() <= t && t < w.until.getTime()).at(-1);
            const held = timeline.find((p) => p.from.getTime() <= t && t < p.until.getTime());
            expect(held?.subscriptionId).toBe(covering?.subscriptionId);
          }
        },
      ),
    );
  });
});

describe('money', () => {
  it('Given any safe amount, When formatted, Then its digits are the same integer, digit for digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const text = formatAmount({ amountMinor: minor, currency: 'USD' });
        expect(text.replace(/[$,.]/g, '').replace(/^0+(?=\d)/, '')).toBe(String(minor));
      }),
    );
  });
});
