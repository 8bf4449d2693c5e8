import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSlug, SLUG_MAX_LENGTH, slugify } from './slug';

describe('parseSlug', () => {
  it.each(['acme', 'acme-robotics', 'a1-b2-c3', '42', 'x'.repeat(SLUG_MAX_LENGTH)])(
    'Given %j, When parsing, Then it is accepted unchanged',
    (raw) => {
      expect(parseSlug(raw)._unsafeUnwrap()).toBe(raw);
    },
  );

  it.each([
    '',
    'Acme',
    'acme robotics',
    'acme--robotics',
    '-acme',
    'acme-',
    'acmé',
    'acme_robotics',
    'x'.repeat(SLUG_MAX_LENGTH + 1),
  ])('Given %j, When parsing, Then it is refused on the slug field', (raw) => {
    expect(parseSlug(raw)._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      code: 'VALIDATION',
      fields: { slug: expect.any(String) },
    });
  });

  it('Given a field name, When parsing fails, Then the error names that field', () => {
    expect(parseSlug('Bad Slug', 'companySlug')._unsafeUnwrapErr().fields).toHaveProperty('companySlug');
  });
});

describe('slugify', () => {
  it.each([
    ['Acme Robotics, Inc.', 'acme-robotics-inc'],
    ['  Crème Brûlée  Labs ', 'creme-brulee-labs'],
    ['---Hello___World---', 'hello-world'],
    ['R2-D2 & C-3PO', 'r2-d2-c-3po'],
    ['日本', ''],
  ])('Given %j, When slugifying, Then it suggests %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('Given text longer than the limit, When slugifying, Then it is cut without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(SLUG_MAX_LENGTH - 1)} bcd`);
    expect(slug).toBe('a'.repeat(SLUG_MAX_LENGTH - 1));
  });

  it('Property: any suggestion is either empty or a slug parseSlug accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const slug = slugify(text);
        if (slug !== '') expect(parseSlug(slug).isOk()).toBe(true);
      }),
    );
  });

  it('Property: slugifying a slug returns it unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,4}$/), (slug) => {
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});
