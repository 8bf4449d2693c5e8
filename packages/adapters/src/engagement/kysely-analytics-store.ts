import type {
  AnalyticsEvent,
  AnalyticsStore,
  DailyMetric,
  Day,
  FunnelStage,
} from '@talentsphere/application/engagement';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

/**
 * The analytics tables in the consumer's transaction. Every "is it new?" is an insert that does
 * nothing on conflict: the answer holds even when two workers race on the same fact.
 */
export class KyselyAnalyticsStore implements AnalyticsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async recordEvent(event: AnalyticsEvent): Promise<boolean> {
    const inserted = await this.db
      .insertInto('analytics_events')
      .values({
        id: event.id,
        type: event.type,
        occurred_at: event.occurredAt,
        user_id: event.userId,
        payload: JSON.stringify(event.payload),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async increment(day: Day, metric: DailyMetric, by: number): Promise<void> {
    await this.db
      .insertInto('analytics_daily_counts')
      .values({ day, metric, value: by })
      .onConflict((oc) =>
        oc.columns(['day', 'metric']).doUpdateSet((eb) => ({
          value: eb('analytics_daily_counts.value', '+', eb.ref('excluded.value')),
        })),
      )
      .execute();
  }

  async markActive(day: Day, userId: string): Promise<boolean> {
    const inserted = await this.db
      .insertInto('analytics_active_users')
      .values({ day, user_id: userId })
      .onConflict((oc) => oc.columns(['day', 'user_id']).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  async markStageReached(applicationId: string, stage: FunnelStage, day: Day): Promise<boolean> {
    const inserted = await this.db
      .insertInto('analytics_application_stages')
      .values({ application_id: applicationId, stage, day })
      .onConflict((oc) => oc.columns(['application_id', 'stage']).doNothing())
      .returning('application_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
}
