import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL_MAX_LENGTH, parseEmail } from './email';

describe('parseEmail', () => {
  it('Given an address with spaces and capitals, When parsed, Then it is trimmed and lower-cased', () => {
    expect(parseEmail('  Ada.Lovelace@Example.COM ')._unsafeUnwrap()).toBe('ada.lovelace@example.com');
  });

  it.each([
    '',
    'ada',
    'ada@',
    '@example.com',
    'ada@example',
    'ada@@example.com',
    'ada lovelace@example.com',
    'ada@example..com',
    'ada@.example.com',
  ])('Given %j, When parsed, Then it is a Validation error on the email field', (raw) => {
    const error = parseEmail(raw)._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'Validation', code: 'VALIDATION' });
    expect(error.fields?.email).toBe('Enter a valid email address.');
  });

  it('Given an address longer than 254 characters, When parsed, Then it is refused', () => {
    const local = 'a'.repeat(EMAIL_MAX_LENGTH - '@example.com'.length + 1);
    expect(parseEmail(`${local}@example.com`).isErr()).toBe(true);
    expect(parseEmail(`${local.slice(1)}@example.com`).isOk()).toBe(true);
  });

  it('Property: normalising is idempotent and ignores case and surrounding spaces', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.stringMatching(/^[ \t]{0,3}$/), (address, pad) => {
        const parsed = parseEmail(address);
        fc.pre(parsed.isOk());
        const email = parsed._unsafeUnwrap();
        expect(email).toBe(email.trim().toLowerCase());
        expect(parseEmail(email)._unsafeUnwrap()).toBe(email);
        expect(parseEmail(`${pad}${address.toUpperCase()}${pad}`)._unsafeUnwrap()).toBe(email);
      }),
    );
  });

  it('Property: nothing without exactly one @ is accepted', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        fc.pre(raw.split('@').length !== 2);
        expect(parseEmail(raw).isErr()).toBe(true);
      }),
    );
  });
});
