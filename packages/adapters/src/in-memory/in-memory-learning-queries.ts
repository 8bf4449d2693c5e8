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
import type { Course, EnrollmentStatus } from '@talentsphere/domain/learning';
import {
  authorsOf,
  cardFacts,
  type EnrollmentCounts,
  NO_ENROLLMENTS,
  syllabusTotals,
  toCourseCard,
  toCourseDetail,
  toStudioCourse,
  toStudioCourseRow,
} from '../learning/course-views';
import type { InMemoryStore } from './in-memory-database';

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** How much a query word found in each field counts, like the weights of the Kysely search vector. */
const fieldWeights = (course: Course): [string[], number][] => [
  [words(course.title), 1],
  [words(course.skills.map((s) => s.name).join(' ')), 1],
  [words(course.summary), 0.4],
  [words(course.description), 0.2],
];

interface ParsedQuery {
  readonly required: string[];
  readonly excluded: string[];
}

/** The part of web-search syntax the twin keeps: words are ANDed, a leading `-` excludes a word. */
function parseQuery(q: string): ParsedQuery {
  const required: string[] = [];
  const excluded: string[] = [];
  for (const token of q.split(/\s+/)) (token.startsWith('-') ? excluded : required).push(...words(token));
  return { required, excluded };
}

/**
 * Every required word must appear as a word of the course and no excluded one (the full-text search
 * does the same); the score adds each occurrence by its field's weight. No stemming: contracts use
 * words that match as they are.
 */
function relevance(course: Course, query: ParsedQuery): number {
  const fields = fieldWeights(course);
  const occurrences = (word: string) =>
    fields.reduce((sum, [text, weight]) => sum + weight * text.filter((w) => w === word).length, 0);
  if (query.excluded.some((word) => occurrences(word) > 0)) return 0;
  let score = 0;
  for (const word of query.required) {
    const found = occurrences(word);
    if (found === 0) return 0;
    score += found;
  }
  return score;
}

const byIdDesc = (a: { id: string }, b: { id: string }) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const time = (date: Date | null) => date?.getTime() ?? 0;

/** The twin of KyselyLearningQueries over the committed in-memory tables. */
export class InMemoryLearningQueries implements LearningQueries {
  constructor(private readonly store: InMemoryStore) {}

  private get tables() {
    return this.store.tables;
  }

  async searchCatalog(input: CatalogSearchInput): Promise<CatalogSearchResult> {
    const published = [...this.tables.courses.values()].filter((c) => c.status === 'published');
    const query = parseQuery(input.q ?? '');
    const searching = query.required.length > 0;
    const scored = published
      .filter(
        (c) =>
          (!input.levels?.length || input.levels.includes(c.level)) &&
          (!input.skill || c.skills.some((s) => s.name === input.skill)) &&
          (!input.tier || c.accessTier === input.tier),
      )
      .map((course) => ({
        course,
        score: searching ? relevance(course, query) : 0,
        counts: this.counts(course.id),
      }))
      .filter((row) => !searching || row.score > 0);

    type Row = (typeof scored)[number];
    const newest = (a: Row, b: Row) =>
      time(b.course.publishedAt) - time(a.course.publishedAt) || byIdDesc(a.course, b.course);
    const enrolled = (r: Row) => r.counts.active + r.counts.completed;
    const popular = (a: Row, b: Row) => enrolled(b) - enrolled(a) || newest(a, b);
    const order: Record<CatalogSearchInput['sort'], (a: Row, b: Row) => number> = {
      relevance: searching ? (a, b) => b.score - a.score || popular(a, b) : popular,
      newest,
      popular,
      title: (a, b) => {
        const x = a.course.title.toLowerCase();
        const y = b.course.title.toLowerCase();
        return x < y ? -1 : x > y ? 1 : -byIdDesc(a.course, b.course);
      },
    };
    const start = (input.page - 1) * input.pageSize;
    const page = scored.sort(order[input.sort]).slice(start, start + input.pageSize);

    const skillCounts = new Map<string, number>();
    for (const course of published)
      for (const skill of course.skills) skillCounts.set(skill.name, (skillCounts.get(skill.name) ?? 0) + 1);

    return {
      items: page.map((r) => toCourseCard(cardFacts(r.course), authorsOf(r.course, this.names()), r.counts)),
      total: scored.length,
      page: input.page,
      pageSize: input.pageSize,
      skills: [...skillCounts]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
  }

  async courseDetail(courseId: string): Promise<CourseDetail | undefined> {
    const course = this.tables.courses.get(courseId);
    return course && toCourseDetail(course, authorsOf(course, this.names()), this.counts(course.id));
  }

  async studioCourse(courseId: string): Promise<StudioCourse | undefined> {
    const course = this.tables.courses.get(courseId);
    return course && toStudioCourse(course, authorsOf(course, this.names()), this.counts(course.id));
  }

  /** Most recently edited first. */
  async coursesOfAuthor(userId: string): Promise<StudioCourseRow[]> {
    return [...this.tables.courses.values()]
      .filter((c) => c.authorIds.includes(userId))
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byIdDesc(a, b))
      .map((c) => toStudioCourseRow({ ...c, ...syllabusTotals(c) }, this.counts(c.id)));
  }

  async myLearning(userId: string): Promise<MyLearningRow[]> {
    const names = this.names();
    return [...this.tables.enrollments.values()]
      .filter((e) => e.userId === userId && e.status !== 'cancelled')
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byIdDesc(a, b))
      .flatMap((enrollment) => {
        const course = this.tables.courses.get(enrollment.courseId);
        if (!course) return [];
        return [
          {
            course: toCourseCard(cardFacts(course), authorsOf(course, names), this.counts(course.id)),
            enrollment: toEnrollmentView(enrollment, course),
          },
        ];
      });
  }

  async certificateByCode(verificationCode: string): Promise<CertificateView | undefined> {
    const enrollment = [...this.tables.enrollments.values()].find(
      (e) => e.certificate?.verificationCode === verificationCode,
    );
    const course = enrollment && this.tables.courses.get(enrollment.courseId);
    const learner = enrollment && this.tables.users.get(enrollment.userId);
    if (!enrollment?.certificate || !course || !learner) return undefined;
    return {
      verificationCode: enrollment.certificate.verificationCode,
      learnerName: learner.name,
      course: {
        id: course.id,
        slug: course.slug,
        title: course.title,
        level: course.level,
        authors: authorsOf(course, this.names()).map((a) => a.name),
      },
      skills: course.skills.map((s) => ({ name: s.name, level: s.level })),
      issuedAt: enrollment.certificate.issuedAt.toISOString(),
    };
  }

  private names(): Map<string, string> {
    return new Map([...this.tables.users.values()].map((u) => [u.id, u.name]));
  }

  private counts(courseId: string): EnrollmentCounts {
    const counts: Record<EnrollmentStatus, number> = { ...NO_ENROLLMENTS };
    for (const e of this.tables.enrollments.values()) if (e.courseId === courseId) counts[e.status] += 1;
    return counts;
  }
}
