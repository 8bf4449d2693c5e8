import type {
  NewNotification,
  NotificationCategory,
  NotificationRepository,
} from '@talentsphere/application/engagement';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';

/** Runs on a transaction: the counter row it bumps stays locked until that transaction ends. */
export class KyselyNotificationRepository implements NotificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(n: NewNotification): Promise<{ seq: number }> {
    // The upsert locks the person's counter: a concurrent insert for them waits for this commit, so
    // their numbers are given in commit order.
    const { last_seq: seq } = await this.db
      .insertInto('notification_counters')
      .values({ user_id: n.userId, last_seq: 1 })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ last_seq: sql<number>`notification_counters.last_seq + 1` }),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('notifications')
      .values({
        id: n.id,
        user_id: n.userId,
        seq,
        category: n.category,
        title: n.title,
        body: n.body,
        link: n.link,
        created_at: n.createdAt,
        read_at: null,
      })
      .execute();
    return { seq };
  }

  mutedCategories(userId: string): Promise<ReadonlySet<NotificationCategory>> {
    return mutedCategories(this.db, userId);
  }
}

export async function mutedCategories(
  db: Kysely<Database>,
  userId: string,
): Promise<ReadonlySet<NotificationCategory>> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select('category')
    .where('user_id', '=', userId)
    .where('in_app', '=', false)
    .execute();
  return new Set(rows.map((r) => r.category as NotificationCategory));
}
