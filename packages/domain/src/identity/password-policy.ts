import { err, ok, type Result } from 'neverthrow';
import { type AppError, validation } from '../shared';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// The most common passwords long enough to pass the length rule (from public breach corpora).
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '12345678910',
  '123456789012',
  '0987654321',
  'qwertyuiop',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'qwerty12345',
  'qwerty123456',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'abcdefghij',
  'letmein1234',
  'welcome123',
  'administrator',
  'talentsphere',
  'talentsphere1',
]);

/**
 * NIST SP 800-63B style: length over composition rules. At least 10 characters, at most 128, not a
 * well-known password, not mostly one repeated character, and not the user's own email or name.
 */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string; name?: string } = {},
): Result<void, AppError> {
  const problem = findPasswordProblem(password, context);
  return problem ? err(validation('VALIDATION', problem, { fields: { password: problem } })) : ok(undefined);
}

function findPasswordProblem(password: string, context: { email?: string; name?: string }): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a few words strung together work well.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'This password is too common; choose something less guessable.';
  if (new Set(lower).size < 4) return 'Use more than three different characters.';
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    return 'Do not use your email address in your password.';
  }
  const name = context.name?.trim().toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return 'Do not use your name in your password.';
  return null;
}
