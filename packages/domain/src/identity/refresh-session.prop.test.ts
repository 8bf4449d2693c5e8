import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRotation, issueRefreshToken, type RefreshToken } from './refresh-session';

const START = new Date('2026-03-01T12:00:00.000Z');

/**
 * Plays a family the way the application does: a rotation stores the used token and issues its
 * successor; a detected reuse revokes every token of the family.
 */
describe('refresh rotation (property)', () => {
  it('Property: for any sequence of presentations of a family, a second presentation is reuse, an expired token never rotates, and a rotation marks usedAt = now', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.record({ pick: fc.nat(), advanceSeconds: fc.integer({ min: 0, max: 300 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (ttlSeconds, presentations) => {
          let now = START;
          let sequence = 0;
          const tokens = new Map<string, RefreshToken>();
          const issue = () => {
            sequence += 1;
            const successor = issueRefreshToken(
              {
                id: `t${sequence}`,
                familyId: 'family',
                userId: 'user',
                secretHash: `h${sequence}`,
                ttlSeconds,
              },
              { now },
            );
            tokens.set(successor.id, successor);
          };
          const rotated = new Set<string>();
          let familyRevoked = false;
          issue();

          for (const { pick, advanceSeconds } of presentations) {
            now = new Date(now.getTime() + advanceSeconds * 1000);
            const ids = [...tokens.keys()];
            const presented = tokens.get(ids[pick % ids.length] as string) as RefreshToken;
            const decision = decideRotation(presented, { now });

            if (rotated.has(presented.id) || familyRevoked) {
              expect(decision._unsafeUnwrap()).toEqual({
                kind: 'reuse-detected',
                familyId: 'family',
                userId: 'user',
              });
              familyRevoked = true;
              for (const [id, token] of tokens)
                tokens.set(id, { ...token, revokedAt: token.revokedAt ?? now });
            } else if (presented.expiresAt.getTime() <= now.getTime()) {
              expect(decision._unsafeUnwrapErr().code).toBe('AUTH_002');
            } else {
              expect(decision._unsafeUnwrap()).toEqual({
                kind: 'rotate',
                used: { ...presented, usedAt: now },
              });
              rotated.add(presented.id);
              tokens.set(presented.id, { ...presented, usedAt: now });
              issue();
            }
          }
        },
      ),
    );
  });
});
