import type { CourseRepository } from '@talentsphere/application/learning';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Course } from '@talentsphere/domain/learning';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../persistence/pg-errors';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { withSavepoint } from '../recruiting/savepoint';
import { syllabusTotals } from './course-views';
import { type CourseRow, toCourse } from './learning-rows';

const SLUG_INDEX = 'courses_slug_key';

/**
 * Written with the row (title and skills weigh most, then the summary, then the description); the
 * migration explains why it is not a generated column.
 */
export const courseSearchVector = (course: Course) => sql<string>`
  setweight(to_tsvector('english'::regconfig, ${course.title}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${course.skills.map((s) => s.name).join(' ')}::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, ${course.summary}::text), 'B') ||
  setweight(to_tsvector('english'::regconfig, ${course.description}::text), 'C')`;

const columns = (course: Course) => {
  const totals = syllabusTotals(course);
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    description: course.description,
    level: course.level,
    skills: JSON.stringify(course.skills),
    skill_names: course.skills.map((s) => s.name),
    cover_image_url: course.coverImageUrl,
    access_tier: course.accessTier,
    sections: JSON.stringify(course.sections),
    lesson_count: totals.lessonCount,
    video_seconds: totals.videoSeconds,
    status: course.status,
    published_at: course.publishedAt,
    archived_at: course.archivedAt,
    updated_at: course.updatedAt,
    search: courseSearchVector(course),
  };
};

/** Every column but the search vector, which only the catalog reads. */
export const COURSE_COLUMNS = [
  'id',
  'slug',
  'title',
  'summary',
  'description',
  'level',
  'skills',
  'skill_names',
  'cover_image_url',
  'access_tier',
  'sections',
  'lesson_count',
  'video_seconds',
  'status',
  'published_at',
  'archived_at',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof CourseRow)[];

/** A course with its syllabus document and its authors (course_authors, in order). */
export class KyselyCourseRepository implements CourseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string, lock?: RowLock): Promise<Course | undefined> {
    const query = this.db.selectFrom('courses').select(COURSE_COLUMNS).where('id', '=', id);
    const row = await withLock(query, lock).executeTakeFirst();
    if (!row) return undefined;
    const authors = await this.db
      .selectFrom('course_authors')
      .select('user_id')
      .where('course_id', '=', id)
      .orderBy('position')
      .execute();
    return toCourse(
      row,
      authors.map((a) => a.user_id),
    );
  }

  async insert(course: Course): Promise<'inserted' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db
          .insertInto('courses')
          .values({ ...columns(course), id: course.id, created_at: course.createdAt })
          .execute();
        await this.insertAuthors(course);
      });
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  async update(course: Course): Promise<'updated' | 'slug-taken'> {
    try {
      await withSavepoint(this.db, async () => {
        await this.db.updateTable('courses').set(columns(course)).where('id', '=', course.id).execute();
        // Authors are few; replacing them keeps the list and its order exactly the aggregate's.
        await this.db.deleteFrom('course_authors').where('course_id', '=', course.id).execute();
        await this.insertAuthors(course);
      });
      return 'updated';
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) return 'slug-taken';
      throw error;
    }
  }

  private async insertAuthors(course: Course): Promise<void> {
    if (course.authorIds.length === 0) return;
    await this.db
      .insertInto('course_authors')
      .values(
        course.authorIds.map((userId, position) => ({ course_id: course.id, user_id: userId, position })),
      )
      .execute();
  }
}
