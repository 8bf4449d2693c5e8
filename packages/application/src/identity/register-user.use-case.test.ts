import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../shared/ports';
import { authRateLimits } from './auth-rate-limits';
import type { RegisterInput } from './identity.inputs';
import { RegisterUser } from './register-user.use-case';

const ctx: RequestContext = { correlationId: 'corr-register', ipAddress: '203.0.113.7', userAgent: 'vitest' };
const ada: RegisterInput = {
  email: 'Ada@Example.com',
  password: 'correct horse battery staple',
  name: 'Ada Lovelace',
  role: 'jobseeker',
};

describe('RegisterUser', () => {
  let bed: IdentityTestbed;
  let register: RegisterUser;
  beforeEach(() => {
    bed = new IdentityTestbed();
    register = new RegisterUser(bed);
  });

  it('Given a new email, When registering, Then the user, one auth.user.registered envelope, an audit row and a session exist', async () => {
    const session = (await register.execute(ada, ctx))._unsafeUnwrap();

    const [user, ...others] = bed.db.tables.users.values();
    expect(others).toEqual([]);
    expect(user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', role: 'jobseeker' });
    expect(user?.passwordHash).not.toBe(ada.password);
    expect(await bed.passwords.verify(user?.passwordHash ?? '', ada.password)).toBe(true);

    expect(bed.db.tables.outbox).toMatchObject([
      {
        eventType: 'auth.user.registered',
        version: 1,
        correlationId: 'corr-register',
        data: { userId: user?.id, email: 'ada@example.com', name: 'Ada Lovelace', role: 'jobseeker' },
      },
    ]);
    expect(bed.eventsCommitted).toBe(1);

    expect(bed.db.tables.audit).toMatchObject([
      {
        action: 'user.registered',
        userId: user?.id,
        ipAddress: '203.0.113.7',
        correlationId: 'corr-register',
      },
    ]);
    expect(JSON.stringify(bed.db.tables.audit)).not.toContain(ada.password);

    expect(session.user).toEqual({
      id: user?.id,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      role: 'jobseeker',
    });
    expect((await bed.accessTokens.verify(session.accessToken))._unsafeUnwrap()).toEqual({
      userId: user?.id,
      role: 'jobseeker',
    });
    const [tokenId] = session.refreshToken.split('.');
    expect(bed.db.tables.refreshTokens.get(tokenId ?? '')).toMatchObject({ userId: user?.id, usedAt: null });
  });

  it('Given an existing account, When registering the same email in another case, Then AUTH_003 and nothing is written', async () => {
    await register.execute(ada, ctx);
    const before = bed.db.tables;

    const error = (
      await register.execute({ ...ada, email: ' ADA@example.COM', name: 'Other' }, ctx)
    )._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'Conflict', code: 'AUTH_003' });
    expect(bed.db.tables).toBe(before);
    expect(bed.db.tables.users.size).toBe(1);
    expect(bed.db.tables.outbox).toHaveLength(1);
    expect(bed.db.tables.audit).toHaveLength(1);
  });

  it('Given a weak password, When registering, Then a Validation error names the password field and nothing is written', async () => {
    const error = (await register.execute({ ...ada, password: 'short' }, ctx))._unsafeUnwrapErr();

    expect(error.kind).toBe('Validation');
    expect(error.fields?.password).toMatch(/at least 10 characters/);
    expect(bed.db.tables.users.size).toBe(0);
    expect(bed.db.tables.outbox).toEqual([]);
    expect(bed.db.tables.audit).toEqual([]);
  });

  it('Given a bad email, When registering, Then a Validation error names the email field', async () => {
    const error = (await register.execute({ ...ada, email: 'ada-at-example' }, ctx))._unsafeUnwrapErr();
    expect(error.fields).toHaveProperty('email');
    expect(bed.db.tables.users.size).toBe(0);
  });

  it('Given an IP that spent its registration budget, When registering, Then RATE_LIMITED with a retry-after and nothing is written', async () => {
    for (let i = 0; i < authRateLimits.registerPerIp.points; i += 1) {
      await register.execute({ ...ada, password: 'short' }, ctx);
    }

    const error = (await register.execute(ada, ctx))._unsafeUnwrapErr();

    expect(error).toMatchObject({ kind: 'RateLimited', code: 'RATE_LIMITED' });
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(authRateLimits.registerPerIp.windowSeconds);
    expect(bed.db.tables.users.size).toBe(0);
    expect(bed.db.tables.outbox).toEqual([]);
    expect(bed.db.tables.audit).toEqual([]);
    expect((await register.execute(ada, { ...ctx, ipAddress: '198.51.100.1' })).isOk()).toBe(true);
  });

  it('Given an email tried from many addresses, When registering it a sixth time, Then RATE_LIMITED however the address changes', async () => {
    const outcomes = [];
    for (let i = 0; i < authRateLimits.registerPerAccount.points + 1; i += 1) {
      outcomes.push(await register.execute(ada, { ...ctx, ipAddress: `203.0.113.${i + 1}` }));
    }

    expect(outcomes[0]?.isOk()).toBe(true);
    expect(outcomes.slice(1, -1).map((r) => r._unsafeUnwrapErr().code)).toEqual([
      'AUTH_003',
      'AUTH_003',
      'AUTH_003',
      'AUTH_003',
    ]);
    expect(outcomes.at(-1)?._unsafeUnwrapErr()).toMatchObject({ kind: 'RateLimited', code: 'RATE_LIMITED' });
    expect(bed.db.tables.users.size).toBe(1);
  });
});
