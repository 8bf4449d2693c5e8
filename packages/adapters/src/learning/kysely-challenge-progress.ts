import type { ChallengeProgress } from '@talentsphere/application/learning';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Learning's view of the challenges tables on PostgreSQL and PGlite. A lesson may hold any text as
 * its challenge id (the domain does not parse it), but only a uuid names a stored challenge, and
 * PostgreSQL refuses to compare anything else with one: other ids name nothing.
 */
export class KyselyChallengeProgress implements ChallengeProgress {
  constructor(private readonly db: Kysely<Database>) {}

  async publishedChallenge(challengeId: string): Promise<{ id: string; title: string } | undefined> {
    if (!UUID.test(challengeId)) return undefined;
    return this.db
      .selectFrom('challenges')
      .select(['id', 'title'])
      .where('id', '=', challengeId)
      .where('status', '=', 'published')
      .executeTakeFirst();
  }

  async hasPassed(userId: string, challengeId: string): Promise<boolean> {
    if (!UUID.test(challengeId) || !UUID.test(userId)) return false;
    const row = await this.db
      .selectFrom('submissions')
      .select('id')
      .where('challenge_id', '=', challengeId)
      .where('user_id', '=', userId)
      .where('verdict', '=', 'ACCEPTED')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}
