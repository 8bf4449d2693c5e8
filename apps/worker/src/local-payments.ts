import { KyselyLocalPaymentStore, LocalPaymentGateway } from '@talentsphere/adapters/payments';
import type { DatabaseHandle } from '@talentsphere/adapters/persistence';
import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { ReceiveProviderEvent } from '@talentsphere/application/billing';
import type { Logger } from 'pino';

/** How often the local payment provider looks for periods that ended (renewals, cancellations, retries). */
export const LOCAL_PAYMENTS_INTERVAL_MS = 30_000;

/**
 * Runs the local provider's advance() `intervalMs` after the previous run ended: renewals, period
 * ends and payment retries happen when their time has come. Runs never overlap (a slow one delays
 * the next instead of racing it), and stop() waits for the one in progress. Safe with several
 * processes (each claims different subscriptions).
 */
export function scheduleLocalPayments(
  gateway: Pick<LocalPaymentGateway, 'advance'>,
  logger: Logger,
  intervalMs = LOCAL_PAYMENTS_INTERVAL_MS,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const next = () => {
    timer = setTimeout(() => {
      timer = null;
      running = gateway
        .advance()
        .then(
          () => undefined,
          (error: unknown) => {
            logger.warn({ err: error }, 'local payments: advancing failed, trying again on schedule');
          },
        )
        .finally(() => {
          if (!stopped) next();
        });
    }, intervalMs);
    timer.unref();
  };
  next();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Full mode without Stripe: the local provider over the shared database, delivering its events to
 * billing's ReceiveProviderEvent as the api's does (the mirror ignores an event id it has seen).
 */
export function localPaymentsOf(database: DatabaseHandle, logger: Logger): LocalPaymentGateway {
  const uow = new KyselyUnitOfWork(database.db, { ids: uuidV7Ids, clock: systemClock });
  let receive: ReceiveProviderEvent;
  const gateway = new LocalPaymentGateway({
    store: new KyselyLocalPaymentStore(database.db),
    clock: systemClock,
    ids: uuidV7Ids,
    checkoutBaseUrl: '/billing/checkout',
    deliver: async (event) => {
      const received = await receive.execute(event, { correlationId: `payments-${event.id}` });
      if (received.isErr()) throw new Error(`${received.error.code}: ${received.error.message}`);
    },
    onDeliveryError: (error, event) =>
      logger.warn({ err: error, eventId: event.id }, 'local payments: delivery failed, will retry'),
    onParked: (error, event) =>
      logger.error({ err: error, eventId: event.id }, 'local payments: delivery given up, event parked'),
  });
  receive = new ReceiveProviderEvent({ uow, clock: systemClock, ids: uuidV7Ids, gateway });
  return gateway;
}
