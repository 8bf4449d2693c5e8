import type { InProcessOutboxSignal } from '@talentsphere/adapters/messaging';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { createWorker, type Worker } from '@talentsphere/worker/create-worker';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import type { Logger } from 'pino';
import type { ApiRuntime } from './container';

/** How often the local payment provider looks for periods that ended (renewals, cancellations, retries). */
export const LOCAL_PAYMENTS_INTERVAL_MS = 30_000;

/**
 * The worker loops of the embedded mode, in the api process: the relay dispatches the outbox to the
 * same handlers in-process, and course and job events drop entries of the api's own cache. With the
 * local payment provider, a schedule runs its renewals every 30 s.
 */
export function createEmbeddedWorker(runtime: ApiRuntime, logger: Logger): Worker {
  const worker = createWorker({
    database: runtime.database,
    mode: 'embedded',
    logger,
    signal: runtime.outboxSignal as InProcessOutboxSignal,
    handlers: workerHandlers({
      cache: runtime.cache,
      runner: new IsolatedVmCodeRunner(runtime.sandbox),
      live: runtime.services.live,
      leaderboards: runtime.leaderboards,
    }),
  });
  const local = runtime.payments.local;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  return {
    async start() {
      await worker.start();
      if (!local) return;
      timer = setInterval(() => {
        running = local.advance().catch((error: unknown) => {
          logger.warn({ err: error }, 'local payments: advancing failed, next try in 30 s');
        });
      }, LOCAL_PAYMENTS_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
      await worker.stop();
    },
  };
}
