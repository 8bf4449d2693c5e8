import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../shared/ports';
import { authRateLimits } from './auth-rate-limits';
import { Login } from './login.use-case';
import { RegisterUser } from './register-user.use-case';

const ctx: RequestContext = { correlationId: 'corr-login', ipAddress: '203.0.113.7', userAgent: 'vitest' };
const PASSWORD = 'correct horse battery staple';

describe('Login', () => {
  let bed: IdentityTestbed;
  let login: Login;
  let userId: string;
  beforeEach(async () => {
    bed = new IdentityTestbed();
    login = new Login(bed);
    const session = await new RegisterUser(bed).execute(
      { email: 'ada@example.com', password: PASSWORD, name: 'Ada Lovelace', role: 'employer' },
      { ...ctx, correlationId: 'corr-setup', ipAddress: '192.0.2.1' },
    );
    userId = session._unsafeUnwrap().user.id;
  });

  const since = <T extends { correlationId: string }>(rows: T[]) =>
    rows.filter((r) => r.correlationId === ctx.correlationId);

  it('Given the right password, When signing in, Then a session is issued, with an auth.user.login event carrying the IP', async () => {
    const session = (
      await login.execute({ email: ' ADA@example.com ', password: PASSWORD }, ctx)
    )._unsafeUnwrap();

    expect(session.user).toEqual({
      id: userId,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      role: 'employer',
    });
    expect((await bed.accessTokens.verify(session.accessToken))._unsafeUnwrap()).toEqual({
      userId,
      role: 'employer',
    });
    expect(since(bed.db.tables.outbox)).toMatchObject([
      { eventType: 'auth.user.login', data: { userId, ipAddress: '203.0.113.7' } },
    ]);
    expect(since(bed.db.tables.audit)).toMatchObject([
      { action: 'user.login.succeeded', userId, ipAddress: '203.0.113.7', details: { userAgent: 'vitest' } },
    ]);
  });

  it('Given a wrong password or an unknown email, When signing in, Then both give the identical AUTH_001 and a failed-login audit row', async () => {
    const wrongPassword = (
      await login.execute({ email: 'ada@example.com', password: 'not the password' }, ctx)
    )._unsafeUnwrapErr();
    const unknownEmail = (
      await login.execute({ email: 'nobody@example.com', password: PASSWORD }, ctx)
    )._unsafeUnwrapErr();

    expect(wrongPassword).toEqual({
      kind: 'Unauthenticated',
      code: 'AUTH_001',
      message: 'Email or password is incorrect.',
    });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(since(bed.db.tables.audit)).toMatchObject([
      {
        action: 'user.login.failed',
        userId,
        details: { email: 'ada@example.com', reason: 'wrong-password' },
      },
      {
        action: 'user.login.failed',
        userId: null,
        details: { email: 'nobody@example.com', reason: 'unknown-email' },
      },
    ]);
    expect(JSON.stringify(bed.db.tables.audit)).not.toContain('not the password');
    expect(since(bed.db.tables.outbox)).toEqual([]);
    // Only the refresh token of the registration exists: no session was issued.
    expect(bed.db.tables.refreshTokens.size).toBe(1);
  });

  it('Given 10 failures for one account, When signing in again, Then even the right password is RATE_LIMITED with a retry-after', async () => {
    for (let i = 0; i < authRateLimits.loginPerAccount.points; i += 1) {
      const ip = `198.51.100.${i}`;
      expect(
        (
          await login.execute(
            { email: 'ada@example.com', password: 'wrong password' },
            { ...ctx, ipAddress: ip },
          )
        ).isErr(),
      ).toBe(true);
    }

    const error = (
      await login.execute({ email: 'ada@example.com', password: PASSWORD }, ctx)
    )._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'RateLimited', code: 'RATE_LIMITED' });
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(since(bed.db.tables.outbox)).toEqual([]);
    expect(since(bed.db.tables.audit).at(-1)).toMatchObject({
      action: 'user.login.rate_limited',
      ipAddress: '203.0.113.7',
    });
  });

  it('Given failures followed by a success, When the budget is counted, Then the success resets the per-account counter', async () => {
    for (let i = 0; i < authRateLimits.loginPerAccount.points - 1; i += 1) {
      await login.execute({ email: 'ada@example.com', password: 'wrong password' }, ctx);
    }
    expect((await login.execute({ email: 'ada@example.com', password: PASSWORD }, ctx)).isOk()).toBe(true);

    for (let i = 0; i < authRateLimits.loginPerAccount.points - 1; i += 1) {
      await login.execute({ email: 'ada@example.com', password: 'wrong password' }, ctx);
    }
    expect((await login.execute({ email: 'ada@example.com', password: PASSWORD }, ctx)).isOk()).toBe(true);
  });

  it('Given a slow password check, When signing in, Then no transaction is held while it runs', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slowHasher = {
      hash: (password: string) => bed.passwords.hash(password),
      verify: async (hash: string, password: string) => {
        await gate;
        return bed.passwords.verify(hash, password);
      },
    };
    const signingIn = new Login({ ...bed, passwords: slowHasher }).execute(
      { email: 'ada@example.com', password: PASSWORD },
      ctx,
    );

    // The in-memory unit of work runs one transaction at a time, like PGlite's single connection:
    // this write only finishes now if the sign-in is not holding a transaction.
    const other = await new RegisterUser(bed).execute(
      { email: 'grace@example.com', password: PASSWORD, name: 'Grace Hopper', role: 'jobseeker' },
      { ...ctx, correlationId: 'corr-other', ipAddress: '192.0.2.9' },
    );
    expect(other.isOk()).toBe(true);

    release();
    expect((await signingIn).isOk()).toBe(true);
  });
});
