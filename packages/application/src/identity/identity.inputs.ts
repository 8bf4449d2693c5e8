import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  SELF_REGISTRATION_ROLES,
} from '@talentsphere/domain/identity';
import { z } from 'zod';

// Edge validation only: shapes and sizes. The rules with meaning (password policy, e-mail shape)
// live in the domain so every entry point applies them.
export const registerInput = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(EMAIL_MAX_LENGTH),
  password: z.string().min(1, 'Choose a password.').max(PASSWORD_MAX_LENGTH),
  name: z.string().trim().min(1, 'Enter your name.').max(NAME_MAX_LENGTH),
  role: z.enum(SELF_REGISTRATION_ROLES),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(EMAIL_MAX_LENGTH),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof loginInput>;

/**
 * Refresh tokens are `<uuid>.<base64url secret>`. The id part must be a real UUID shape: anything
 * else would reach the uuid column and make Postgres throw instead of answering AUTH_002.
 */
export const refreshTokenString = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{20,128}$/,
    'Malformed refresh token.',
  );
