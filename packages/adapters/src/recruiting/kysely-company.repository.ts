import type { CompanyRepository, RowLock } from '@talentsphere/application/recruiting';
import type { Company } from '@talentsphere/domain/recruiting';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { toCompany } from './recruiting-rows';
import { withLock } from './row-lock';
import { withSavepoint } from './savepoint';

const SLUG_INDEX = 'companies_slug_key';

/** A company and its members (company_members); the slug's unique index answers 'slug-taken'. */
export class KyselyCompanyRepository implements CompanyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string, lock?: RowLock): Promise<Company | undefined> {
    const query = this.db.selectFrom('companies').selectAll().where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    if (!row) return undefined;
    const members = await this.db
      .selectFrom('company_members')
      .selectAll()
      .where('company_id', '=', id)
      .orderBy('added_at')
      .orderBy('user_id')
      .execute();
    return toCompany(row, members);
  }

  async recruitersOfOwner(ownerUserId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('company_members as owner')
      .innerJoin('company_members as recruiter', 'recruiter.company_id', 'owner.company_id')
      .select('recruiter.user_id')
      .distinct()
      .where('owner.user_id', '=', ownerUserId)
      .where('owner.role', '=', 'owner')
      .where('recruiter.role', '=', 'recruiter')
      .execute();
    return rows.map((r) => r.user_id);
  }

  async insert(company: Company): Promise<'inserted' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .insertInto('companies')
          .values({ ...profileColumns(company), id: company.id, created_at: company.createdAt })
          .execute();
        await this.insertMembers(company);
      });
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  async update(company: Company): Promise<'updated' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .updateTable('companies')
          .set(profileColumns(company))
          .where('id', '=', company.id)
          .execute();
        // Members are few; replacing them keeps the list exactly the aggregate's.
        await this.db.deleteFrom('company_members').where('company_id', '=', company.id).execute();
        await this.insertMembers(company);
      });
      return 'updated';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  private async insertMembers(company: Company): Promise<void> {
    if (company.members.length === 0) return;
    await this.db
      .insertInto('company_members')
      .values(
        company.members.map((m) => ({
          company_id: company.id,
          user_id: m.userId,
          role: m.role,
          added_at: m.addedAt,
        })),
      )
      .execute();
  }
}

const profileColumns = (company: Company) => ({
  name: company.name,
  slug: company.slug,
  description: company.description,
  website: company.website,
  location: company.location,
  size: company.size,
  logo_url: company.logoUrl,
  updated_at: company.updatedAt,
});
