import { err, ok, type Result } from 'neverthrow';
import { type AppError, validation } from '../shared';

declare const emailBrand: unique symbol;
/** A syntactically valid, normalised (trimmed, lower-cased) e-mail address. */
export type Email = string & { readonly [emailBrand]: true };

// Pragmatic shape check (local@domain.tld); deliverability is proven by mail, not by regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const EMAIL_MAX_LENGTH = 254;

export function parseEmail(raw: string): Result<Email, AppError> {
  const email = raw.trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_SHAPE.test(email)) {
    return err(
      validation('VALIDATION', 'Enter a valid email address.', {
        fields: { email: 'Enter a valid email address.' },
      }),
    );
  }
  return ok(email as Email);
}
