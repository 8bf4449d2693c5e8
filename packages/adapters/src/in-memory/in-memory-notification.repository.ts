import type {
  NewNotification,
  NotificationCategory,
  NotificationRepository,
} from '@talentsphere/application/engagement';
import type { InMemoryStore } from './in-memory-database';

/** A person's notifications in inbox order, each with its number (transactions run one at a time). */
export function numberedNotifications(store: InMemoryStore, userId: string) {
  return [...store.tables.notifications.values()]
    .filter((n) => n.userId === userId)
    .map((n, index) => ({ ...n, seq: index + 1 }));
}

export class InMemoryNotificationRepository implements NotificationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async insert(notification: NewNotification): Promise<{ seq: number }> {
    if (this.store.tables.notifications.has(notification.id)) {
      throw new Error(`Duplicate notification id ${notification.id}`);
    }
    const seq = numberedNotifications(this.store, notification.userId).length + 1;
    this.store.tables.notifications.set(notification.id, notification);
    return { seq };
  }

  async mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>> {
    return this.store.tables.notificationPreferences.get(userId) ?? new Set();
  }
}
