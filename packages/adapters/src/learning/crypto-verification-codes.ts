import { randomInt } from 'node:crypto';
import type { VerificationCodes } from '@talentsphere/application/learning';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** 12 random symbols (60 bits), shown as XXXX-XXXX-XXXX: unguessable, and short enough to type. */
export const cryptoVerificationCodes: VerificationCodes = {
  next() {
    let code = '';
    for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    return code.match(/.{4}/g)?.join('-') ?? code;
  },
};
