import type { AppError } from '@talentsphere/domain/shared';
import { ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { Clock } from '../shared/ports';
import type { NotificationInbox, NotificationView } from './notification-inbox.port';

/** The notifications menu: what is new for the signed-in person, and marking it read. */
export class NotificationCenter {
  constructor(private readonly deps: { inbox: NotificationInbox; clock: Clock }) {}

  list(
    actor: Actor,
    input: { limit: number; unreadOnly: boolean },
  ): ResultAsync<{ items: NotificationView[]; unread: number }, AppError> {
    return asyncResult(async () => {
      const [items, unread] = await Promise.all([
        this.deps.inbox.list(actor.userId, input),
        this.deps.inbox.unreadCount(actor.userId),
      ]);
      return ok({ items, unread });
    });
  }

  markRead(actor: Actor, input: { ids: string[] | null }): ResultAsync<{ marked: number }, AppError> {
    return asyncResult(async () =>
      ok({ marked: await this.deps.inbox.markRead(actor.userId, input.ids, this.deps.clock.now()) }),
    );
  }
}
