import { fileURLToPath } from 'node:url';
import { type EventType, eventContracts, eventEnvelopeSchema } from '@talentsphere/application/events';
import { z } from 'zod';

/** Where `pnpm events:schema` writes the files, next to the contracts they come from. */
export const EVENT_SCHEMAS_DIR = fileURLToPath(
  new URL('../../../application/src/events/schemas/', import.meta.url),
);

/**
 * One JSON Schema (draft 2020-12) per event type: the envelope with that type's payload, for
 * consumers written in other languages. Keyed by file name (`<eventType>.schema.json`).
 */
export function renderEventJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [eventType, contract] of Object.entries(eventContracts) as Array<
    [EventType, (typeof eventContracts)[EventType]]
  >) {
    const schema = eventEnvelopeSchema
      .extend({
        eventType: z.literal(eventType),
        version: z.literal(contract.version),
        data: contract.schema,
      })
      .meta({ title: eventType, description: contract.description });
    // 'input' leaves out additionalProperties: false, so readers accept fields added later.
    const json = z.toJSONSchema(schema, { io: 'input' });
    files.set(`${eventType}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
