import type {
  ChallengeDetail,
  ChallengeLeaderboardEntry,
  ChallengeListInput,
  ChallengeListResult,
  ChallengeQueries,
  ChallengeStats,
  OverallLeaderboardEntry,
  StudioChallenge,
  StudioChallengeRow,
  SubmissionView,
} from '@talentsphere/application/challenges';
import type { ChallengeSkill, Difficulty, Language } from '@talentsphere/domain/challenges';
import { leaderboardIdentity } from '@talentsphere/domain/profile';
import type { Slug } from '@talentsphere/domain/shared';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { type ChallengeRow, toChallenge, toSubmission } from './challenge-rows';
import {
  type AuthorRef,
  type CardFacts,
  NO_SUBMISSIONS,
  toChallengeCard,
  toChallengeDetail,
  toStudioChallenge,
  toStudioChallengeRow,
  toSubmissionView,
} from './challenge-views';
import { CHALLENGE_COLUMNS } from './kysely-challenge.repository';

type CardRow = Pick<
  ChallengeRow,
  'id' | 'slug' | 'title' | 'difficulty' | 'skills' | 'languages' | 'published_at'
>;

const toCardFacts = (row: CardRow): CardFacts => ({
  id: row.id,
  slug: row.slug as Slug,
  title: row.title,
  difficulty: row.difficulty as Difficulty,
  skills: row.skills as ChallengeSkill[],
  languages: row.languages as Language[],
  publishedAt: row.published_at,
});

/** Whether `viewerId` has an accepted submission to challenge `c`. */
const solvedBy = (viewerId: string) => sql<boolean>`EXISTS (SELECT 1 FROM submissions s
  WHERE s.challenge_id = c.id AND s.user_id = ${viewerId} AND s.verdict = 'ACCEPTED')`;

/**
 * Whether submission `s` is by one of its challenge's authors: they wrote the reference solution and
 * see the hidden tests, so their submissions to their own challenges are neither ranked nor counted.
 */
const byItsAuthor = sql<boolean>`EXISTS (SELECT 1 FROM challenge_authors a
  WHERE a.challenge_id = s.challenge_id AND a.user_id = s.user_id)`;

/** Whether the learner of profile `p` (joined left: maybe none) shows their name on public boards. */
const showsName = sql<boolean>`(p.visibility->>'leaderboards') IS DISTINCT FROM 'private'`;

/**
 * The challenges read side on PostgreSQL and PGlite alike. Each answer takes a fixed number of
 * statements: the rows, then their authors, stats and the viewer's solves in one batch each.
 */
export class KyselyChallengeQueries implements ChallengeQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async list(input: ChallengeListInput, viewerId: string | null): Promise<ChallengeListResult> {
    const q = input.q?.trim() ?? '';
    const filters: RawBuilder<unknown>[] = [sql`c.status = 'published'`];
    if (q !== '') filters.push(sql`c.search @@ websearch_to_tsquery('english'::regconfig, ${q}::text)`);
    if (input.difficulties?.length) filters.push(sql`c.difficulty = ANY(${[...input.difficulties]}::text[])`);
    if (input.skill) filters.push(sql`c.skill_names @> ARRAY[${input.skill}::text]`);
    if (viewerId !== null && input.progress === 'solved') filters.push(solvedBy(viewerId));
    if (viewerId !== null && input.progress === 'unsolved') filters.push(sql`NOT ${solvedBy(viewerId)}`);
    const where = sql.join(filters, sql` AND `);

