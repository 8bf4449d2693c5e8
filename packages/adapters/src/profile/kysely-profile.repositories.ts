import type {
  EvidenceFact,
  ProfileRepository,
  SkillEvidenceRepository,
} from '@talentsphere/application/profile';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { evidenceRow, profileRow, toProfile } from './profile-rows';

export class KyselyProfileRepository implements ProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByUser(userId: string, lock?: RowLock): Promise<Profile | undefined> {
    const row = await withLock(
      this.db.selectFrom('profiles').selectAll().where('user_id', '=', userId),
      lock,
    ).executeTakeFirst();
    return row ? toProfile(row) : undefined;
  }

  async save(profile: Profile): Promise<void> {
    const { user_id, ...rest } = profileRow(profile);
    await this.db
      .insertInto('profiles')
      .values({ user_id, ...rest })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(rest))
      .execute();
  }
}

export class KyselySkillEvidenceRepository implements SkillEvidenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(evidence: readonly SkillEvidence[]): Promise<number> {
    if (evidence.length === 0) return 0;
    const inserted = await this.db
      .insertInto('skill_evidence')
      .values(evidence.map(evidenceRow))
      .onConflict((oc) => oc.columns(['user_id', 'id']).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  async deleteAll(): Promise<void> {
    await this.db.deleteFrom('skill_evidence').execute();
  }

  async facts(): Promise<EvidenceFact[]> {
    const [completed, certificates, accepted] = await Promise.all([
      this.db
        .selectFrom('enrollments')
        .select(['id', 'user_id', 'course_id', 'completed_at'])
        .where('status', '=', 'completed')
        .execute(),
      this.db
        .selectFrom('certificates')
        .select(['id', 'user_id', 'course_id', 'verification_code', 'issued_at'])
        .execute(),
      this.db
        .selectFrom('submissions as s')
        .select(['s.id', 's.user_id', 's.challenge_id', 's.judged_at'])
        .where('s.status', '=', 'judged')
        .where('s.verdict', '=', 'ACCEPTED')
        // An author's solve of their own challenge proves nothing, as the consumer decides.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('challenge_authors as a')
                .select('a.user_id')
                .whereRef('a.challenge_id', '=', 's.challenge_id')
                .whereRef('a.user_id', '=', 's.user_id'),
            ),
          ),
        )
        .execute(),
    ]);
    return [
      ...completed.flatMap((r): EvidenceFact[] =>
        r.completed_at
          ? [
              {
                kind: 'course-completed',
                userId: r.user_id,
                enrollmentId: r.id,
                courseId: r.course_id,
                at: r.completed_at,
              },
            ]
          : [],
      ),
      ...certificates.map(
        (r): EvidenceFact => ({
          kind: 'certificate',
          userId: r.user_id,
          certificateId: r.id,
          verificationCode: r.verification_code,
          courseId: r.course_id,
          at: r.issued_at,
        }),
      ),
      ...accepted.flatMap((r): EvidenceFact[] =>
        r.judged_at
          ? [
              {
                kind: 'challenge-passed',
                userId: r.user_id,
                submissionId: r.id,
                challengeId: r.challenge_id,
                at: r.judged_at,
              },
            ]
          : [],
      ),
    ];
  }
}
