import { KyselyAnalyticsQueries } from '@talentsphere/adapters/engagement';
import type { DatabaseHandle } from '@talentsphere/adapters/persistence';
import { GetAnalyticsDashboard } from '@talentsphere/application/engagement';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase } from '../../../../tools/testing/services';
import { backfillSeededRecruitingAnalytics } from './seed-analytics-history';
import { seedRecruiting } from './seed-recruiting';

const now = new Date();
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

describe('the seeded recruiting data in analytics (PGlite, the embedded default)', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createPgliteDatabase();
    await seedRecruiting({
      db: database.db,
      passwordHash: 'hash',
      size: { companies: 6, jobs: 40, candidates: 30, applications: 60 },
      now,
    });
  });
  afterAll(() => database.close());

  it('Given the seed wrote rows without events, When backfilled (twice), Then the funnel and sign-ups match the rows, counted once', async () => {
    const first = await backfillSeededRecruitingAnalytics(database.db);
    const again = await backfillSeededRecruitingAnalytics(database.db);
    expect(again).toBe(first);
    const stored = await database.db
      .selectFrom('analytics_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(first);

    const view = (
      await new GetAnalyticsDashboard({ queries: new KyselyAnalyticsQueries(database.db) }).execute(
        { userId: '0190a000-0000-7000-8000-000000000009', role: 'admin' },
        { from: day(now.getTime() - 365 * 86_400_000), to: day(now.getTime()) },
      )
    )._unsafeUnwrap();

    const applications = await database.db.selectFrom('job_applications').select(['status']).execute();
    const everRejected = await database.db
      .selectFrom('application_transitions')
      .select('application_id')
      .distinct()
      .where('kind', '=', 'rejected')
      .execute();
    const users = await database.db.selectFrom('users').select('id').execute();
    const funnel = Object.fromEntries(view.funnel.map((f) => [f.stage, f.count]));
    expect(funnel.applied).toBe(applications.length);
    expect(funnel.hired).toBe(applications.filter((a) => a.status === 'hired').length);
    expect(funnel.withdrawn).toBe(applications.filter((a) => a.status === 'withdrawn').length);
    expect(funnel.rejected).toBe(everRejected.length);
    expect(funnel.offer).toBeGreaterThanOrEqual(funnel.hired ?? 0);
    expect(view.totals.applications).toBe(applications.length);
    expect(view.totals.signUps).toBe(users.length);
  });
});
