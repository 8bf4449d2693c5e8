import { z } from 'zod';

const userRole = z.enum(['jobseeker', 'employer', 'admin']);

/**
 * Every event type with its current version and payload schema. Producers are checked against it
 * when they record an event; consumers parse with it; `pnpm events:schema` writes JSON Schema files
 * from it for consumers in other languages.
 */
export const eventContracts = {
  'auth.user.registered': {
    version: 1,
    description: 'A person created an account (or an operator created an admin).',
    schema: z.object({ userId: z.uuid(), email: z.email(), name: z.string(), role: userRole }),
  },
  'auth.user.login': {
    version: 1,
    description: 'A user signed in with their password.',
    schema: z.object({ userId: z.uuid(), ipAddress: z.string() }),
  },
  'auth.user.logout': {
    version: 1,
    description: 'A user signed out; their refresh-token family is revoked.',
    schema: z.object({ userId: z.uuid() }),
  },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['schema']>;

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
