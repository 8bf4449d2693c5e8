import type { EventHandler } from '../shared/event-handler';
import type { TransactionScope } from '../shared/ports';
import { isSwitchable } from './notification-categories';
import type { NotificationRepository } from './notification-repository.port';

/**
 * The inbox's rules, applied to every notification a consumer writes: one of a category its person
 * switched off is not stored at all (switching back on does not bring it back), and each stored one
 * records `notification.sent` in the same transaction, so the live push is relayed only once the
 * notification has committed and cannot announce one that was rolled back.
 */
export function deliveringNotifications(handler: EventHandler): EventHandler {
  return {
    consumer: handler.consumer,
    eventTypes: handler.eventTypes,
    handle: (envelope, scope, deps) =>
      handler.handle(envelope, { ...scope, notifications: delivery(scope) }, deps),
  };
}

function delivery(scope: TransactionScope): NotificationRepository {
  const store = scope.notifications;
  return {
    mutedCategories: (userId) => store.mutedCategories(userId),
    async insert(notification) {
      const { userId, category } = notification;
      if (isSwitchable(category) && (await store.mutedCategories(userId)).has(category)) return null;
      const stored = await store.insert(notification);
      if (stored) {
        scope.events.record({
          type: 'notification.sent',
          data: { notificationId: notification.id, userId, category, seq: stored.seq },
        });
      }
      return stored;
    },
  };
}
