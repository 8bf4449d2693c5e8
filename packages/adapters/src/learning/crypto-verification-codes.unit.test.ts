import { describe, expect, it } from 'vitest';
import { cryptoVerificationCodes } from './crypto-verification-codes';

describe('cryptoVerificationCodes', () => {
  it('Given many codes, When issued, Then each is three groups of four Crockford base32 symbols and none repeats', () => {
    const codes = Array.from({ length: 2000 }, () => cryptoVerificationCodes.next());
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('Given many codes, When counting symbols, Then every symbol of the alphabet is used', () => {
    const symbols = new Set(
      Array.from({ length: 500 }, () => cryptoVerificationCodes.next().replaceAll('-', '')).join(''),
    );
    expect(symbols.size).toBe(32);
  });
});
