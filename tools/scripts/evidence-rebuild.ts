// Rebuilds all verified skill evidence from the learning and challenges tables. Usage:
//   pnpm evidence:rebuild      (DATABASE_URL, or else the embedded PGlite in DATA_DIR; stop the embedded
//                               api first: PGlite has one process at a time)
import path from 'node:path';
import { openDatabase } from '@talentsphere/adapters/persistence';
import { loadConfigOrExit } from '@talentsphere/api/config';
import { rebuildEvidence } from './evidence-rebuild.command';

// Full mode needs only the database here, not the api's whole configuration.
const url = process.env.DATABASE_URL;
const database = url
  ? openDatabase({ kind: 'postgres', url, poolSize: 2 })
  : openDatabase({ kind: 'pglite', dataDir: path.join(loadConfigOrExit().DATA_DIR, 'pglite') });
try {
  const { facts, evidence } = await rebuildEvidence(database);
  console.log(
    `Skill evidence rebuilt: ${evidence} pieces from ${facts} completions, certificates and accepted submissions.`,
  );
} finally {
  await database.close();
}
