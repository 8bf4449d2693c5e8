import type { ChallengeRepository } from '@talentsphere/application/challenges';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Challenge } from '@talentsphere/domain/challenges';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { withSavepoint } from '../recruiting/savepoint';
import { type ChallengeRow, toChallenge, validationJson } from './challenge-rows';
import { languagesOf } from './challenge-views';

const SLUG_INDEX = 'challenges_slug_key';

/**
 * Written with the row (title and skills weigh most, then the statement); the migration explains why
 * it is not a generated column.
 */
export const challengeSearchVector = (challenge: Challenge) => sql<string>`
  setweight(to_tsvector('english'::regconfig, ${challenge.title}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${challenge.skills.map((s) => s.name).join(' ')}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${challenge.statement}::text), 'B')`;

const columns = (challenge: Challenge) => ({
  slug: challenge.slug,
  title: challenge.title,
  statement: challenge.statement,
  difficulty: challenge.difficulty,
  skills: JSON.stringify(challenge.skills),
  skill_names: challenge.skills.map((s) => s.name),
  languages: languagesOf(challenge.starterCode),
  starter_code: JSON.stringify(challenge.starterCode),
  entry_function: challenge.entryFunction,
  tests: JSON.stringify(challenge.tests),
  limits: JSON.stringify(challenge.limits),
  reference_solution: JSON.stringify(challenge.referenceSolution),
  grading_version: challenge.gradingVersion,
  validation: validationJson(challenge.validation),
  status: challenge.status,
  published_at: challenge.publishedAt,
  retired_at: challenge.retiredAt,
  updated_at: challenge.updatedAt,
  search: challengeSearchVector(challenge),
});

/** Every column but the search vector, which only the list reads. */
export const CHALLENGE_COLUMNS = [
  'id',
  'slug',
  'title',
  'statement',
  'difficulty',
  'skills',
  'skill_names',
  'languages',
  'starter_code',
  'entry_function',
  'tests',
  'limits',
  'reference_solution',
  'grading_version',
  'validation',
  'status',
  'published_at',
  'retired_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ChallengeRow)[];

/** A challenge with its documents and its authors (challenge_authors, in order). */
export class KyselyChallengeRepository implements ChallengeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string, lock?: RowLock): Promise<Challenge | undefined> {
    const query = this.db.selectFrom('challenges').select(CHALLENGE_COLUMNS).where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    if (!row) return undefined;
    const authors = await this.db
      .selectFrom('challenge_authors')
      .select('user_id')
      .where('challenge_id', '=', id)
      .orderBy('position')
      .execute();
    return toChallenge(
      row,
      authors.map((a) => a.user_id),
    );
  }

  async insert(challenge: Challenge): Promise<'inserted' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .insertInto('challenges')
          .values({ ...columns(challenge), id: challenge.id, created_at: challenge.createdAt })
          .execute();
        await this.insertAuthors(challenge);
      });
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  async update(challenge: Challenge): Promise<'updated' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .updateTable('challenges')
          .set(columns(challenge))
          .where('id', '=', challenge.id)
          .execute();
        // Authors are few; replacing them keeps the list and its order exactly the aggregate's.
        await this.db.deleteFrom('challenge_authors').where('challenge_id', '=', challenge.id).execute();
        await this.insertAuthors(challenge);
      });
      return 'updated';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  private async insertAuthors(challenge: Challenge): Promise<void> {
    if (challenge.authorIds.length === 0) return;
    await this.db
      .insertInto('challenge_authors')
      .values(
        challenge.authorIds.map((userId, position) => ({
          challenge_id: challenge.id,
          user_id: userId,
          position,
        })),
      )
      .execute();
  }
}
