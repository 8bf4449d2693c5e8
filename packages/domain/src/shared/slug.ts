import { err, ok, type Result } from 'neverthrow';
import { type AppError, validation } from './app-error';

declare const slugBrand: unique symbol;
/** Lower-case words joined by single hyphens, as used in URLs: `acme-robotics`. */
export type Slug = string & { readonly [slugBrand]: true };

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 60;

export function parseSlug(raw: string, field = 'slug'): Result<Slug, AppError> {
  if (raw.length === 0 || raw.length > SLUG_MAX_LENGTH || !SLUG_SHAPE.test(raw)) {
    const message = `Use 1–${SLUG_MAX_LENGTH} lower-case letters, digits and single hyphens.`;
    return err(validation('VALIDATION', message, { fields: { [field]: message } }));
  }
  return ok(raw as Slug);
}

/** A slug suggestion from free text: "Acme Robotics, Inc." → "acme-robotics-inc". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
}
