import { findPlan, formatAmount } from '@talentsphere/domain/billing';
import { type EventData, type EventType, eventContracts } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';

const parse = <T extends EventType>(type: T, envelope: EventEnvelope) =>
  eventContracts[type].schema.parse(envelope.data) as EventData<T>;

const day = (iso: string) => iso.slice(0, 10);
const planName = (code: string) => findPlan(code)?.name ?? code;

/** What the customer is told of each payments event, and where it links (their billing page). */
function message(envelope: EventEnvelope): { userId: string; title: string; body: string } {
  switch (envelope.eventType) {
    case 'payments.subscription.created': {
      const d = parse('payments.subscription.created', envelope);
      return {
        userId: d.userId,
        title: `Welcome to ${planName(d.plan)}`,
        body: `Your subscription is active; it renews on ${day(d.currentPeriodEnd)}.`,
      };
    }
    case 'payments.subscription.cancelled': {
      const d = parse('payments.subscription.cancelled', envelope);
      return d.ended
        ? {
            userId: d.userId,
            title: `Your ${planName(d.plan)} plan has ended`,
            body: 'You are on the free plan now.',
          }
        : {
            userId: d.userId,
            title: `Your ${planName(d.plan)} plan will not renew`,
            body: `You keep it until ${day(d.endsAt)}; resume any time before then.`,
          };
    }
    case 'payments.invoice.paid': {
      const d = parse('payments.invoice.paid', envelope);
      const paid = formatAmount({ amountMinor: d.amountPaidMinor, currency: d.currency });
      return {
        userId: d.userId,
        title: `Payment received: ${paid}`,
        body: `For ${day(d.periodStart)} to ${day(d.periodEnd)}.`,
      };
    }
    case 'payments.payment.failed': {
      const d = parse('payments.payment.failed', envelope);
      const due = formatAmount({ amountMinor: d.amountDueMinor, currency: d.currency });
      return {
        userId: d.userId,
        title: `Your payment of ${due} failed`,
        body: 'We will try again; update your card to keep your plan.',
      };
    }
    default:
      throw new Error(`billingNotifications cannot handle ${envelope.eventType}`);
  }
}

/** Tells the customer of each change to their subscription and of each payment, in the app. */
export const billingNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: [
    'payments.subscription.created',
    'payments.subscription.cancelled',
    'payments.invoice.paid',
    'payments.payment.failed',
  ],
  async handle(envelope, scope, deps) {
    const { userId, title, body } = message(envelope);
    await scope.notifications.insert({
      id: deps.ids.next(),
      userId,
      category: 'billing',
      title,
      body,
      link: '/billing',
      createdAt: deps.clock.now(),
    });
  },
};
