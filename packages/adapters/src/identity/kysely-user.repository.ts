import type { UserDirectory, UserRepository, UserSummary } from '@talentsphere/application/identity';
import { type User, userFromSnapshot } from '@talentsphere/domain/identity';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database, UserRow } from '../persistence/tables';

const toUser = (row: UserRow): User =>
  userFromSnapshot({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

/** Takes a Kysely or a Transaction: the unit of work hands it its transaction. */
export class KyselyUserRepository implements UserRepository, UserDirectory {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && toUser(row);
  }

  async insert(user: User): Promise<'inserted' | 'email-taken'> {
    try {
      await this.db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          created_at: user.createdAt,
          updated_at: user.updatedAt,
        })
        .execute();
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) return 'email-taken';
      throw error;
    }
  }

  async findSummary(id: string): Promise<UserSummary | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role'])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
