import { z } from 'zod';

// Edge shapes and sizes; the rules with meaning (lengths, who may do what) live in the domain.

export const personInput = z.object({ userId: z.uuid() });
export const connectionIdInput = z.object({ connectionId: z.uuid() });
export const answerConnectionInput = z.object({
  connectionId: z.uuid(),
  answer: z.enum(['accept', 'ignore']),
});
export const conversationIdInput = z.object({ conversationId: z.uuid() });
export const answerMessageRequestInput = z.object({
  conversationId: z.uuid(),
  answer: z.enum(['accept', 'decline']),
});
/** The domain trims and checks the length against the conversation's limit; this only caps the size. */
export const sendMessageInput = z.object({
  recipientId: z.uuid(),
  body: z.string().max(10_000),
});
