import type {
  AnalyticsQueries,
  DailyCount,
  DailyMetric,
  Day,
  FunnelStage,
} from '@talentsphere/application/engagement';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../persistence/tables';

/** The dashboard's reads: a range of the daily counters, and distinct active users over it. */
export class KyselyAnalyticsQueries implements AnalyticsQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async dailyCounts(from: Day, to: Day): Promise<DailyCount[]> {
    const rows = await this.db
      .selectFrom('analytics_daily_counts')
      // Text, not a Date: pg would read a date as local midnight.
      .select([sql<string>`day::text`.as('day'), 'metric', 'value'])
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day')
      .orderBy('metric')
      .execute();
    return rows.map((r) => ({ day: r.day, metric: r.metric as DailyMetric, value: Number(r.value) }));
  }

  async funnel(from: Day, to: Day): Promise<Array<{ stage: FunnelStage; count: number }>> {
    const rows = await this.db
      .selectFrom('analytics_application_stages as submitted')
      .innerJoin(
        'analytics_application_stages as reached',
        'reached.application_id',
        'submitted.application_id',
      )
      .select(['reached.stage', (eb) => eb.fn.countAll<string>().as('count')])
      .where('submitted.stage', '=', 'applied')
      .where('submitted.day', '>=', from)
      .where('submitted.day', '<=', to)
      .groupBy('reached.stage')
      .execute();
    return rows.map((r) => ({ stage: r.stage as FunnelStage, count: Number(r.count) }));
  }

  async activeLearners(from: Day, to: Day): Promise<number> {
    const row = await this.db
      .selectFrom('analytics_active_users')
      .select((eb) => eb.fn.count<string>('user_id').distinct().as('users'))
      .where('day', '>=', from)
      .where('day', '<=', to)
      .executeTakeFirstOrThrow();
    return Number(row.users);
  }
}
