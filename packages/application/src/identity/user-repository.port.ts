import type { User } from '@talentsphere/domain/identity';

export interface UserRepository {
  findById(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  /** Inserts a new user; answers 'email-taken' when the unique email index refuses it. */
  insert(user: User): Promise<'inserted' | 'email-taken'>;
}

/** Read side for screens: no aggregate, just the public fields. */
export interface UserSummary {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: User['role'];
}

export interface UserDirectory {
  findSummary(id: string): Promise<UserSummary | undefined>;
}
