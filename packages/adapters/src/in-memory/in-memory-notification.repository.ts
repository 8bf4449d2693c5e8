import type { NewNotification, NotificationRepository } from '@talentsphere/application/engagement';
import type { InMemoryStore } from './in-memory-database';

export class InMemoryNotificationRepository implements NotificationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async insert(notification: NewNotification): Promise<void> {
    if (this.store.tables.notifications.has(notification.id)) {
      throw new Error(`Duplicate notification id ${notification.id}`);
    }
    this.store.tables.notifications.set(notification.id, notification);
  }
}
