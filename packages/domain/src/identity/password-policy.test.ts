import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

// Leaves out a, q, 0 and 1 so no draw can spell a listed common password ('abcdefghij', 'qwertyuiop').
const ALPHABET = 'bcdefghijklmnoprstuvwxyz23456789';

const problemOf = (password: string, context?: { email?: string; name?: string }) => {
  const result = checkPasswordPolicy(password, context);
  if (result.isOk()) return null;
  expect(result.error).toMatchObject({ kind: 'Validation', code: 'VALIDATION' });
  expect(result.error.fields?.password).toBe(result.error.message);
  return result.error.message;
};

describe('checkPasswordPolicy', () => {
  it('Given a long passphrase, When checked, Then it passes', () => {
    expect(problemOf('correct horse battery staple')).toBeNull();
  });

  it.each([
    ['short1234', 'Use at least 10 characters; a few words strung together work well.'],
    ['x'.repeat(PASSWORD_MAX_LENGTH + 1), 'Use at most 128 characters.'],
    ['Password123', 'This password is too common; choose something less guessable.'],
    ['QWERTYUIOP', 'This password is too common; choose something less guessable.'],
    ['abababababab', 'Use more than three different characters.'],
  ])('Given %j, When checked, Then the message is %j', (password, message) => {
    expect(problemOf(password)).toBe(message);
  });

  it('Given the email local part inside the password, When checked, Then it is refused', () => {
    expect(problemOf('my-ada.lovelace-pass', { email: 'ada.lovelace@example.com' })).toBe(
      'Do not use your email address in your password.',
    );
  });

  it('Given the name inside the password, When checked, Then it is refused, in any case', () => {
    expect(problemOf('xx LOVELACE forever', { name: ' Lovelace ' })).toBe(
      'Do not use your name in your password.',
    );
  });

  it('Given a local part or name under 4 characters, When it appears in the password, Then it is allowed', () => {
    expect(problemOf('bob-likes-trains', { email: 'bob@example.com', name: 'Bob' })).toBeNull();
  });

  it('Property: every password shorter than the minimum is refused with the length message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (password) => {
        expect(problemOf(password)).toMatch(/^Use at least 10 characters/);
      }),
    );
  });

  it('Property: a long password of distinct characters and no personal data passes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ALPHABET), {
          minLength: PASSWORD_MIN_LENGTH,
          maxLength: 36,
        }),
        (chars) => {
          expect(problemOf(chars.join(''), { email: 'zz@example.com' })).toBeNull();
        },
      ),
    );
  });
});