    const [page, total, skills] = await Promise.all([
      // Byte order for titles, so PostgreSQL and PGlite (whatever their collations) list them alike.
      sql<CardRow>`
        SELECT c.id, c.slug, c.title, c.difficulty, c.skills, c.languages, c.published_at
        FROM challenges c
        WHERE ${where}
        ORDER BY c.published_at, lower(c.title) COLLATE "C", c.id
        LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`.execute(this.db),
      sql<{ count: string }>`SELECT count(*) AS count FROM challenges c WHERE ${where}`.execute(this.db),
      sql<{ name: string; count: string }>`
        SELECT skill AS name, count(*) AS count
        FROM challenges c, unnest(c.skill_names) AS skill
        WHERE c.status = 'published'
        GROUP BY skill
        ORDER BY count(*) DESC, skill COLLATE "C"`.execute(this.db),
    ]);
    const ids = page.rows.map((r) => r.id);
    const [stats, solved] = await Promise.all([
      this.stats(ids),
      viewerId === null ? Promise.resolve(null) : this.solvedAmong(viewerId, ids),
    ]);
    return {
      items: page.rows.map((row) =>
        toChallengeCard(toCardFacts(row), stats.get(row.id) ?? NO_SUBMISSIONS, solved?.has(row.id) ?? null),
      ),
      total: Number(total.rows[0]?.count ?? 0),
      page: input.page,
      pageSize: input.pageSize,
      skills: skills.rows.map((r) => ({ name: r.name, count: Number(r.count) })),
    };
  }

  async detail(challengeId: string): Promise<ChallengeDetail | undefined> {
    const found = await this.challenge(challengeId);
    return found && toChallengeDetail(found.challenge, found.authors, found.stats);
  }

  async studio(challengeId: string): Promise<StudioChallenge | undefined> {
    const found = await this.challenge(challengeId);
    return found && toStudioChallenge(found.challenge, found.authors, found.stats);
  }

  /** Most recently edited first. */
  async challengesOfAuthor(userId: string): Promise<StudioChallengeRow[]> {
    const rows = await this.db
      .selectFrom('challenges as c')
      .innerJoin('challenge_authors as a', 'a.challenge_id', 'c.id')
      .select(['c.id', 'c.slug', 'c.title', 'c.difficulty', 'c.status', 'c.updated_at'])
      // isValidated: the reference solution passed the current grading version.
      .select(
        sql<boolean>`coalesce((c.validation->>'passed')::boolean
          AND (c.validation->>'version')::integer = c.grading_version, false)`.as('validated'),
      )
      .where('a.user_id', '=', userId)
      .orderBy('c.updated_at', 'desc')
      .orderBy('c.id', 'desc')
      .execute();
    const stats = await this.stats(rows.map((r) => r.id));
    return rows.map((r) =>
      toStudioChallengeRow(
        {
          id: r.id,
          slug: r.slug as Slug,
          title: r.title,
          difficulty: r.difficulty,
          status: r.status,
          validated: r.validated,
          updatedAt: r.updated_at,
        },
        stats.get(r.id) ?? NO_SUBMISSIONS,
      ),
    );
  }

  async submission(submissionId: string): Promise<SubmissionView | undefined> {
    const row = await this.db
      .selectFrom('submissions')
      .selectAll()
      .where('id', '=', submissionId)
      .executeTakeFirst();
    return row && toSubmissionView(toSubmission(row));
  }

  /** Newest first. */
  async submissionsOf(userId: string, challengeId: string, limit: number): Promise<SubmissionView[]> {
    const rows = await this.db
      .selectFrom('submissions')
      .selectAll()
      .where('challenge_id', '=', challengeId)
      .where('user_id', '=', userId)
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => toSubmissionView(toSubmission(row)));
  }

  /**
   * Each learner once, by their first accepted submission (DISTINCT ON): earliest submitted first (a
   * busy grading queue does not reorder learners), then the faster run, then the user id. A later,
   * faster submission does not improve a place taken. The challenge's authors are not ranked.
   */
  async leaderboard(
    challengeId: string,
    limit: number,
    viewerId: string | null,
  ): Promise<ChallengeLeaderboardEntry[]> {
    const { rows } = await sql<{
      user_id: string;
      name: string;
      shows_name: boolean;
      submitted_at: Date;
      time_ms: number;
      language: Language;
      rank: string;
    }>`
      WITH first_accepted AS (
        SELECT DISTINCT ON (s.user_id) s.user_id, s.submitted_at, s.time_ms, s.language
        FROM submissions s
        WHERE s.challenge_id = ${challengeId} AND s.verdict = 'ACCEPTED' AND NOT ${byItsAuthor}
        ORDER BY s.user_id, s.submitted_at, s.id
      )
      SELECT f.user_id, u.name, ${showsName} AS shows_name, f.submitted_at, f.time_ms, f.language,
        row_number() OVER (ORDER BY f.submitted_at, f.time_ms, f.user_id) AS rank
      FROM first_accepted f
      JOIN users u ON u.id = f.user_id
      LEFT JOIN profiles p ON p.user_id = f.user_id
      ORDER BY rank
      LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => ({
      rank: Number(r.rank),
      ...leaderboardIdentity({ userId: r.user_id, name: r.name, showsName: r.shows_name }, viewerId),
      acceptedAt: r.submitted_at.toISOString(),
      timeMs: Number(r.time_ms),
      language: r.language,
    }));
  }

  /**
   * Learners by distinct challenges solved, most first; equal counts by who reached theirs first (the
   * time of their last first-acceptance), then the user id. Nobody's own challenges count.
   */
  async overallLeaderboard(limit: number, viewerId: string | null): Promise<OverallLeaderboardEntry[]> {
    const { rows } = await sql<{
      user_id: string;
      name: string;
      shows_name: boolean;
      solved: string;
      last_solved_at: Date;
      rank: string;
    }>`
      WITH solves AS (
        SELECT s.user_id, min(s.submitted_at) AS solved_at
        FROM submissions s
        WHERE s.verdict = 'ACCEPTED' AND NOT ${byItsAuthor}
        GROUP BY s.user_id, s.challenge_id
      ), totals AS (
        SELECT user_id, count(*) AS solved, max(solved_at) AS last_solved_at
        FROM solves
        GROUP BY user_id
      )
      SELECT t.user_id, u.name, ${showsName} AS shows_name, t.solved, t.last_solved_at,
        row_number() OVER (ORDER BY t.solved DESC, t.last_solved_at, t.user_id) AS rank
      FROM totals t
      JOIN users u ON u.id = t.user_id
      LEFT JOIN profiles p ON p.user_id = t.user_id
      ORDER BY rank
      LIMIT ${limit}`.execute(this.db);
    return rows.map((r) => ({
      rank: Number(r.rank),
      ...leaderboardIdentity({ userId: r.user_id, name: r.name, showsName: r.shows_name }, viewerId),
      solved: Number(r.solved),
      lastSolvedAt: r.last_solved_at.toISOString(),
    }));
  }

  private async challenge(challengeId: string) {
    const row = await this.db
      .selectFrom('challenges')
      .select(CHALLENGE_COLUMNS)
      .where('id', '=', challengeId)
      .executeTakeFirst();
    if (!row) return undefined;
    const [authors, stats] = await Promise.all([this.authors(challengeId), this.stats([challengeId])]);
    return {
      challenge: toChallenge(
        row,
        authors.map((a) => a.id),
      ),
      authors,
      stats: stats.get(challengeId) ?? NO_SUBMISSIONS,
    };
  }

  /** The challenge's authors in their order, with their names. */
  private async authors(challengeId: string): Promise<AuthorRef[]> {
    const rows = await this.db
      .selectFrom('challenge_authors as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.user_id as id', 'u.name'])
      .where('a.challenge_id', '=', challengeId)
      .orderBy('a.position')
      .execute();
    return rows;
  }

  /**
   * Judged submissions, acceptances and solvers of each challenge, in one statement: learners' only,
   * so an author trying their own challenge moves none of them.
   */
  private async stats(challengeIds: readonly string[]): Promise<Map<string, ChallengeStats>> {
    const byChallenge = new Map<string, ChallengeStats>();
    if (challengeIds.length === 0) return byChallenge;
    const { rows } = await sql<{
      challenge_id: string;
      submissions: string;
      accepted: string;
      solvers: string;
    }>`
      SELECT challenge_id,
        count(*) AS submissions,
        count(*) FILTER (WHERE verdict = 'ACCEPTED') AS accepted,
        count(DISTINCT user_id) FILTER (WHERE verdict = 'ACCEPTED') AS solvers
      FROM submissions s
      WHERE s.challenge_id = ANY(${[...challengeIds]}::uuid[]) AND s.verdict IS NOT NULL
        AND NOT ${byItsAuthor}
      GROUP BY s.challenge_id`.execute(this.db);
    for (const row of rows) {
      byChallenge.set(row.challenge_id, {
        submissions: Number(row.submissions),
        accepted: Number(row.accepted),
        solvers: Number(row.solvers),
      });
    }
    return byChallenge;
  }

  /** Which of the challenges the viewer solved, in one statement. */
  private async solvedAmong(viewerId: string, challengeIds: readonly string[]): Promise<Set<string>> {
    if (challengeIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('submissions')
      .select('challenge_id')
      .distinct()
      .where('user_id', '=', viewerId)
      .where('verdict', '=', 'ACCEPTED')
      .where('challenge_id', 'in', challengeIds)
      .execute();
    return new Set(rows.map((r) => r.challenge_id));
  }
}
