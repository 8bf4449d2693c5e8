import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { SESSION_MAX_AGE_SECONDS } from '@talentsphere/domain/identity';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../shared/ports';
import { RefreshSession } from './refresh-session.use-case';
import { RegisterUser } from './register-user.use-case';
import { REFRESH_TOKEN_TTL_SECONDS } from './session-issuer';

const ctx: RequestContext = { correlationId: 'corr-refresh', ipAddress: '203.0.113.7' };
const sessionExpired = { kind: 'Unauthenticated', code: 'AUTH_002' };

describe('RefreshSession', () => {
  let bed: IdentityTestbed;
  let refresh: RefreshSession;
  let first: { refreshToken: string; user: { id: string } };
  beforeEach(async () => {
    bed = new IdentityTestbed();
    refresh = new RefreshSession(bed);
    first = (
      await new RegisterUser(bed).execute(
        {
          email: 'ada@example.com',
          password: 'correct horse battery staple',
          name: 'Ada',
          role: 'jobseeker',
        },
        { ...ctx, correlationId: 'corr-setup' },
      )
    )._unsafeUnwrap();
  });

  const tokenRow = (presented: string) => bed.db.tables.refreshTokens.get(presented.split('.')[0] ?? '');

  it('Given a valid refresh token, When refreshed, Then a new pair of the same family is issued and the old token is used now', async () => {
    bed.clock.advance(60);

    const second = (await refresh.execute(first.refreshToken, ctx))._unsafeUnwrap();

    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await bed.accessTokens.verify(second.accessToken))._unsafeUnwrap().userId).toBe(first.user.id);
    expect(tokenRow(first.refreshToken)?.usedAt).toEqual(bed.clock.now());
    expect(tokenRow(second.refreshToken)).toMatchObject({
      familyId: tokenRow(first.refreshToken)?.familyId,
      usedAt: null,
      revokedAt: null,
    });
    expect(bed.db.tables.audit.at(-1)).toMatchObject({ action: 'session.refreshed', userId: first.user.id });
    expect(JSON.stringify(bed.db.tables.audit)).not.toContain(first.refreshToken.split('.')[1]);
  });

  it('Given a token already rotated, When presented again, Then AUTH_002, the whole family is revoked and the new token fails too', async () => {
    const second = (await refresh.execute(first.refreshToken, ctx))._unsafeUnwrap();
    bed.clock.advance(5);

    expect((await refresh.execute(first.refreshToken, ctx))._unsafeUnwrapErr()).toMatchObject(sessionExpired);
    expect(tokenRow(first.refreshToken)?.revokedAt).toEqual(bed.clock.now());
    expect(tokenRow(second.refreshToken)?.revokedAt).toEqual(bed.clock.now());
    expect(bed.db.tables.audit.at(-1)).toMatchObject({
      action: 'session.refresh_reuse_detected',
      userId: first.user.id,
      details: { revokedCount: 2 },
    });

    expect((await refresh.execute(second.refreshToken, ctx))._unsafeUnwrapErr()).toMatchObject(
      sessionExpired,
    );
    expect([...bed.db.tables.refreshTokens.values()].every((t) => t.revokedAt !== null)).toBe(true);
  });

  it('Given an expired token, When presented, Then AUTH_002 and it is not consumed', async () => {
    bed.clock.advance(REFRESH_TOKEN_TTL_SECONDS);

    expect((await refresh.execute(first.refreshToken, ctx))._unsafeUnwrapErr()).toMatchObject(sessionExpired);
    expect(tokenRow(first.refreshToken)).toMatchObject({ usedAt: null, revokedAt: null });
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'not-a-token'],
    ['unknown', '0190f0f0-0000-7000-8000-000000000001.fake-secret-000000000001'],
  ])('Given a %s token, When presented, Then AUTH_002 and nothing changes', async (_, presented) => {
    const before = bed.db.tables;
    expect((await refresh.execute(presented, ctx))._unsafeUnwrapErr()).toMatchObject(sessionExpired);
    expect(bed.db.tables.refreshTokens).toEqual(before.refreshTokens);
  });

  it('Given a known token id with a wrong secret, When presented, Then AUTH_002 and the real token still works', async () => {
    const [tokenId] = first.refreshToken.split('.');
    expect(
      (await refresh.execute(`${tokenId}.fake-secret-999999999999`, ctx))._unsafeUnwrapErr(),
    ).toMatchObject(sessionExpired);
    expect((await refresh.execute(first.refreshToken, ctx)).isOk()).toBe(true);
  });

  it('Given a session refreshed every 20 days, When it is older than the maximum session age, Then refreshing answers AUTH_002', async () => {
    let presented = first.refreshToken;
    const day = 24 * 3600;
    for (let elapsed = 20; elapsed < SESSION_MAX_AGE_SECONDS / day; elapsed += 20) {
      bed.clock.advance(20 * day);
      presented = (await refresh.execute(presented, ctx))._unsafeUnwrap().refreshToken;
    }
    // The last token expires when the session does, not 30 days after it was issued.
    const last = tokenRow(presented);
    expect(last?.expiresAt.getTime()).toBe(
      (last?.familyStartedAt.getTime() ?? 0) + SESSION_MAX_AGE_SECONDS * 1000,
    );

    bed.clock.advance(20 * day);
    expect((await refresh.execute(presented, ctx))._unsafeUnwrapErr()).toMatchObject(sessionExpired);
  });
});
