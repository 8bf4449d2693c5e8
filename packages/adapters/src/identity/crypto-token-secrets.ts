import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenSecrets } from '@talentsphere/application/identity';

/**
 * 256-bit random refresh-token secrets. SHA-256 is enough to store them: unlike passwords they have
 * full entropy, so there is nothing to brute-force and lookups stay cheap.
 */
export const cryptoTokenSecrets: TokenSecrets = {
  generate: () => randomBytes(32).toString('base64url'),
  hash: (secret) => createHash('sha256').update(secret).digest('base64url'),
  equal: (a, b) => {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  },
};
