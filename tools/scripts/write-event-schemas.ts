// `pnpm events:schema`: writes one JSON Schema per event type from the zod contracts.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVENT_SCHEMAS_DIR, renderEventJsonSchemas } from '@talentsphere/adapters/messaging';

const files = renderEventJsonSchemas();
await mkdir(EVENT_SCHEMAS_DIR, { recursive: true });
// A removed event type must not leave its old schema behind.
for (const existing of await readdir(EVENT_SCHEMAS_DIR)) {
  if (existing.endsWith('.schema.json') && !files.has(existing))
    await rm(path.join(EVENT_SCHEMAS_DIR, existing));
}
for (const [name, content] of files) await writeFile(path.join(EVENT_SCHEMAS_DIR, name), content);
console.log(`Wrote ${files.size} event schemas to ${path.relative(process.cwd(), EVENT_SCHEMAS_DIR)}`);
