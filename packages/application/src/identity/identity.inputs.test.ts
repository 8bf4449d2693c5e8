import { describe, expect, it } from 'vitest';
import { refreshTokenString } from './identity.inputs';

const SECRET = 'Abc_def-0123456789xyz';

describe('refreshTokenString', () => {
  it('Given <uuid>.<base64url secret>, When parsed, Then it is accepted', () => {
    expect(refreshTokenString.safeParse(`0190f0f0-1234-7abc-8def-0123456789ab.${SECRET}`).success).toBe(true);
  });

  it.each([
    ['an id of 36 dashes', `${'-'.repeat(36)}.${SECRET}`],
    ['an id with dashes misplaced', `0190f0f01-234-7abc-8def-0123456789ab.${SECRET}`],
    ['an upper-case id', `0190F0F0-1234-7ABC-8DEF-0123456789AB.${SECRET}`],
    ['a short secret', '0190f0f0-1234-7abc-8def-0123456789ab.short'],
    ['a secret outside base64url', `0190f0f0-1234-7abc-8def-0123456789ab.${SECRET}+/=`],
    ['no separator', `0190f0f0-1234-7abc-8def-0123456789ab${SECRET}`],
  ])('Given %s, When parsed, Then it is refused before any database lookup', (_, token) => {
    expect(refreshTokenString.safeParse(token).success).toBe(false);
  });
});
