import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedTestRuntime, startSeedTestRuntime } from '../testing/seed-test-runtime';
import { DEMO_COURSES } from './learning-catalog';
import { seedLearning } from './seed-learning';

describe('seedLearning on PGlite (the embedded default)', () => {
  let seeded: SeedTestRuntime;

  beforeAll(async () => {
    seeded = await startSeedTestRuntime('ts-seed-learning-');
  });
  afterAll(async () => {
    await seeded?.close();
  });

  it('builds the catalog through the studio and gives the demo learner courses at three stages, once', async () => {
    const { runtime, instructor, learner } = seeded;
    const deps = { db: runtime.database.db, learning: runtime.services.learning };
    expect(await seedLearning(deps, { instructor, learner })).toBe(DEMO_COURSES.length);

    const catalog = await runtime.services.learning.searchCatalog.execute({
      sort: 'title',
      page: 1,
      pageSize: 48,
    });
    expect(catalog._unsafeUnwrap().total).toBe(DEMO_COURSES.length);
    const mine = (await runtime.services.learning.listMyLearning.execute(learner))._unsafeUnwrap();
    expect(mine.map((r) => r.enrollment.status).sort()).toEqual(['active', 'active', 'completed']);
    expect(mine.find((r) => r.enrollment.status === 'completed')?.enrollment.certificate).not.toBeNull();
    expect(mine.some((r) => r.enrollment.percentComplete > 0 && r.enrollment.percentComplete < 100)).toBe(
      true,
    );

    expect(await seedLearning(deps, { instructor, learner })).toBe(0);
    const again = (await runtime.services.learning.listMyLearning.execute(learner))._unsafeUnwrap();
    expect(again).toHaveLength(3);
  });
});
