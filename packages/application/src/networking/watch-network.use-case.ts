import type { AppError } from '@talentsphere/domain/shared';
import { ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { type NetworkDeps, type NetworkNewsMessage, networkChannel } from './network-deps';
import type { NetworkPulse } from './network-read-models';

const RECHECK_MS = 10_000;

const delay = (ms: number, signal: AbortSignal): Promise<'recheck'> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve('recheck');
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

const same = (a: NetworkPulse, b: NetworkPulse): boolean =>
  a.unreadMessages === b.unreadMessages &&
  a.incomingRequests === b.incomingRequests &&
  a.messageRequests === b.messageRequests &&
  a.latestMessageId === b.latestMessageId;

/**
 * The caller's network pulse now, then again whenever it changes: a new message or request arrives
 * live, and the web app reloads what it shows. The listener is attached before the first read, so
 * news landing in between is not missed; the stream ends when `signal` aborts.
 */
export class WatchNetwork {
  constructor(
    private readonly deps: Pick<NetworkDeps, 'queries' | 'live'>,
    private readonly recheckMs = RECHECK_MS,
  ) {}

  execute(actor: Actor, signal: AbortSignal): ResultAsync<AsyncIterable<NetworkPulse>, AppError> {
    const { deps, recheckMs } = this;
    return asyncResult(async () => {
      const news = deps.live.subscribe<NetworkNewsMessage>(networkChannel(actor.userId), { signal });
      await news.ready;
      const first = await deps.queries.pulse(actor.userId);
      return ok(
        (async function* () {
          yield first;
          let last = first;
          const next = news[Symbol.asyncIterator]();
          let pending = next.next();
          while (!signal.aborted) {
            // An announcement can be lost (a reconnecting subscriber, a dead-lettered message): read
            // again every few seconds anyway, so news already committed always arrives.
            const outcome = await Promise.race([pending, delay(recheckMs, signal)]);
            if (outcome !== 'recheck') {
              if (outcome.done) return;
              pending = next.next();
            }
            if (signal.aborted) return;
            const current = await deps.queries.pulse(actor.userId);
            if (!same(current, last)) yield current;
            last = current;
          }
        })(),
      );
    });
  }
}
