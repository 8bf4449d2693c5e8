import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../shared/ports';
import { Logout } from './logout.use-case';
import { RefreshSession } from './refresh-session.use-case';
import { RegisterUser } from './register-user.use-case';

const ctx: RequestContext = { correlationId: 'corr-logout', ipAddress: '203.0.113.7' };

describe('Logout', () => {
  let bed: IdentityTestbed;
  let logout: Logout;
  let session: { refreshToken: string; user: { id: string } };
  beforeEach(async () => {
    bed = new IdentityTestbed();
    logout = new Logout(bed);
    session = (
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

  const logoutEvents = () => bed.db.tables.outbox.filter((e) => e.eventType === 'auth.user.logout');

  it('Given a signed-in session, When signing out, Then its family is revoked, auth.user.logout is recorded and the token no longer refreshes', async () => {
    const rotated = (await new RefreshSession(bed).execute(session.refreshToken, ctx))._unsafeUnwrap();

    expect((await logout.execute(rotated.refreshToken, ctx))._unsafeUnwrap()).toEqual({ signedOut: true });

    expect([...bed.db.tables.refreshTokens.values()].every((t) => t.revokedAt !== null)).toBe(true);
    expect(logoutEvents()).toMatchObject([
      { data: { userId: session.user.id }, correlationId: 'corr-logout' },
    ]);
    expect(bed.db.tables.audit.at(-1)).toMatchObject({ action: 'user.logout', userId: session.user.id });
    expect((await new RefreshSession(bed).execute(rotated.refreshToken, ctx))._unsafeUnwrapErr().code).toBe(
      'AUTH_002',
    );
  });

  it('Given a session already signed out, When signing out again, Then it answers the same and records nothing more', async () => {
    await logout.execute(session.refreshToken, ctx);
    const after = bed.db.tables;

    expect((await logout.execute(session.refreshToken, ctx))._unsafeUnwrap()).toEqual({ signedOut: true });
    expect(bed.db.tables.outbox).toEqual(after.outbox);
    expect(bed.db.tables.audit).toEqual(after.audit);
    expect(logoutEvents()).toHaveLength(1);
  });

  it.each([
    ['no', undefined],
    ['a malformed', 'garbage'],
    ['a forged', `${'0190f0f0-0000-7000-8000-000000000001'}.fake-secret-000000000001`],
  ])('Given %s token, When signing out, Then it succeeds and revokes nothing', async (_, presented) => {
    expect((await logout.execute(presented, ctx))._unsafeUnwrap()).toEqual({ signedOut: true });
    expect([...bed.db.tables.refreshTokens.values()].every((t) => t.revokedAt === null)).toBe(true);
    expect(logoutEvents()).toEqual([]);
  });
});
