import type { UserDirectory, UserRepository, UserSummary } from '@talentsphere/application/identity';
import type { User } from '@talentsphere/domain/identity';
import type { InMemoryStore } from './in-memory-database';

export class InMemoryUserRepository implements UserRepository, UserDirectory {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<User | undefined> {
    return this.store.tables.users.get(id);
  }

  async findByEmail(email: string): Promise<User | undefined> {
    return [...this.store.tables.users.values()].find((user) => user.email === email);
  }

  /** Mirrors the unique index on users.email. */
  async insert(user: User): Promise<'inserted' | 'email-taken'> {
    if (await this.findByEmail(user.email)) return 'email-taken';
    if (this.store.tables.users.has(user.id)) throw new Error(`Duplicate user id ${user.id}`);
    this.store.tables.users.set(user.id, user);
    return 'inserted';
  }

  async findSummary(id: string): Promise<UserSummary | undefined> {
    const user = this.store.tables.users.get(id);
    return user && { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
