import { PLANS, type PlanCode } from '@talentsphere/domain/billing';
import { z } from 'zod';

const planCodes = PLANS.map((p) => p.code) as [PlanCode, ...PlanCode[]];

/** An Idempotency-Key as clients send it (a UUID is usual); repeats with the same key get the first answer. */
export const idempotencyKeyInput = z
  .string()
  .trim()
  .min(8, 'An Idempotency-Key has at least 8 characters.')
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'Use letters, digits and . _ : - only.');

export const startCheckoutInput = z.object({
  plan: z.enum(planCodes),
  idempotencyKey: idempotencyKeyInput,
});
export type StartCheckoutInput = z.infer<typeof startCheckoutInput>;

export const changeSubscriptionInput = z.object({ idempotencyKey: idempotencyKeyInput });
export type ChangeSubscriptionInput = z.infer<typeof changeSubscriptionInput>;

export const localCheckoutIdInput = z.object({ checkoutId: z.string().trim().min(1).max(100) });

export const payLocalCheckoutInput = localCheckoutIdInput.extend({
  // Spaces as printed on a card are fine; the desk reads the digits.
  cardNumber: z
    .string()
    .transform((v) => v.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, 'Enter the card number.')),
});
