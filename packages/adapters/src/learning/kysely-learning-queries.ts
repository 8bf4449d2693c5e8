import {
  type CatalogSearchInput,
  type CatalogSearchResult,
  type CertificateView,
  type CourseDetail,
  type LearningQueries,
  type MyLearningRow,
  type StudioCourse,
  type StudioCourseRow,
  toEnrollmentView,
} from '@talentsphere/application/learning';
import type { CourseSkill, EnrollmentStatus } from '@talentsphere/domain/learning';
import type { Slug } from '@talentsphere/domain/shared';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import {
  type AuthorRef,
  type CardFacts,
  type EnrollmentCounts,
  NO_ENROLLMENTS,
  toCourseCard,
  toCourseDetail,
  toStudioCourse,
  toStudioCourseRow,
} from './course-views';
import { COURSE_COLUMNS } from './kysely-course.repository';
import { type CourseRow, toCourse, toEnrollment } from './learning-rows';

type CardRow = Pick<
  CourseRow,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'level'
  | 'skills'
  | 'cover_image_url'
  | 'access_tier'
  | 'lesson_count'
  | 'video_seconds'
  | 'published_at'
>;

const toCardFacts = (row: CardRow): CardFacts => ({
  id: row.id,
  slug: row.slug as Slug,
  title: row.title,
  summary: row.summary,
  level: row.level,
  skills: row.skills as CourseSkill[],
  coverImageUrl: row.cover_image_url,
  accessTier: row.access_tier,
  publishedAt: row.published_at,
  lessonCount: row.lesson_count,
  videoSeconds: row.video_seconds,
});

/** Learners enrolled now or who completed it: what "popular" orders by. */
const ENROLLED = sql<number>`(SELECT count(*) FROM enrollments e
  WHERE e.course_id = c.id AND e.status IN ('active', 'completed'))`;

/**
 * The learning read side on PostgreSQL and PGlite alike. Each answer takes a fixed number of
 * statements: the rows, then their authors and enrolment counts in one batch each.
 */
export class KyselyLearningQueries implements LearningQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async searchCatalog(input: CatalogSearchInput): Promise<CatalogSearchResult> {
    const q = input.q?.trim() ?? '';
    const tsquery = sql`websearch_to_tsquery('english'::regconfig, ${q}::text)`;
    const filters: RawBuilder<unknown>[] = [sql`c.status = 'published'`];
    if (q !== '') filters.push(sql`c.search @@ ${tsquery}`);
    if (input.levels?.length) filters.push(sql`c.level = ANY(${[...input.levels]}::text[])`);
    if (input.skill) filters.push(sql`c.skill_names @> ARRAY[${input.skill}::text]`);
    if (input.tier) filters.push(sql`c.access_tier = ${input.tier}`);
    const where = sql.join(filters, sql` AND `);

    const popular = sql`${ENROLLED} DESC, c.published_at DESC, c.id DESC`;
    const orderBy = {
      relevance: q === '' ? popular : sql`ts_rank(c.search, ${tsquery}) DESC, ${popular}`,
      newest: sql`c.published_at DESC, c.id DESC`,
      popular,
      // Byte order, so PostgreSQL and PGlite (whatever their collations) list titles alike.
      title: sql`lower(c.title) COLLATE "C", c.id`,
    }[input.sort];

