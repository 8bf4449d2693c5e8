import type { UserDirectory, UserRepository } from '@talentsphere/application/identity';
import { beforeEach, describe, expect, it } from 'vitest';
import { aUser } from './contract-fixtures';

export interface UserRepositorySubject {
  readonly users: UserRepository & UserDirectory;
}

/** What every UserRepository/UserDirectory adapter must do; `subject` runs before each test. */
export function userRepositoryContract(adapter: string, subject: () => Promise<UserRepositorySubject>): void {
  describe(`UserRepository contract: ${adapter}`, () => {
    let users: UserRepositorySubject['users'];
    beforeEach(async () => {
      ({ users } = await subject());
    });

    it('Given an inserted user, When found by id or by email, Then every field comes back', async () => {
      const user = aUser();
      expect(await users.insert(user)).toBe('inserted');
      expect(await users.findById(user.id)).toEqual(user);
      expect(await users.findByEmail(user.email)).toEqual(user);
    });

    it('Given no such user, When looked up, Then the answer is undefined', async () => {
      const missing = aUser();
      expect(await users.findById(missing.id)).toBeUndefined();
      expect(await users.findByEmail(missing.email)).toBeUndefined();
      expect(await users.findSummary(missing.id)).toBeUndefined();
    });

    it('Given a user, When another user with the same email is inserted, Then it is email-taken and nothing changes', async () => {
      const first = aUser();
      await users.insert(first);
      const second = aUser({ email: first.email, name: 'Someone Else' });
      expect(await users.insert(second)).toBe('email-taken');
      expect(await users.findById(second.id)).toBeUndefined();
      expect(await users.findByEmail(first.email)).toEqual(first);
    });

    it('Given a user, When its summary is read, Then it has the public fields only', async () => {
      const user = aUser();
      await users.insert(user);
      expect(await users.findSummary(user.id)).toStrictEqual({
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
      });
    });
  });
}
