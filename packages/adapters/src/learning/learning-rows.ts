import type {
  AccessTier,
  Certificate,
  Course,
  CourseLevel,
  CourseSkill,
  Enrollment,
  LessonProgress,
  Section,
} from '@talentsphere/domain/learning';
import type { Slug } from '@talentsphere/domain/shared';
import type { Selectable } from 'kysely';
import type { CertificatesTable, CoursesTable, EnrollmentsTable } from '../persistence/tables';

// Row ↔ aggregate mapping shared by the repositories and the read side.

export type CourseRow = Omit<Selectable<CoursesTable>, 'search'>;
export type EnrollmentRow = Selectable<EnrollmentsTable>;
export type CertificateRow = Selectable<CertificatesTable>;

/** Progress entries as jsonb stores them: dates as ISO strings. */
interface StoredProgress {
  lessonId: string;
  status: LessonProgress['status'];
  completedAt: string | null;
}

/** Rebuilds the status union; the row's CHECKs tie published_at and archived_at to the status. */
export function toCourse(row: CourseRow, authorIds: readonly string[]): Course {
  const base = {
    id: row.id,
    slug: row.slug as Slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    level: row.level as CourseLevel,
    skills: row.skills as CourseSkill[],
    coverImageUrl: row.cover_image_url,
    accessTier: row.access_tier as AccessTier,
    authorIds,
    sections: row.sections as Section[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  switch (row.status) {
    case 'draft':
      return { ...base, status: 'draft', publishedAt: null, archivedAt: null };
    case 'published':
      if (!row.published_at) throw new Error(`Published course ${row.id} has no published_at`);
      return { ...base, status: 'published', publishedAt: row.published_at, archivedAt: null };
    case 'archived':
      if (!row.published_at || !row.archived_at)
        throw new Error(`Archived course ${row.id} lacks published_at/archived_at`);
      return { ...base, status: 'archived', publishedAt: row.published_at, archivedAt: row.archived_at };
  }
}

export const progressJson = (lessons: readonly LessonProgress[]): string =>
  JSON.stringify(
    lessons.map(
      (l): StoredProgress => ({
        lessonId: l.lessonId,
        status: l.status,
        completedAt: l.completedAt?.toISOString() ?? null,
      }),
    ),
  );

const toProgress = (stored: StoredProgress): LessonProgress => ({
  lessonId: stored.lessonId,
  status: stored.status,
  completedAt: stored.completedAt === null ? null : new Date(stored.completedAt),
});

/** A completed enrolment always comes with its certificate row. */
export function toEnrollment(
  row: EnrollmentRow,
  certificate: Pick<CertificateRow, 'id' | 'verification_code' | 'issued_at'> | undefined,
): Enrollment {
  const base = {
    id: row.id,
    userId: row.user_id,
    courseId: row.course_id,
    lessons: (row.lessons as StoredProgress[]).map(toProgress),
    lastLessonId: row.last_lesson_id,
    enrolledAt: row.enrolled_at,
    updatedAt: row.updated_at,
  };
  switch (row.status) {
    case 'active':
      return { ...base, status: 'active', completedAt: null, cancelledAt: null, certificate: null };
    case 'cancelled':
      if (!row.cancelled_at) throw new Error(`Cancelled enrollment ${row.id} has no cancelled_at`);
      return {
        ...base,
        status: 'cancelled',
        completedAt: null,
        cancelledAt: row.cancelled_at,
        certificate: null,
      };
    case 'completed': {
      if (!row.completed_at || !certificate)
        throw new Error(`Completed enrollment ${row.id} lacks completed_at or its certificate`);
      const issued: Certificate = {
        id: certificate.id,
        verificationCode: certificate.verification_code,
        issuedAt: certificate.issued_at,
      };
      return {
        ...base,
        status: 'completed',
        completedAt: row.completed_at,
        cancelledAt: null,
        certificate: issued,
      };
    }
  }
}
