import type { NewNotification, NotificationRepository } from '@talentsphere/application/engagement';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

export class KyselyNotificationRepository implements NotificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(n: NewNotification): Promise<void> {
    await this.db
      .insertInto('notifications')
      .values({
        id: n.id,
        user_id: n.userId,
        category: n.category,
        title: n.title,
        body: n.body,
        link: n.link,
        created_at: n.createdAt,
        read_at: null,
      })
      .execute();
  }
}
