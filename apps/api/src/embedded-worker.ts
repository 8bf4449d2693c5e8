import type { InProcessOutboxSignal } from '@talentsphere/adapters/messaging';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { createWorker, type Worker } from '@talentsphere/worker/create-worker';
import { scheduleLocalPayments } from '@talentsphere/worker/local-payments';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import type { Logger } from 'pino';
import type { ApiRuntime } from './container';

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
  let schedule: { stop(): Promise<void> } | null = null;
  return {
    async start() {
      await worker.start();
      if (local) schedule = scheduleLocalPayments(local, logger);
    },
    async stop() {
      await schedule?.stop();
      await worker.stop();
    },
  };
}
