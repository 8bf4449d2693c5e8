import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import type { Actor, UnitOfWork } from '@talentsphere/application/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { type ApiRuntime, createApiRuntime, TOKENS } from '../container';
import { DEMO_CHALLENGES } from './challenge-catalog';
import { seedChallenges } from './seed-challenges';

describe('seedChallenges on PGlite with the real sandbox', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ts-seed-challenges-'));
  let runtime: ApiRuntime;
  let instructor: Actor;
  let learner: Actor;

  beforeAll(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, NODE_ENV: 'test' });
    runtime = await createApiRuntime(config, pino({ level: 'silent' }));
    const ctx = { correlationId: 'seed-test', ipAddress: '127.0.0.1' };
    const register = async (role: 'instructor' | 'jobseeker', email: string): Promise<Actor> => {
      const registered = await runtime.services.registerUser.execute(
        { email, password: 'violet harbour lantern 42', name: `Demo ${role}`, role },
        ctx,
      );
      return { userId: registered._unsafeUnwrap().user.id, role };
    };
    instructor = await register('instructor', 'instructor@example.com');
    learner = await register('jobseeker', 'learner@example.com');
  });
  afterAll(async () => {
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes every demo challenge after its reference passes in the sandbox, submits for the learner, once', async () => {
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
