import type { LiveSubscription } from '@talentsphere/application/shared';

export interface LiveListener {
  /** Settles when the listener is live; a rejection ends the subscription with that error. */
  readonly ready: Promise<void>;
  readonly detach: () => void;
}

/**
 * The reading side every LiveUpdates adapter shares: `attach` registers a listener at once (so
 * nothing published after the call is missed), messages queue until read, and the iteration ends and
 * detaches the listener exactly once, when `signal` aborts, the reader stops early or `ready` fails.
 */
export function liveSubscription<T>(
  signal: AbortSignal,
  attach: (deliver: (message: T) => void) => LiveListener,
): LiveSubscription<T> {
  const queued: T[] = [];
  let waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  let ended = signal.aborted;
  let failure: { error: unknown } | undefined;

  const deliver = (message: T) => {
    if (ended) return;
    if (!waiting) {
      queued.push(message);
      return;
    }
    const reader = waiting;
    waiting = undefined;
    reader.resolve({ value: message, done: false });
  };
  const listener: LiveListener = ended ? { ready: Promise.resolve(), detach: () => {} } : attach(deliver);

  const end = () => {
    if (ended) return;
    ended = true;
    signal.removeEventListener('abort', end);
    queued.length = 0;
    listener.detach();
    const reader = waiting;
    waiting = undefined;
    if (failure) reader?.reject(failure.error);
    else reader?.resolve({ value: undefined, done: true });
  };
  signal.addEventListener('abort', end, { once: true });
  listener.ready.catch((error: unknown) => {
    if (ended) return;
    failure = { error };
    end();
  });

  const iterator: AsyncIterator<T> = {
    next: () => {
      const message = queued.shift();
      if (message !== undefined) return Promise.resolve({ value: message, done: false });
      if (failure) return Promise.reject(failure.error);
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return: () => {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
  };
  return { ready: listener.ready, [Symbol.asyncIterator]: () => iterator };
}
