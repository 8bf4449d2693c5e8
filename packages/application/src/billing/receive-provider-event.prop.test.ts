import { BillingTestbed, ScriptedPaymentGateway } from '@talentsphere/adapters/in-memory';
import { ManualClock } from '@talentsphere/adapters/system';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProviderEvent } from './payment-gateway.port';

type Step = 'renew' | 'failRenewal' | 'cancel' | 'resume' | 'wait';

/** The provider's events for one subscription living through `steps`, in the order they happened. */
async function history(userId: string, steps: readonly Step[], prefix: string): Promise<ProviderEvent[]> {
  const clock = new ManualClock(new Date('2026-02-01T00:00:00.000Z'));
  const provider = new ScriptedPaymentGateway('local', clock, prefix);
  const events: ProviderEvent[] = [];
  provider.deliver = async (event) => {
    events.push(event);
  };
  const { checkoutId } = (
    await provider.createCheckout({
      userId,
      email: 'prop@example.com',
      providerCustomerId: `cus_${userId}`,
      plan: 'learner-pro-monthly',
      successUrl: '/billing',
      cancelUrl: '/pricing',
      idempotencyKey: 'prop',
    })
  )._unsafeUnwrap();
  const { providerSubscriptionId: id } = await provider.completeCheckout(checkoutId);
  for (const step of steps) {
    // Several events may share an instant: their ids decide, as the ordering rule says.
    clock.advance(step === 'wait' ? 86_400 : 0);
    if (step === 'renew') await provider.renew(id);
    if (step === 'failRenewal') await provider.failRenewal(id);
    if (step === 'cancel') await provider.setCancelAtPeriodEnd(id, true, 'k');
    if (step === 'resume') await provider.setCancelAtPeriodEnd(id, false, 'k');
  }
  return events;
}

describe('ReceiveProviderEvent (property)', () => {
  it('Property: any order with duplicates of a subscription’s events leaves the mirror showing the newest one, and counts each event once', async () => {
    const stepArb = fc.constantFrom<Step>('renew', 'failRenewal', 'cancel', 'resume', 'wait');
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.double({ noNaN: true }), { minLength: 60, maxLength: 60 }),
        async (steps, repeats, keys) => {
          const bed = new BillingTestbed();
          const learner = bed.user('jobseeker');
          bed.db.tables.billingCustomers.set(`${learner.userId}:local`, {
            userId: learner.userId,
            provider: 'local',
            providerCustomerId: `cus_${learner.userId}`,
            createdAt: bed.clock.now(),
          });
          const events = await history(learner.userId, steps, 'p');
          const stream = [...events, ...repeats.map((r) => events[r % events.length] as ProviderEvent)]
            .map((event, i) => ({ event, key: keys[i % keys.length] ?? i }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.event);
          for (const event of stream)
            expect((await bed.services.receiveProviderEvent.execute(event, bed.ctx)).isOk()).toBe(true);

          const newest = events.filter((e) => e.type === 'subscription.updated').at(-1);
          if (newest?.type !== 'subscription.updated') throw new Error('no subscription event');
          const [mirror] = [...bed.db.tables.subscriptions.values()];
          expect(mirror).toMatchObject({
            status: newest.subscription.status,
            cancelAtPeriodEnd: newest.subscription.cancelAtPeriodEnd,
            currentPeriodEnd: new Date(newest.subscription.currentPeriodEnd),
            shownEvent: { eventId: newest.id },
          });
          expect(bed.db.tables.providerEvents.size).toBe(events.length);
          const paidInvoices = events.filter(
            (e) => e.type === 'invoice.updated' && e.invoice.status === 'paid',
          );
          expect(bed.eventsOf('payments.invoice.paid')).toHaveLength(paidInvoices.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
