import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '@talentsphere/application/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { type ApiRuntime, createApiRuntime } from '../container';
import { DEMO_COURSES } from './learning-catalog';
import { seedLearning } from './seed-learning';

describe('seedLearning on PGlite (the embedded default)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ts-seed-learning-'));
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

  it('builds the catalog through the studio and gives the demo learner courses at three stages, once', async () => {
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
