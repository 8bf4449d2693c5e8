import type { InvoiceSnapshot } from './invoice';
import type { EventPosition } from './provider-order';
import type { Subscription, SubscriptionSnapshot } from './subscription';

// Shared by the billing tests: a provider's subscription and invoice in a known state.

export const T0 = new Date('2026-03-01T00:00:00.000Z');
export const DAY = 24 * 3_600_000;
export const at = (days: number): Date => new Date(T0.getTime() + days * DAY);
export const position = (days: number, eventId = `evt_${days}`): EventPosition => ({ at: at(days), eventId });

export const aSubscriptionSnapshot = (o: Partial<SubscriptionSnapshot> = {}): SubscriptionSnapshot => ({
  providerSubscriptionId: 'sub_1',
  providerCustomerId: 'cus_1',
  plan: 'learner-pro-monthly',
  status: 'active',
  currentPeriodStart: at(0),
  currentPeriodEnd: at(30),
  cancelAtPeriodEnd: false,
  canceledAt: null,
  ...o,
});

export const aSubscription = (o: Partial<Subscription> = {}): Subscription => ({
  ...aSubscriptionSnapshot(),
  id: 'subscription-1',
  userId: 'user-1',
  provider: 'local',
  startedAt: at(0),
  shownEvent: position(0),
  createdAt: at(0),
  updatedAt: at(0),
  ...o,
});

export const anInvoiceSnapshot = (o: Partial<InvoiceSnapshot> = {}): InvoiceSnapshot => ({
  providerInvoiceId: 'in_1',
  providerSubscriptionId: 'sub_1',
  providerCustomerId: 'cus_1',
  status: 'open',
  currency: 'USD',
  amountDueMinor: 1900,
  amountPaidMinor: 0,
  periodStart: at(0),
  periodEnd: at(30),
  hostedUrl: null,
  ...o,
});
