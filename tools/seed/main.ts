/**
 * Fills a full-mode database with recruiting data: `pnpm seed --jobs 100000 [--seed 42]`. Needs
 * DATABASE_URL; migrates first. Does nothing when the database was seeded already.
 */
import { parseArgs } from 'node:util';
import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import { migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { SEED_USER_PASSWORD, seedRecruiting, sizeForJobs } from '@talentsphere/api/seed/seed-recruiting';

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '360' }, seed: { type: 'string', default: '20261127' } },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the PostgreSQL database to seed.');
  process.exit(1);
}
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1)
  throw new Error(`--jobs must be a positive integer, not ${values.jobs}`);

const database = openDatabase({ kind: 'postgres', url, poolSize: 4 });
try {
  await migrateToLatest(database.db);
  const size = sizeForJobs(jobs);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(`Seeding ${JSON.stringify(size)}`);
  const counts = await seedRecruiting({
    db: database.db,
    passwordHash: await new Argon2PasswordHasher().hash(SEED_USER_PASSWORD),
    size,
    now: new Date(),
    seed: Number(values.seed),
    concurrency: 3,
    onProgress: (what, done, total) => {
      if (done === total || done % 5_000 < 500)
        console.log(`  ${what} ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${elapsed()}`);
    },
  });
  console.log(counts ? `Seeded ${JSON.stringify(counts)} in ${elapsed()}` : 'Already seeded: nothing to do.');
} finally {
  await database.close();
}
