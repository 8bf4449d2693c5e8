import { InMemoryAnalyticsQueries, InMemoryDatabase } from '@talentsphere/adapters/in-memory';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { GetAnalyticsDashboard } from './analytics-dashboard.use-case';

const admin: Actor = { userId: uuidV7Ids.next(), role: 'admin' };

function dashboard(seed: (db: InMemoryDatabase) => void = () => {}) {
  const db = new InMemoryDatabase();
  seed(db);
  return new GetAnalyticsDashboard({ queries: new InMemoryAnalyticsQueries(db) });
}

describe('GetAnalyticsDashboard', () => {
  it.each(['jobseeker', 'employer', 'instructor'] as const)(
    'Given a %s, When they ask for analytics, Then they are refused with ANALYTICS_001',
    async (role) => {
      const result = await dashboard().execute(
        { userId: uuidV7Ids.next(), role },
        { from: '2026-03-01', to: '2026-03-07' },
      );
      expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'ANALYTICS_001' });
    },
  );

  it.each([
    [{ from: '2026-03-08', to: '2026-03-07' }, { to: 'The last day must not be before the first.' }],
    [{ from: '2025-03-01', to: '2026-03-02' }, { from: 'Choose at most 366 days.' }],
    [{ from: '1 March', to: '2026-03-02' }, { from: 'Enter the first date as YYYY-MM-DD.' }],
    [{ from: '2026-03-01', to: '2026-02-30' }, { to: 'Enter the last date as YYYY-MM-DD.' }],
  ])(
    'Given the range %j, When asked, Then it is a validation error naming the field',
    async (range, fields) => {
      const result = await dashboard().execute(admin, range);
      expect(result._unsafeUnwrapErr()).toEqual({
        kind: 'Validation',
        code: 'ANALYTICS_002',
        message: 'Choose a valid date range.',
        fields,
      });
    },
  );

  it('Given a full leap-year range of 366 days, When asked, Then it answers every day', async () => {
    const view = (await dashboard().execute(admin, { from: '2028-01-01', to: '2028-12-31' }))._unsafeUnwrap();
    expect(view.days).toHaveLength(366);
    expect(view.days.at(-1)?.day).toBe('2028-12-31');
  });

  it('Given counters on some days, When asked for a range, Then every day is there (zeros between), with totals, rates and the funnel of the applications submitted in it', async () => {
    const [ada, bob] = [uuidV7Ids.next(), uuidV7Ids.next()];
    const view = (
      await dashboard((db) => {
        const counts = db.tables.analyticsCounts;
        counts.set('2026-02-28|sign_ups', 9); // before the range
        counts.set('2026-03-01|sign_ups', 2);
        counts.set('2026-03-01|judged', 4);
        counts.set('2026-03-01|accepted', 1);
        counts.set('2026-03-01|active_learners', 2);
        counts.set('2026-03-01|funnel.applied', 3);
        counts.set('2026-03-03|judged', 1);
        counts.set('2026-03-03|accepted', 1);
        counts.set('2026-03-03|active_learners', 1);
        counts.set('2026-03-03|funnel.screening', 2);
        counts.set('2026-03-03|enrolments', 5);
        counts.set('2026-03-03|completions', 1);
        counts.set('2026-03-03|submissions', 6);
        const [hired, early, turnedDown] = [uuidV7Ids.next(), uuidV7Ids.next(), uuidV7Ids.next()];
        for (const [key, day] of [
          [`${hired}|applied`, '2026-03-01'],
          [`${hired}|screening`, '2026-03-02'],
          [`${hired}|hired`, '2026-03-09'], // after the range, still this cohort's
          [`${early}|applied`, '2026-02-27'], // before the range: not in the cohort
          [`${early}|screening`, '2026-03-02'],
          [`${turnedDown}|applied`, '2026-03-03'],
          [`${turnedDown}|rejected`, '2026-03-03'],
        ] as const) {
          db.tables.analyticsStages.set(key, day);
        }
        for (const key of [
          `2026-03-01|${ada}`,
          `2026-03-01|${bob}`,
          `2026-03-03|${ada}`,
          `2026-03-04|${bob}`,
        ]) {
          db.tables.analyticsActive.add(key);
        }
      }).execute(admin, { from: '2026-03-01', to: '2026-03-03' })
    )._unsafeUnwrap();

    const zero = {
      signUps: 0,
      activeLearners: 0,
      enrolments: 0,
      completions: 0,
      submissions: 0,
      judged: 0,
      accepted: 0,
      acceptanceRate: null,
      applications: 0,
    };
    expect(view.days).toEqual([
      {
        ...zero,
        day: '2026-03-01',
        signUps: 2,
        judged: 4,
        accepted: 1,
        acceptanceRate: 0.25,
        activeLearners: 2,
        applications: 3,
      },
      { ...zero, day: '2026-03-02' },
      {
        ...zero,
        day: '2026-03-03',
        judged: 1,
        accepted: 1,
        acceptanceRate: 1,
        activeLearners: 1,
        enrolments: 5,
        completions: 1,
        submissions: 6,
      },
    ]);
    // Ada was active on two days of the range: one learner, not two.
    expect(view.totals).toEqual({
      signUps: 2,
      activeLearners: 2,
      enrolments: 5,
      completions: 1,
      submissions: 6,
      judged: 5,
      accepted: 2,
      acceptanceRate: 0.4,
      applications: 3,
    });
    expect(view.funnel).toEqual([
      { stage: 'applied', count: 2 },
      { stage: 'screening', count: 1 },
      { stage: 'assessment', count: 0 },
      { stage: 'interview', count: 0 },
      { stage: 'offer', count: 0 },
      { stage: 'hired', count: 1 },
      { stage: 'rejected', count: 1 },
      { stage: 'withdrawn', count: 0 },
    ]);
  });
});
