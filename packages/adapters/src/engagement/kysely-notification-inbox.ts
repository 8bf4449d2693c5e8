import type { NotificationInbox, NotificationView } from '@talentsphere/application/engagement';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

export class KyselyNotificationInbox implements NotificationInbox {
  constructor(private readonly db: Kysely<Database>) {}

  async list(
    userId: string,
    { limit, unreadOnly }: { limit: number; unreadOnly: boolean },
  ): Promise<NotificationView[]> {
    let query = this.db
      .selectFrom('notifications')
      .select(['id', 'category', 'title', 'body', 'link', 'created_at', 'read_at'])
      .where('user_id', '=', userId);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      category: r.category,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: new Date(r.created_at).toISOString(),
      readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    }));
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    if (ids && ids.length === 0) return 0;
    let query = this.db
      .updateTable('notifications')
      .set({ read_at: at })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids) query = query.where('id', 'in', ids);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
