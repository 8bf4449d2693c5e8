import type {
  NotificationCategory,
  NotificationInbox,
  NotificationView,
} from '@talentsphere/application/engagement';
import type { InMemoryDatabase } from './in-memory-database';
import { numberedNotifications } from './in-memory-notification.repository';

/**
 * The twin of KyselyNotificationInbox over the committed notifications. The tables hold notifications
 * as written (no read column), so the read marks live here.
 */
export class InMemoryNotificationInbox implements NotificationInbox {
  private readonly readAt = new Map<string, Date>();

  constructor(private readonly db: InMemoryDatabase) {}

  async list(
    userId: string,
    { limit, unreadOnly }: { limit: number; unreadOnly: boolean },
  ): Promise<NotificationView[]> {
    return this.own(userId)
      .filter((n) => !unreadOnly || !this.readAt.has(n.id))
      .reverse()
      .slice(0, limit)
      .map((n) => this.view(n));
  }

  async listAfter(userId: string, afterSeq: number, limit: number): Promise<NotificationView[]> {
    return this.own(userId)
      .filter((n) => n.seq > afterSeq)
      .slice(0, limit)
      .map((n) => this.view(n));
  }

  async lastSeq(userId: string): Promise<number> {
    return this.own(userId).length;
  }

  async unreadCount(userId: string): Promise<number> {
    return this.own(userId).filter((n) => !this.readAt.has(n.id)).length;
  }

  async markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    const unread = this.own(userId).filter(
      (n) => !this.readAt.has(n.id) && (ids === null || ids.includes(n.id)),
    );
    for (const n of unread) this.readAt.set(n.id, at);
    return unread.length;
  }

  async mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>> {
    return this.db.tables.notificationPreferences.get(userId) ?? new Set();
  }

  async setMuted(userId: string, category: NotificationCategory, muted: boolean): Promise<void> {
    // Between transactions, so the choice is seen by the next one, as a committed row would be.
    await this.db.exclusive(async () => {
      const preferences = this.db.tables.notificationPreferences;
      const next = new Set(preferences.get(userId));
      if (muted) next.add(category);
      else next.delete(category);
      preferences.set(userId, next);
    });
  }

  private own(userId: string) {
    return numberedNotifications(this.db, userId);
  }

  private view(n: ReturnType<typeof numberedNotifications>[number]): NotificationView {
    return {
      id: n.id,
      seq: n.seq,
      category: n.category,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: this.readAt.get(n.id)?.toISOString() ?? null,
    };
  }
}
