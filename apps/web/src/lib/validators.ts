// Client-side checks mirror the server's rules for instant feedback; the server stays the authority
// (its policy also rejects common passwords, whose list lives only there).
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordPolicyHint =
  'At least 10 characters. Not a common password, and not your email or name. A few words strung together work well.';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value: string): string | null {
  if (!value.trim()) return 'Enter your email address.';
  return EMAIL_PATTERN.test(value.trim()) ? null : 'Enter an email address like name@example.com.';
}

export function validateName(value: string): string | null {
  const name = value.trim();
  if (!name) return 'Enter your name.';
  return name.length > 100 ? 'Use at most 100 characters.' : null;
}

export function validateNewPassword(
  password: string,
  context: { email: string; name: string },
): string | null {
  if (!password) return 'Choose a password.';
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (${password.length} so far).`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return 'Use more than three different characters.';
  const localPart = context.email.split('@')[0]?.trim().toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    return 'Do not use your email address in your password.';
  }
  const name = context.name.trim().toLowerCase();
  if (name.length >= 4 && lower.includes(name)) return 'Do not use your name in your password.';
  return null;
}
