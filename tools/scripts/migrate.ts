// Applies pending migrations to the configured database (DATABASE_URL, or the embedded PGlite in DATA_DIR).
import path from 'node:path';
import { migrateToLatest, openDatabase } from '@talentsphere/adapters/persistence';
import { loadConfigOrExit } from '@talentsphere/api/config';

const config = loadConfigOrExit();
const database = config.DATABASE_URL
  ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
  : openDatabase({ kind: 'pglite', dataDir: path.join(config.DATA_DIR, 'pglite') });
try {
  const applied = await migrateToLatest(database.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await database.close();
}
