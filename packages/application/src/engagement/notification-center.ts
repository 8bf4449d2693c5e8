import type { AppError } from '@talentsphere/domain/shared';
import { errAsync, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { LiveUpdates } from '../shared/live-updates.port';
import type { Clock } from '../shared/ports';
import {
  checkPreference,
  isSwitchable,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from './notification-categories';
import type { NotificationInbox, NotificationView } from './notification-inbox.port';
import { WatchNotifications } from './watch-notifications.use-case';

export interface NotificationPreference {
  readonly category: NotificationCategory;
  /** Whether notifications of this category reach the inbox (and the live stream). */
  readonly inApp: boolean;
  /** False for the categories that are always on. */
  readonly switchable: boolean;
}

/**
 * The notifications menu and preferences: what is new for the signed-in person (listed, and live),
 * read marks, choices.
 */
export class NotificationCenter {
  private readonly watcher: WatchNotifications;

  constructor(
    private readonly deps: { inbox: NotificationInbox; clock: Clock; live: LiveUpdates; recheckMs?: number },
  ) {
    this.watcher = new WatchNotifications(deps);
  }

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

  /** The caller's notifications after `afterSeq` (or from now), then each new one as it arrives. */
  watch(
    actor: Actor,
    input: { afterSeq: number | null },
    signal: AbortSignal,
  ): ResultAsync<AsyncIterable<NotificationView>, AppError> {
    return this.watcher.execute(actor, input, signal);
  }

  markRead(actor: Actor, input: { ids: string[] | null }): ResultAsync<{ marked: number }, AppError> {
    return asyncResult(async () =>
      ok({ marked: await this.deps.inbox.markRead(actor.userId, input.ids, this.deps.clock.now()) }),
    );
  }

  preferences(actor: Actor): ResultAsync<NotificationPreference[], AppError> {
    return asyncResult(async () => {
      const muted = await this.deps.inbox.mutedCategories(actor.userId);
      return ok(
        NOTIFICATION_CATEGORIES.map((category) => ({
          category,
          inApp: !muted.has(category),
          switchable: isSwitchable(category),
        })),
      );
    });
  }

  /** Switches a category on or off for the caller; the always-on ones refuse NOTIFICATION_001. */
  setPreference(
    actor: Actor,
    input: { category: NotificationCategory; inApp: boolean },
  ): ResultAsync<NotificationPreference[], AppError> {
    const allowed = checkPreference(input.category, input.inApp);
    if (allowed.isErr()) return errAsync(allowed.error);
    return asyncResult(async () => {
      await this.deps.inbox.setMuted(actor.userId, input.category, !input.inApp, this.deps.clock.now());
      return ok(undefined);
    }).andThen(() => this.preferences(actor));
  }
}
