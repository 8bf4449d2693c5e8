import type {
  AnalyticsEvent,
  AnalyticsQueries,
  AnalyticsStore,
  DailyCount,
  DailyMetric,
  Day,
  FunnelStage,
} from '@talentsphere/application/engagement';
import type { InMemoryStore } from './in-memory-database';

/** The analytics tables in memory; inside a unit of work it writes the transaction's copy. */
export class InMemoryAnalyticsStore implements AnalyticsStore {
  constructor(private readonly store: InMemoryStore) {}

  async recordEvent(event: AnalyticsEvent): Promise<boolean> {
    const events = this.store.tables.analyticsEvents;
    if (events.has(event.id)) return false;
    events.set(event.id, event);
    return true;
  }

  async increment(day: Day, metric: DailyMetric, by: number): Promise<void> {
    const counts = this.store.tables.analyticsCounts;
    const key = `${day}|${metric}`;
    counts.set(key, (counts.get(key) ?? 0) + by);
  }

  async markActive(day: Day, userId: string): Promise<boolean> {
    const active = this.store.tables.analyticsActive;
    const key = `${day}|${userId}`;
    if (active.has(key)) return false;
    active.add(key);
    return true;
  }

  async markStageReached(applicationId: string, stage: FunnelStage, day: Day): Promise<boolean> {
    const stages = this.store.tables.analyticsStages;
    const key = `${applicationId}|${stage}`;
    if (stages.has(key)) return false;
    stages.set(key, day);
    return true;
  }
}

/** The dashboard's reads over committed in-memory analytics. */
export class InMemoryAnalyticsQueries implements AnalyticsQueries {
  constructor(private readonly store: InMemoryStore) {}

  async dailyCounts(from: Day, to: Day): Promise<DailyCount[]> {
    const rows: DailyCount[] = [];
    for (const [key, value] of this.store.tables.analyticsCounts) {
      const [day = '', metric] = key.split('|');
      if (day >= from && day <= to) rows.push({ day, metric: metric as DailyMetric, value });
    }
    return rows.sort((a, b) => a.day.localeCompare(b.day) || a.metric.localeCompare(b.metric));
  }

  async funnel(from: Day, to: Day): Promise<Array<{ stage: FunnelStage; count: number }>> {
    const cohort = new Set<string>();
    const reached: Array<[string, FunnelStage]> = [];
    for (const [key, day] of this.store.tables.analyticsStages) {
      const [applicationId = '', stage] = key.split('|') as [string, FunnelStage];
      reached.push([applicationId, stage]);
      if (stage === 'applied' && day >= from && day <= to) cohort.add(applicationId);
    }
    const counts = new Map<FunnelStage, number>();
    for (const [applicationId, stage] of reached) {
      if (cohort.has(applicationId)) counts.set(stage, (counts.get(stage) ?? 0) + 1);
    }
    return [...counts].map(([stage, count]) => ({ stage, count }));
  }

  async activeLearners(from: Day, to: Day): Promise<number> {
    const users = new Set<string>();
    for (const key of this.store.tables.analyticsActive) {
      const [day = '', userId] = key.split('|');
      if (day >= from && day <= to) users.add(userId ?? '');
    }
    return users.size;
  }
}
