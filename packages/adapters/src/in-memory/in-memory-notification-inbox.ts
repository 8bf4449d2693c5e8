import type { NotificationInbox, NotificationView } from '@talentsphere/application/engagement';
import type { InMemoryStore } from './in-memory-database';

/**
 * The twin of KyselyNotificationInbox over the committed notifications. The tables hold notifications
 * as written (no read column), so the read marks live here.
 */
export class InMemoryNotificationInbox implements NotificationInbox {
  private readonly readAt = new Map<string, Date>();

  constructor(private readonly store: InMemoryStore) {}

  async list(
    userId: string,
    { limit, unreadOnly }: { limit: number; unreadOnly: boolean },
  ): Promise<NotificationView[]> {
    return this.own(userId)
      .filter((n) => !unreadOnly || !this.readAt.has(n.id))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, limit)
      .map((n) => ({
        id: n.id,
        category: n.category,
        title: n.title,
        body: n.body,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: this.readAt.get(n.id)?.toISOString() ?? null,
      }));
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

  private own(userId: string) {
    return [...this.store.tables.notifications.values()].filter((n) => n.userId === userId);
  }
}
