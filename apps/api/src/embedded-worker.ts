import type { InProcessOutboxSignal } from '@talentsphere/adapters/messaging';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { createWorker, type Worker } from '@talentsphere/worker/create-worker';
import { workerHandlers } from '@talentsphere/worker/worker-handlers';
import type { Logger } from 'pino';
import type { ApiRuntime } from './container';

/**
 * The worker loops of the embedded mode, in the api process: the relay dispatches the outbox to the
 * same handlers in-process, and course and job events drop entries of the api's own cache.
 */
export function createEmbeddedWorker(runtime: ApiRuntime, logger: Logger): Worker {
  return createWorker({
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
}
