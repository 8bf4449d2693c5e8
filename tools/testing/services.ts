import { randomUUID } from 'node:crypto';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import pg from 'pg';
import { inject } from 'vitest';

/** The URL of a service found by the global setup, or undefined (its tests then skip, never under CI). */
export function serviceUrl(name: 'postgres' | 'redis' | 'rabbitmq'): string | undefined {
  return inject('serviceUrls')[name];
}

export const hasPostgres = () => serviceUrl('postgres') !== undefined;
export const hasRedis = () => serviceUrl('redis') !== undefined;
export const hasRabbit = () => serviceUrl('rabbitmq') !== undefined;

export interface TestDatabase {
  readonly url: string;
  readonly handle: DatabaseHandle;
  drop(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database of its own for one test file. */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const base = serviceUrl('postgres');
  if (!base) throw new Error('PostgreSQL is not available');
  const name = `ts_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: options.poolSize ?? 5 });
  await migrateToLatest(handle.db);
  return {
    url: url.toString(),
    handle,
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      try {
        await dropWhenClosed(cleanup, name);
      } finally {
        await cleanup.end();
      }
    },
  };
}

const OBJECT_IN_USE = '55006';

/**
 * Drops a test database once this process's connections to it are gone. They are closing when
 * drop() runs, but a backend can outlive its client's goodbye by a moment, and terminating it then
 * (WITH (FORCE)) hands a closing client an error nobody listens to anymore: an uncaught exception
 * in the test run. So wait for them, and force only what is still connected after a few seconds.
 */
async function dropWhenClosed(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** A fresh, migrated in-memory PGlite database (the embedded mode's engine). */
export async function createPgliteDatabase(): Promise<DatabaseHandle> {
  const handle = openDatabase({ kind: 'pglite' });
  await migrateToLatest(handle.db);
  return handle;
}
