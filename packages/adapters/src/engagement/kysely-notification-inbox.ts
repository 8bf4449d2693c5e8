import type {
  NotificationCategory,
  NotificationInbox,
  NotificationView,
} from '@talentsphere/application/engagement';
import type { Kysely, Selectable } from 'kysely';
import type { Database, NotificationsTable } from '../persistence/tables';
import { mutedCategories } from './kysely-notification.repository';

const COLUMNS = ['id', 'seq', 'category', 'title', 'body', 'link', 'created_at', 'read_at'] as const;

const toView = (r: Pick<Selectable<NotificationsTable>, (typeof COLUMNS)[number]>): NotificationView => ({
  id: r.id,
  seq: r.seq,
  category: r.category as NotificationCategory,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: new Date(r.created_at).toISOString(),
  readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
});

export class KyselyNotificationInbox implements NotificationInbox {
  constructor(private readonly db: Kysely<Database>) {}

  async list(
    userId: string,
    { limit, unreadOnly }: { limit: number; unreadOnly: boolean },
  ): Promise<NotificationView[]> {
    let query = this.db.selectFrom('notifications').select(COLUMNS).where('user_id', '=', userId);
    if (unreadOnly) query = query.where('read_at', 'is', null);
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(toView);
  }

  async listAfter(userId: string, afterSeq: number, limit: number): Promise<NotificationView[]> {
    const rows = await this.db
      .selectFrom('notifications')
      .select(COLUMNS)
      .where('user_id', '=', userId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(toView);
  }

  async lastSeq(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('notification_counters')
      .select('last_seq')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.last_seq ?? 0;
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

  mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>> {
    return mutedCategories(this.db, userId);
  }

  async setMuted(userId: string, category: NotificationCategory, muted: boolean, at: Date): Promise<void> {
    await this.db
      .insertInto('notification_preferences')
      .values({ user_id: userId, category, in_app: !muted, updated_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'category']).doUpdateSet({ in_app: !muted, updated_at: at }))
      .execute();
  }
}
