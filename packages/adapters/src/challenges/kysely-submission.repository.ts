import type { SubmissionRepository } from '@talentsphere/application/challenges';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Submission } from '@talentsphere/domain/challenges';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { toSubmission } from './challenge-rows';

/** What changes as a submission is graded; the verdict and runtime are copied out for leaderboards. */
const progress = (submission: Submission) => ({
  status: submission.status,
  judgement: submission.judgement && JSON.stringify(submission.judgement),
  verdict: submission.judgement?.verdict ?? null,
  time_ms: submission.judgement?.timeMs ?? null,
  judged_at: submission.judgedAt,
  updated_at: submission.updatedAt,
});

/** A submission with its judgement as one jsonb document. */
export class KyselySubmissionRepository implements SubmissionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string, lock?: RowLock): Promise<Submission | undefined> {
    const query = this.db.selectFrom('submissions').selectAll().where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && toSubmission(row);
  }

  async insert(submission: Submission): Promise<void> {
    await this.db
      .insertInto('submissions')
      .values({
        ...progress(submission),
        id: submission.id,
        challenge_id: submission.challengeId,
        user_id: submission.userId,
        language: submission.language,
        source: submission.source,
        submitted_at: submission.submittedAt,
      })
      .execute();
  }

  async update(submission: Submission): Promise<void> {
    await this.db
      .updateTable('submissions')
      .set(progress(submission))
      .where('id', '=', submission.id)
      .execute();
  }
}
