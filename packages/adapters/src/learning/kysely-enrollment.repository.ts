import type { EnrollmentRepository } from '@talentsphere/application/learning';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Enrollment } from '@talentsphere/domain/learning';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { withSavepoint } from '../recruiting/savepoint';
import { type EnrollmentRow, progressJson, toEnrollment } from './learning-rows';

const ONE_PER_LEARNER = 'enrollments_one_per_learner';

const columns = (e: Enrollment) => ({
  status: e.status,
  lessons: progressJson(e.lessons),
  last_lesson_id: e.lastLessonId,
  updated_at: e.updatedAt,
  completed_at: e.completedAt,
  cancelled_at: e.cancelledAt,
});

/** An enrolment with its progress (jsonb) and, once completed, its certificate (certificates). */
export class KyselyEnrollmentRepository implements EnrollmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByLearner(userId: string, courseId: string, lock?: RowLock): Promise<Enrollment | undefined> {
    const query = this.db
      .selectFrom('enrollments')
      .selectAll()
      .where('user_id', '=', userId)
      .where('course_id', '=', courseId);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && this.withCertificate(row);
  }

  async insert(enrollment: Enrollment): Promise<'inserted' | 'duplicate'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .insertInto('enrollments')
          .values({
            ...columns(enrollment),
            id: enrollment.id,
            user_id: enrollment.userId,
            course_id: enrollment.courseId,
            enrolled_at: enrollment.enrolledAt,
          })
          .execute();
        await this.issueCertificate(enrollment);
      });
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, ONE_PER_LEARNER)) return 'duplicate';
      throw error;
    }
  }

  async update(enrollment: Enrollment): Promise<void> {
    await this.db
      .updateTable('enrollments')
      .set(columns(enrollment))
      .where('id', '=', enrollment.id)
      .execute();
    await this.issueCertificate(enrollment);
  }

  async activeOfCourse(courseId: string, afterId: string | null, limit: number): Promise<Enrollment[]> {
    let query = this.db
      .selectFrom('enrollments')
      .selectAll()
      .where('course_id', '=', courseId)
      .where('status', '=', 'active');
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id').limit(limit).execute();
    // Active enrolments have no certificate yet.
    return rows.map((row) => toEnrollment(row, undefined));
  }

  private async withCertificate(row: EnrollmentRow): Promise<Enrollment> {
    if (row.status !== 'completed') return toEnrollment(row, undefined);
    const certificate = await this.db
      .selectFrom('certificates')
      .select(['id', 'verification_code', 'issued_at'])
      .where('enrollment_id', '=', row.id)
      .executeTakeFirst();
    return toEnrollment(row, certificate);
  }

  /** A certificate is issued once and never changes: an existing row is kept as it is. */
  private async issueCertificate(enrollment: Enrollment): Promise<void> {
    if (!enrollment.certificate) return;
    await this.db
      .insertInto('certificates')
      .values({
        id: enrollment.certificate.id,
        enrollment_id: enrollment.id,
        user_id: enrollment.userId,
        course_id: enrollment.courseId,
        verification_code: enrollment.certificate.verificationCode,
        issued_at: enrollment.certificate.issuedAt,
      })
      .onConflict((oc) => oc.column('enrollment_id').doNothing())
      .execute();
  }
}
