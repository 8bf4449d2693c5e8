import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '@talentsphere/application/shared';
import pino from 'pino';
import { loadConfig } from '../config';
import { type ApiRuntime, createApiRuntime } from '../container';

export interface SeedTestRuntime {
  readonly runtime: ApiRuntime;
  /** The accounts a seeder is given: one instructor, one job seeker who learns. */
  readonly instructor: Actor;
  readonly learner: Actor;
  close(): Promise<void>;
}

/**
 * The api runtime without HTTP, embedded on a throw-away PGlite folder, with the demo instructor and
 * learner registered through the real use case, for the seeders' tests.
 */
export async function startSeedTestRuntime(folderPrefix: string): Promise<SeedTestRuntime> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, NODE_ENV: 'test' });
  const runtime = await createApiRuntime(config, pino({ level: 'silent' }));
  const ctx = { correlationId: 'seed-test', ipAddress: '127.0.0.1' };
  const register = async (role: 'instructor' | 'jobseeker', email: string): Promise<Actor> => {
    const registered = await runtime.services.registerUser.execute(
      { email, password: 'violet harbour lantern 42', name: `Demo ${role}`, role },
      ctx,
    );
    return { userId: registered._unsafeUnwrap().user.id, role };
  };
  const close = async () => {
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const instructor = await register('instructor', 'instructor@example.com');
    const learner = await register('jobseeker', 'learner@example.com');
    return { runtime, instructor, learner, close };
  } catch (error) {
    await close();
    throw error;
  }
}