    const [page, total, skills] = await Promise.all([
      sql<CardRow>`
        SELECT c.id, c.slug, c.title, c.summary, c.level, c.skills, c.cover_image_url, c.access_tier,
          c.lesson_count, c.video_seconds, c.published_at
        FROM courses c
        WHERE ${where}
        ORDER BY ${orderBy}
        LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`.execute(this.db),
      sql<{ count: string }>`SELECT count(*) AS count FROM courses c WHERE ${where}`.execute(this.db),
      sql<{ name: string; count: string }>`
        SELECT skill AS name, count(*) AS count
        FROM courses c, unnest(c.skill_names) AS skill
        WHERE c.status = 'published'
        GROUP BY skill
        ORDER BY count(*) DESC, skill COLLATE "C"`.execute(this.db),
    ]);
    const ids = page.rows.map((r) => r.id);
    const [authors, counts] = await Promise.all([this.authors(ids), this.counts(ids)]);
    return {
      items: page.rows.map((row) =>
        toCourseCard(toCardFacts(row), authors.get(row.id) ?? [], counts.get(row.id) ?? NO_ENROLLMENTS),
      ),
      total: Number(total.rows[0]?.count ?? 0),
      page: input.page,
      pageSize: input.pageSize,
      skills: skills.rows.map((r) => ({ name: r.name, count: Number(r.count) })),
    };
  }

  async courseDetail(courseId: string): Promise<CourseDetail | undefined> {
    const found = await this.course(courseId);
    return found && toCourseDetail(found.course, found.authors, found.counts);
  }

  async studioCourse(courseId: string): Promise<StudioCourse | undefined> {
    const found = await this.course(courseId);
    return found && toStudioCourse(found.course, found.authors, found.counts);
  }

  /** Most recently edited first. */
  async coursesOfAuthor(userId: string): Promise<StudioCourseRow[]> {
    const rows = await this.db
      .selectFrom('courses as c')
      .innerJoin('course_authors as a', 'a.course_id', 'c.id')
      .select(['c.id', 'c.slug', 'c.title', 'c.status', 'c.lesson_count', 'c.updated_at'])
      .where('a.user_id', '=', userId)
      .orderBy('c.updated_at', 'desc')
      .orderBy('c.id', 'desc')
      .execute();
    const counts = await this.counts(rows.map((r) => r.id));
    return rows.map((r) =>
      toStudioCourseRow(
        {
          id: r.id,
          slug: r.slug as Slug,
          title: r.title,
          status: r.status,
          lessonCount: r.lesson_count,
          updatedAt: r.updated_at,
        },
        counts.get(r.id) ?? NO_ENROLLMENTS,
      ),
    );
  }

  async myLearning(userId: string): Promise<MyLearningRow[]> {
    const enrollments = await this.db
      .selectFrom('enrollments as e')
      .leftJoin('certificates as cert', 'cert.enrollment_id', 'e.id')
      .selectAll('e')
      .select(['cert.id as certificate_id', 'cert.verification_code', 'cert.issued_at'])
      .where('e.user_id', '=', userId)
      .where('e.status', '<>', 'cancelled')
      .orderBy('e.updated_at', 'desc')
      .orderBy('e.id', 'desc')
      .execute();
    if (enrollments.length === 0) return [];
    // The syllabus is loaded too: progress counts over the course's current lessons.
    const courseIds = [...new Set(enrollments.map((e) => e.course_id))];
    const [courses, authors, counts] = await Promise.all([
      this.db.selectFrom('courses').select(COURSE_COLUMNS).where('id', 'in', courseIds).execute(),
      this.authors(courseIds),
      this.counts(courseIds),
    ]);
    const byId = new Map(courses.map((row) => [row.id, row]));
    return enrollments.flatMap((row) => {
      const courseRow = byId.get(row.course_id);
      if (!courseRow) return [];
      const courseAuthors = authors.get(row.course_id) ?? [];
      const course = toCourse(
        courseRow,
        courseAuthors.map((a) => a.id),
      );
      const certificate =
        row.certificate_id !== null && row.verification_code !== null && row.issued_at !== null
          ? { id: row.certificate_id, verification_code: row.verification_code, issued_at: row.issued_at }
          : undefined;
      return [
        {
          course: toCourseCard(
            toCardFacts(courseRow),
            courseAuthors,
            counts.get(row.course_id) ?? NO_ENROLLMENTS,
          ),
          enrollment: toEnrollmentView(toEnrollment(row, certificate), course),
        },
      ];
    });
  }

  async certificateByCode(verificationCode: string): Promise<CertificateView | undefined> {
    const row = await this.db
      .selectFrom('certificates as cert')
      .innerJoin('users as u', 'u.id', 'cert.user_id')
      .innerJoin('courses as c', 'c.id', 'cert.course_id')
      .select([
        'cert.verification_code',
        'cert.issued_at',
        'u.name as learner_name',
        'c.id as course_id',
        'c.slug',
        'c.title',
        'c.level',
        'c.skills',
      ])
      .where('cert.verification_code', '=', verificationCode)
      .executeTakeFirst();
    if (!row) return undefined;
    const authors = await this.authors([row.course_id]);
    return {
      verificationCode: row.verification_code,
      learnerName: row.learner_name,
      course: {
        id: row.course_id,
        slug: row.slug,
        title: row.title,
        level: row.level,
        authors: (authors.get(row.course_id) ?? []).map((a) => a.name),
      },
      skills: (row.skills as CourseSkill[]).map((s) => ({ name: s.name, level: s.level })),
      issuedAt: row.issued_at.toISOString(),
    };
  }

  private async course(courseId: string) {
    const row = await this.db
      .selectFrom('courses')
      .select(COURSE_COLUMNS)
      .where('id', '=', courseId)
      .executeTakeFirst();
    if (!row) return undefined;
    const [authors, counts] = await Promise.all([this.authors([courseId]), this.counts([courseId])]);
    const courseAuthors = authors.get(courseId) ?? [];
    return {
      course: toCourse(
        row,
        courseAuthors.map((a) => a.id),
      ),
      authors: courseAuthors,
      counts: counts.get(courseId) ?? NO_ENROLLMENTS,
    };
  }

  /** The authors of each course in their order, with their names, in one statement. */
  private async authors(courseIds: readonly string[]): Promise<Map<string, AuthorRef[]>> {
    const byCourse = new Map<string, AuthorRef[]>();
    if (courseIds.length === 0) return byCourse;
    const rows = await this.db
      .selectFrom('course_authors as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.course_id', 'a.user_id', 'u.name'])
      .where('a.course_id', 'in', courseIds)
      .orderBy('a.course_id')
      .orderBy('a.position')
      .execute();
    for (const row of rows) {
      const list = byCourse.get(row.course_id) ?? [];
      list.push({ id: row.user_id, name: row.name });
      byCourse.set(row.course_id, list);
    }
    return byCourse;
  }

  /** Enrolments of each course by status, in one statement. */
  private async counts(courseIds: readonly string[]): Promise<Map<string, EnrollmentCounts>> {
    const byCourse = new Map<string, Record<EnrollmentStatus, number>>();
    if (courseIds.length === 0) return byCourse;
    const rows = await this.db
      .selectFrom('enrollments')
      .select(['course_id', 'status', (eb) => eb.fn.countAll<string>().as('count')])
      .where('course_id', 'in', courseIds)
      .groupBy(['course_id', 'status'])
      .execute();
    for (const row of rows) {
      const counts = byCourse.get(row.course_id) ?? { ...NO_ENROLLMENTS };
      counts[row.status] = Number(row.count);
      byCourse.set(row.course_id, counts);
    }
    return byCourse;
  }
}
