import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../container';
import { type SeedTestRuntime, startSeedTestRuntime } from '../testing/seed-test-runtime';
import { DEMO_CHALLENGES } from './challenge-catalog';
import { seedChallenges } from './seed-challenges';

describe('seedChallenges on PGlite with the real sandbox', () => {
  let seeded: SeedTestRuntime;

  beforeAll(async () => {
    seeded = await startSeedTestRuntime('ts-seed-challenges-');
  });
  afterAll(async () => {
    await seeded?.close();
  });

  it('publishes every demo challenge after its reference passes in the sandbox, submits for the learner, once', async () => {
    const { runtime, instructor, learner } = seeded;
    const deps = {
      db: runtime.database.db,
      uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
      clock: systemClock,
      ids: uuidV7Ids,
      runner: new IsolatedVmCodeRunner(runtime.sandbox),
      challenges: runtime.services.challenges,
    };
    expect(await seedChallenges(deps, { instructor, learner })).toBe(DEMO_CHALLENGES.length);

    const list = await runtime.services.challenges.listChallenges.execute(null, {
      progress: 'all',
      page: 1,
      pageSize: 50,
    });
    expect(list._unsafeUnwrap().total).toBe(DEMO_CHALLENGES.length);
    const studio = (await runtime.services.challenges.listMyChallenges.execute(instructor))._unsafeUnwrap();
    expect(studio.every((c) => c.status === 'published' && c.validated)).toBe(true);
    const submitted = await runtime.database.db.selectFrom('submissions').select('status').execute();
    expect(submitted.map((s) => s.status)).toEqual(['queued', 'queued']);

    expect(await seedChallenges(deps, { instructor, learner })).toBe(0);
    expect(await runtime.database.db.selectFrom('submissions').select('id').execute()).toHaveLength(2);
  });
});
