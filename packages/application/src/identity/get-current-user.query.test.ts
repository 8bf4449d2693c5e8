import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { GetCurrentUser } from './get-current-user.query';
import { RegisterUser } from './register-user.use-case';

describe('GetCurrentUser', () => {
  it('Given a registered user, When they ask who they are, Then they get id, email, name and role only', async () => {
    const bed = new IdentityTestbed();
    const { user } = (
      await new RegisterUser(bed).execute(
        { email: 'Ada@example.com', password: 'correct horse battery staple', name: 'Ada', role: 'employer' },
        { correlationId: 'corr', ipAddress: '203.0.113.7' },
      )
    )._unsafeUnwrap();

    expect((await new GetCurrentUser(bed).execute({ userId: user.id }))._unsafeUnwrap()).toStrictEqual({
      id: user.id,
      email: 'ada@example.com',
      name: 'Ada',
      role: 'employer',
    });
  });

  it('Given a token for an account that no longer exists, When asking, Then Unauthenticated', async () => {
    const error = (
      await new GetCurrentUser(new IdentityTestbed()).execute({
        userId: '0190f0f0-0000-7000-8000-000000000001',
      })
    )._unsafeUnwrapErr();
    expect(error.kind).toBe('Unauthenticated');
  });
});
