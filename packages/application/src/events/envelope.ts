import { z } from 'zod';

/** The wire format of every event on `talentsphere.events` (routing key = eventType). */
export const eventEnvelopeSchema = z.object({
  messageId: z.uuid(),
  eventType: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
  version: z.number().int().positive(),
  timestamp: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & {
  data: TData;
};

export const EVENTS_EXCHANGE = 'talentsphere.events';
