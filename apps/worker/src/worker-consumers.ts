import { workerHandlers } from './worker-handlers';

type HandlerDeps = Parameters<typeof workerHandlers>[0];

/**
 * The consumers the worker runs (one queue and one DLQ each), for tools that name them without
 * running them: handlers only capture their dependencies when built, so none are given here.
 */
export function workerConsumerNames(): string[] {
  const absent = new Proxy({}, { get: () => undefined }) as HandlerDeps;
  return [...new Set(workerHandlers(absent).map((h) => h.consumer))];
}
