import {
  applyInvoiceSnapshot,
  applySubscriptionSnapshot,
  billingErrors,
  type EventPosition,
} from '@talentsphere/domain/billing';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { TransactionScope } from '../shared/ports';
import type { BillingDeps } from './billing-deps';
import type { PaymentProvider, ProviderEvent } from './payment-gateway.port';

export type ProviderEventOutcome = 'applied' | 'stale' | 'duplicate';

/**
 * The one way provider news enters billing, for both providers (Stripe's webhook route, the local
 * provider's in-process delivery). In one transaction: the event id is recorded (a redelivery answers
 * 'duplicate' and changes nothing), the customer's row is locked (so one customer's events apply one
 * at a time), the mirror takes the event's state if it is newer than the one it shows ('stale'
 * otherwise), and the payments.* events the change warrants go to the outbox. An event for a customer
 * we do not know yet is BILLING_010 (Unavailable), so the provider delivers it again later.
 */
export class ReceiveProviderEvent {
  constructor(private readonly deps: Pick<BillingDeps, 'uow' | 'clock' | 'ids' | 'gateway'>) {}

  execute(event: ProviderEvent, ctx: { correlationId: string }): ResultAsync<ProviderEventOutcome, AppError> {
    const { deps } = this;
    const provider = deps.gateway.provider;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const now = deps.clock.now();
          const position: EventPosition = { at: new Date(event.createdAt), eventId: event.id };
          if (Number.isNaN(position.at.getTime()))
            throw new Error(`Provider event ${event.id} has no valid time`);
          const customerId =
            event.type === 'subscription.updated'
              ? event.subscription.providerCustomerId
              : event.invoice.providerCustomerId;
          const customer = await scope.billingCustomers.findByProviderCustomer(
            provider,
            customerId,
            'update',
          );
          if (!customer) return err(billingErrors.unknownCustomer());
          const logged = await scope.providerEvents.record({
            provider,
            eventId: event.id,
            type: event.type,
            occurredAt: position.at,
            processedAt: now,
          });
          if (logged === 'duplicate') return ok('duplicate' as const);
          const applied =
            event.type === 'subscription.updated'
              ? await applySubscription(scope, deps, provider, customer.userId, event, position)
              : await applyInvoice(scope, deps, customer.userId, event, position);
          if (applied.isErr()) return err(applied.error);
          return ok(applied.value ? ('applied' as const) : ('stale' as const));
        }),
      ctx,
    );
  }
}

async function applySubscription(
  scope: TransactionScope,
  deps: Pick<BillingDeps, 'clock' | 'ids'>,
  provider: PaymentProvider,
  userId: string,
  event: Extract<ProviderEvent, { type: 'subscription.updated' }>,
  position: EventPosition,
) {
  const s = event.subscription;
  const current = await scope.subscriptions.findByProviderId(s.providerSubscriptionId);
  const update = applySubscriptionSnapshot(
    current,
    {
      id: deps.ids.next(),
      userId,
      provider,
      snapshot: {
        ...s,
        currentPeriodStart: new Date(s.currentPeriodStart),
        currentPeriodEnd: new Date(s.currentPeriodEnd),
        canceledAt: s.canceledAt === null ? null : new Date(s.canceledAt),
      },
      event: position,
    },
    { now: deps.clock.now() },
  );
  if (update.state !== current) await scope.subscriptions.save(update.state);
  scope.events.record(...update.events);
  return ok<boolean, AppError>(update.applied);
}

async function applyInvoice(
  scope: TransactionScope,
  deps: Pick<BillingDeps, 'clock' | 'ids'>,
  userId: string,
  event: Extract<ProviderEvent, { type: 'invoice.updated' }>,
  position: EventPosition,
) {
  const i = event.invoice;
  const current = await scope.invoices.findByProviderId(i.providerInvoiceId);
  const update = applyInvoiceSnapshot(
    current,
    {
      id: deps.ids.next(),
      userId,
      snapshot: { ...i, periodStart: new Date(i.periodStart), periodEnd: new Date(i.periodEnd) },
      event: position,
      paymentFailed: event.paymentFailed,
    },
    { now: deps.clock.now() },
  );
  if (update.isErr()) return err(update.error);
  if (update.value.state !== current) await scope.invoices.save(update.value.state);
  scope.events.record(...update.value.events);
  return ok<boolean, AppError>(update.value.applied);
}
