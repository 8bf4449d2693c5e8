import { describe, expect, it } from 'vitest';
import { decideRotation, issueRefreshToken } from './refresh-session';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const token = issueRefreshToken(
  { id: 'token-1', familyId: 'family-1', userId: 'user-1', secretHash: 'hash', ttlSeconds: 3600 },
  { now: NOW },
);

describe('issueRefreshToken', () => {
  it('Given a ttl, When issued, Then it expires ttl seconds after now and is neither used nor revoked', () => {
    expect(token).toMatchObject({ issuedAt: NOW, expiresAt: at(3600), usedAt: null, revokedAt: null });
  });
});

describe('decideRotation', () => {
  it('Given a fresh token, When presented, Then it rotates and is marked used now', () => {
    expect(decideRotation(token, { now: at(60) })._unsafeUnwrap()).toEqual({
      kind: 'rotate',
      used: { ...token, usedAt: at(60) },
    });
  });

  it('Given a used token, When presented again, Then reuse is detected for its family and user', () => {
    const used = { ...token, usedAt: at(60) };
    expect(decideRotation(used, { now: at(120) })._unsafeUnwrap()).toEqual({
      kind: 'reuse-detected',
      familyId: 'family-1',
      userId: 'user-1',
    });
  });

  it('Given a revoked token, When presented, Then reuse is detected', () => {
    const revoked = { ...token, revokedAt: at(60) };
    expect(decideRotation(revoked, { now: at(120) })._unsafeUnwrap().kind).toBe('reuse-detected');
  });

  it('Given a token at or past its expiry, When presented, Then it is AUTH_002', () => {
    for (const now of [at(3600), at(7200)]) {
      expect(decideRotation(token, { now })._unsafeUnwrapErr()).toMatchObject({
        kind: 'Unauthenticated',
        code: 'AUTH_002',
      });
    }
  });

  it('Given a used token past its expiry, When presented, Then it still counts as reuse', () => {
    const used = { ...token, usedAt: at(60) };
    expect(decideRotation(used, { now: at(7200) })._unsafeUnwrap().kind).toBe('reuse-detected');
  });
});
