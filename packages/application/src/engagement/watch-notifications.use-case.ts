import type { AppError } from '@talentsphere/domain/shared';
import { ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { LiveUpdates } from '../shared/live-updates.port';
import { type NotificationSentMessage, notificationChannel } from './announce-notifications.handler';
import type { NotificationInbox, NotificationView } from './notification-inbox.port';

const BATCH = 50;

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

/**
 * A person's new notifications as they arrive, each once and in order. The stream's cursor is the
 * inbox number (`seq`): a reconnecting client passes the last one it saw and first gets everything
 * after it from the database, then live ones. Announcements only wake the reader, which always
 * reads from the database after its cursor, so a lost or repeated announcement changes nothing.
 */
export class WatchNotifications {
  constructor(
    private readonly deps: {
      inbox: NotificationInbox;
      live: LiveUpdates;
      /** How often to read anyway, for an announcement lost while a subscriber reconnected. */
      recheckMs?: number;
    },
  ) {}

  execute(
    actor: Actor,
    input: { afterSeq: number | null },
    signal: AbortSignal,
  ): ResultAsync<AsyncIterable<NotificationView>, AppError> {
    const { inbox, live, recheckMs = 30_000 } = this.deps;
    const { userId } = actor;
    return asyncResult(async () => {
      // Listen before reading the cursor, so an announcement in between is not missed.
      const announcements = live.subscribe<NotificationSentMessage>(notificationChannel(userId), { signal });
      await announcements.ready;
      const last = await inbox.lastSeq(userId);
      // Without a cursor the client has just read its list: only what comes next. A cursor past the
      // end (another database, a forged id) would hide what comes next, so it is clamped.
      let cursor = input.afterSeq === null ? last : Math.min(input.afterSeq, last);
      return ok(
        (async function* () {
          const next = announcements[Symbol.asyncIterator]();
          let pending = next.next();
          while (!signal.aborted) {
            for (;;) {
              const batch = await inbox.listAfter(userId, cursor, BATCH);
              for (const view of batch) {
                cursor = view.seq;
                yield view;
              }
              if (batch.length < BATCH) break;
            }
            const outcome = await Promise.race([pending, delay(recheckMs, signal)]);
            if (outcome !== 'recheck') {
              if (outcome.done) return;
              pending = next.next();
            }
          }
        })(),
      );
    });
  }
}
