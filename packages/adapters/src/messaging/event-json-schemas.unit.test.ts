import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eventContracts } from '@talentsphere/application/events';
import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS_DIR, renderEventJsonSchemas } from './event-json-schemas';

describe('event JSON Schemas', () => {
  it('the committed files match the zod contracts (run `pnpm events:schema` after changing them)', () => {
    const expected = renderEventJsonSchemas();
    const committed = readdirSync(EVENT_SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json'));
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) {
      expect(readFileSync(path.join(EVENT_SCHEMAS_DIR, name), 'utf8'), name).toBe(content);
    }
  });

  it('describes each event type with its payload and version', () => {
    const files = renderEventJsonSchemas();
    expect(files.size).toBe(Object.keys(eventContracts).length);
    const registered = JSON.parse(files.get('auth.user.registered.schema.json') ?? '{}');
    expect(registered.properties.eventType.const).toBe('auth.user.registered');
    expect(registered.properties.version.const).toBe(1);
    expect(registered.properties.data.required).toEqual(['userId', 'email', 'name', 'role']);
    // A field added later is optional with its default, so events written before it stay valid.
    const approved = JSON.parse(files.get('challenges.approved.schema.json') ?? '{}');
    expect(approved.properties.data.properties.byAuthor).toEqual({ type: 'boolean', default: false });
    expect(approved.properties.data.required).not.toContain('byAuthor');
  });
});
