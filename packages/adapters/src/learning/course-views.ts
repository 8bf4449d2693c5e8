import type {
  CourseCard,
  CourseDetail,
  LessonOutline,
  StudioCourse,
  StudioCourseRow,
} from '@talentsphere/application/learning';
import { type Course, courseLessons, type Lesson } from '@talentsphere/domain/learning';

// Course → read-model mapping shared by the Kysely read side and its in-memory twin, so both build
// the same DTOs from the same aggregate.

export type AuthorRef = { readonly id: string; readonly name: string };
export type EnrollmentCounts = StudioCourseRow['enrollments'];

export const NO_ENROLLMENTS: EnrollmentCounts = { active: 0, completed: 0, cancelled: 0 };

/** Authors in the course's order; an author whose account is gone is left out. */
export const authorsOf = (
  course: Pick<Course, 'authorIds'>,
  names: ReadonlyMap<string, string>,
): AuthorRef[] =>
  course.authorIds.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });

/** What a catalog card shows; the Kysely read side has it from columns, without the syllabus. */
export interface CardFacts
  extends Pick<
    Course,
    'id' | 'slug' | 'title' | 'summary' | 'level' | 'skills' | 'coverImageUrl' | 'accessTier' | 'publishedAt'
  > {
  readonly lessonCount: number;
  /** Sum of the video lessons' durations. */
  readonly videoSeconds: number;
}

export const syllabusTotals = (course: Pick<Course, 'sections'>) => {
  const lessons = courseLessons(course);
  return {
    lessonCount: lessons.length,
    videoSeconds: lessons.reduce(
      (sum, l) => sum + (l.content.kind === 'video' ? l.content.durationSeconds : 0),
      0,
    ),
  };
};

export const cardFacts = (course: Course): CardFacts => ({ ...course, ...syllabusTotals(course) });

export function toCourseCard(card: CardFacts, authors: AuthorRef[], counts: EnrollmentCounts): CourseCard {
  return {
    id: card.id,
    slug: card.slug,
    title: card.title,
    summary: card.summary,
    level: card.level,
    skills: card.skills.map((s) => ({ name: s.name, level: s.level })),
    coverImageUrl: card.coverImageUrl,
    accessTier: card.accessTier,
    authors,
    lessonCount: card.lessonCount,
    videoSeconds: card.videoSeconds,
    enrollmentCount: counts.active + counts.completed,
    publishedAt: card.publishedAt?.toISOString() ?? null,
  };
}

const toOutline = (lesson: Lesson): LessonOutline => ({
  id: lesson.id,
  title: lesson.title,
  kind: lesson.content.kind,
  required: lesson.required,
  durationSeconds: lesson.content.kind === 'video' ? lesson.content.durationSeconds : null,
});

export function toCourseDetail(course: Course, authors: AuthorRef[], counts: EnrollmentCounts): CourseDetail {
  return {
    ...toCourseCard(cardFacts(course), authors, counts),
    description: course.description,
    status: course.status,
    sections: course.sections.map((s) => ({ id: s.id, title: s.title, lessons: s.lessons.map(toOutline) })),
    updatedAt: course.updatedAt.toISOString(),
  };
}

export function toStudioCourse(course: Course, authors: AuthorRef[], counts: EnrollmentCounts): StudioCourse {
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    description: course.description,
    level: course.level,
    skills: course.skills.map((s) => ({ name: s.name, level: s.level })),
    coverImageUrl: course.coverImageUrl,
    accessTier: course.accessTier,
    status: course.status,
    authors,
    sections: course.sections.map((s) => ({
      id: s.id,
      title: s.title,
      lessons: s.lessons.map((l) => ({ id: l.id, title: l.title, required: l.required, content: l.content })),
    })),
    enrollments: counts,
    publishedAt: course.publishedAt?.toISOString() ?? null,
    updatedAt: course.updatedAt.toISOString(),
  };
}

export const toStudioCourseRow = (
  course: Pick<Course, 'id' | 'slug' | 'title' | 'status' | 'updatedAt'> & { readonly lessonCount: number },
  counts: EnrollmentCounts,
): StudioCourseRow => ({
  id: course.id,
  slug: course.slug,
  title: course.title,
  status: course.status,
  lessonCount: course.lessonCount,
  enrollments: counts,
  updatedAt: course.updatedAt.toISOString(),
});
