import { err, ok, type Result } from 'neverthrow';
import {
  type AppError,
  type DomainEvent,
  normaliseSkills,
  oneLine,
  parseSlug,
  type SkillLevel,
  type Slug,
} from '../shared';
import { learningErrors } from './learning.errors';

export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export const ACCESS_TIERS = ['free', 'pro'] as const;
export type AccessTier = (typeof ACCESS_TIERS)[number];
export type CourseStatus = 'draft' | 'published' | 'archived';

export interface CourseSkill {
  /** Normalised: lower-case, trimmed ("typescript", "sql"). */
  readonly name: string;
  readonly level: SkillLevel;
}

/** A challenge lesson is completed only when the linked coding challenge is passed. */
export type LessonContent =
  | { readonly kind: 'article'; readonly markdown: string }
  | { readonly kind: 'video'; readonly url: string; readonly durationSeconds: number }
  | { readonly kind: 'challenge'; readonly challengeId: string };

export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** Only required lessons count towards completion. */
  readonly required: boolean;
  readonly content: LessonContent;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly lessons: readonly Lesson[];
}

export interface CourseDetails {
  readonly title: string;
  readonly slug: Slug;
  readonly summary: string;
  /** Markdown, rendered safely by the web app. */
  readonly description: string;
  readonly level: CourseLevel;
  readonly skills: readonly CourseSkill[];
  readonly coverImageUrl: string | null;
  readonly accessTier: AccessTier;
}

interface CourseBase extends CourseDetails {
  readonly id: string;
  readonly authorIds: readonly string[];
  readonly sections: readonly Section[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A published or archived course always has `publishedAt`; only an archived one has `archivedAt`. */
export type Course =
  | (CourseBase & { readonly status: 'draft'; readonly publishedAt: null; readonly archivedAt: null })
  | (CourseBase & { readonly status: 'published'; readonly publishedAt: Date; readonly archivedAt: null })
  | (CourseBase & { readonly status: 'archived'; readonly publishedAt: Date; readonly archivedAt: Date });

type CourseEventData = { courseId: string; slug: string; title: string; status: CourseStatus };
export type CoursePublished = DomainEvent<'lms.course.published', CourseEventData>;
export type CourseUpdated = DomainEvent<'lms.course.updated', CourseEventData>;
export type CourseArchived = DomainEvent<'lms.course.archived', CourseEventData>;
export type CourseEvent = CoursePublished | CourseUpdated | CourseArchived;

type Outcome = Result<{ state: Course; events: CourseEvent[] }, AppError>;
type Ctx = { now: Date };

export interface CourseDetailsInput {
  readonly title: string;
  readonly slug: string;
  readonly summary: string;
  readonly description: string;
  readonly level: CourseLevel;
  readonly skills: readonly { name: string; level: SkillLevel }[];
  readonly coverImageUrl: string | null;
  readonly accessTier: AccessTier;
}

export interface LessonInput {
  readonly title: string;
  /** Defaults to true. */
  readonly required?: boolean;
  readonly content: LessonContent;
}

export const COURSE_LIMITS = {
  title: 120,
  summary: 300,
  description: 50_000,
  skills: 20,
  sectionTitle: 120,
  lessonTitle: 120,
  article: 100_000,
  videoSeconds: 24 * 60 * 60,
} as const;

const HTTP_URL = /^https?:\/\/\S+$/;

export function parseCourseDetails(input: CourseDetailsInput): Result<CourseDetails, AppError> {
  const title = oneLine(input.title);
  if (title.length < 3 || title.length > COURSE_LIMITS.title) {
    return err(learningErrors.invalid('title', `Use 3–${COURSE_LIMITS.title} characters.`));
  }
  const slug = parseSlug(input.slug);
  if (slug.isErr()) return err(slug.error);
  const summary = oneLine(input.summary);
  if (summary.length > COURSE_LIMITS.summary) {
    return err(
      learningErrors.invalid('summary', `Keep the summary under ${COURSE_LIMITS.summary} characters.`),
    );
  }
  const description = input.description.trim();
  if (description.length > COURSE_LIMITS.description) {
    return err(
      learningErrors.invalid(
        'description',
        `Keep the description under ${COURSE_LIMITS.description} characters.`,
      ),
    );
  }
  const skills = normaliseSkills(input.skills);
  if (skills.length > COURSE_LIMITS.skills || skills.some((s) => s.name.length === 0 || s.name.length > 40)) {
    return err(
      learningErrors.invalid('skills', `List at most ${COURSE_LIMITS.skills} skills of 1–40 characters.`),
    );
  }
  const coverImageUrl = input.coverImageUrl?.trim() || null;
  if (coverImageUrl !== null && !HTTP_URL.test(coverImageUrl)) {
    return err(learningErrors.invalid('coverImageUrl', 'Enter a full http(s) link to the cover image.'));
  }
  return ok({
    title,
    slug: slug.value,
    summary,
    description,
    level: input.level,
    skills,
    coverImageUrl,
    accessTier: input.accessTier,
  });
}

export function parseLesson(id: string, input: LessonInput): Result<Lesson, AppError> {
  const title = oneLine(input.title);
  if (title.length === 0 || title.length > COURSE_LIMITS.lessonTitle) {
    return err(learningErrors.invalid('title', `Use 1–${COURSE_LIMITS.lessonTitle} characters.`));
  }
  const content = parseContent(input.content);
  return content.map((c) => ({ id, title, required: input.required ?? true, content: c }));
}

function parseContent(content: LessonContent): Result<LessonContent, AppError> {
  switch (content.kind) {
    case 'article': {
      const markdown = content.markdown.trim();
      if (markdown.length === 0 || markdown.length > COURSE_LIMITS.article) {
        return err(learningErrors.invalid('markdown', `Write 1–${COURSE_LIMITS.article} characters.`));
      }
      return ok({ kind: 'article', markdown });
    }
    case 'video': {
      const url = content.url.trim();
      if (!HTTP_URL.test(url))
        return err(learningErrors.invalid('url', 'Enter a full http(s) link to the video.'));
      const seconds = content.durationSeconds;
      if (!Number.isInteger(seconds) || seconds < 1 || seconds > COURSE_LIMITS.videoSeconds) {
        return err(
          learningErrors.invalid('durationSeconds', 'Give the duration in whole seconds, up to 24 hours.'),
        );
      }
      return ok({ kind: 'video', url, durationSeconds: seconds });
    }
    case 'challenge': {
      const challengeId = content.challengeId.trim();
      if (challengeId.length === 0) return err(learningErrors.invalid('challengeId', 'Choose a challenge.'));
      return ok({ kind: 'challenge', challengeId });
    }
  }
}

function parseSectionTitle(raw: string): Result<string, AppError> {
  const title = oneLine(raw);
  if (title.length === 0 || title.length > COURSE_LIMITS.sectionTitle) {
    return err(learningErrors.invalid('title', `Use 1–${COURSE_LIMITS.sectionTitle} characters.`));
  }
  return ok(title);
}

/** Every lesson in syllabus order. */
export const courseLessons = (course: Pick<Course, 'sections'>): Lesson[] =>
  course.sections.flatMap((s) => s.lessons);

/** The lessons that count towards completion, in syllabus order. */
export const requiredLessons = (course: Pick<Course, 'sections'>): Lesson[] =>
  courseLessons(course).filter((l) => l.required);

export const findLesson = (course: Pick<Course, 'sections'>, lessonId: string): Lesson | undefined =>
  courseLessons(course).find((l) => l.id === lessonId);

export const isAuthor = (course: Course, userId: string): boolean => course.authorIds.includes(userId);

const eventData = (course: Course): CourseEventData => ({
  courseId: course.id,
  slug: course.slug,
  title: course.title,
  status: course.status,
});

/** A new course is a draft with its author and no sections. Drafts are not in the catalog: no event. */
export function createCourse(
  input: { id: string; authorId: string; details: CourseDetailsInput },
  { now }: Ctx,
): Outcome {
  return parseCourseDetails(input.details).map((details) => ({
    state: {
      id: input.id,
      ...details,
      authorIds: [input.authorId],
      sections: [],
      status: 'draft',
      publishedAt: null,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    },
    events: [],
  }));
}

/** Guards every edit: only an author changes a course, and an archived course no longer changes. */
function edit(
  course: Course,
  actorId: string,
  change: (course: Course) => Result<Course, AppError>,
  { now }: Ctx,
): Outcome {
  if (!isAuthor(course, actorId)) return err(learningErrors.notAnAuthor());
  if (course.status === 'archived') {
    return err(learningErrors.courseTransition('This course is archived; it can no longer change.'));
  }
  return change(course).andThen((changed) => {
    // Learners of a published course must always have something to follow.
    if (changed.status === 'published' && courseLessons(changed).length === 0)
      return err(learningErrors.noLessons());
    const state = { ...changed, updatedAt: now } as Course;
    const events: CourseEvent[] = [{ type: 'lms.course.updated', data: eventData(state) }];
    return ok({ state, events });
  });
}

const withSections = (course: Course, sections: readonly Section[]): Course => ({ ...course, sections });

function hasId(course: Course, id: string): boolean {
  return course.sections.some((s) => s.id === id || s.lessons.some((l) => l.id === id));
}

function sectionIndex(course: Course, sectionId: string): Result<number, AppError> {
  const index = course.sections.findIndex((s) => s.id === sectionId);
  return index === -1 ? err(learningErrors.partNotFound('section')) : ok(index);
}

/** `ids` must name each of `current` exactly once. */
function permute<T extends { id: string }>(current: readonly T[], ids: readonly string[], field: string) {
  const byId = new Map(current.map((item) => [item.id, item]));
  if (ids.length !== current.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id))) {
    return err(learningErrors.invalid(field, 'List every item exactly once in its new order.'));
  }
  return ok(ids.map((id) => byId.get(id) as T));
}

const clampPosition = (position: number | undefined, length: number): number =>
  position === undefined ? length : Math.max(0, Math.min(Math.trunc(position), length));

const insertAt = <T>(items: readonly T[], position: number, item: T): T[] => [
  ...items.slice(0, position),
  item,
  ...items.slice(position),
];

export function editCourseDetails(
  course: Course,
  input: { actorId: string; details: CourseDetailsInput },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) =>
      parseCourseDetails(input.details).andThen((d) =>
        // Learners who enrolled in a free course keep it: it does not become a paid one under them.
        c.status === 'published' && c.accessTier === 'free' && d.accessTier === 'pro'
          ? err(learningErrors.freeCourseStaysFree())
          : ok({ ...c, ...d } as Course),
      ),
    ctx,
  );
}

/** An author invites a co-author; adding an existing author changes nothing. */
export function addAuthor(course: Course, input: { actorId: string; authorId: string }, ctx: Ctx): Outcome {
  if (isAuthor(course, input.actorId) && isAuthor(course, input.authorId))
    return ok({ state: course, events: [] });
  return edit(course, input.actorId, (c) => ok({ ...c, authorIds: [...c.authorIds, input.authorId] }), ctx);
}

/** A course always keeps at least one author. */
export function removeAuthor(
  course: Course,
  input: { actorId: string; authorId: string },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      if (!isAuthor(c, input.authorId))
        return err(learningErrors.invalid('authorId', 'Not an author of this course.'));
      if (c.authorIds.length === 1) {
        return err(learningErrors.courseTransition('A course keeps at least one author.'));
      }
      return ok({ ...c, authorIds: c.authorIds.filter((id) => id !== input.authorId) });
    },
    ctx,
  );
}

export function addSection(
  course: Course,
  input: { actorId: string; sectionId: string; title: string; position?: number },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      if (hasId(c, input.sectionId))
        return err(learningErrors.invalid('sectionId', 'This id is already used.'));
      return parseSectionTitle(input.title).map((title) =>
        withSections(
          c,
          insertAt(c.sections, clampPosition(input.position, c.sections.length), {
            id: input.sectionId,
            title,
            lessons: [],
          }),
        ),
      );
    },
    ctx,
  );
}

export function renameSection(
  course: Course,
  input: { actorId: string; sectionId: string; title: string },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) =>
      sectionIndex(c, input.sectionId).andThen(() =>
        parseSectionTitle(input.title).map((title) =>
          withSections(
            c,
            c.sections.map((s) => (s.id === input.sectionId ? { ...s, title } : s)),
          ),
        ),
      ),
    ctx,
  );
}

/** Removes the section with its lessons; they stop counting towards learners' progress. */
export function removeSection(
  course: Course,
  input: { actorId: string; sectionId: string },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) =>
      sectionIndex(c, input.sectionId).map(() =>
        withSections(
          c,
          c.sections.filter((s) => s.id !== input.sectionId),
        ),
      ),
    ctx,
  );
}

export function reorderSections(
  course: Course,
  input: { actorId: string; sectionIds: readonly string[] },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => permute(c.sections, input.sectionIds, 'sectionIds').map((s) => withSections(c, s)),
    ctx,
  );
}

export function addLesson(
  course: Course,
  input: { actorId: string; sectionId: string; lessonId: string; lesson: LessonInput; position?: number },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      if (hasId(c, input.lessonId))
        return err(learningErrors.invalid('lessonId', 'This id is already used.'));
      return sectionIndex(c, input.sectionId).andThen(() =>
        parseLesson(input.lessonId, input.lesson).map((lesson) =>
          withSections(
            c,
            c.sections.map((s) =>
              s.id === input.sectionId
                ? {
                    ...s,
                    lessons: insertAt(s.lessons, clampPosition(input.position, s.lessons.length), lesson),
                  }
                : s,
            ),
          ),
        ),
      );
    },
    ctx,
  );
}

/** Replaces a lesson's title, flag and content; its id, and so learners' progress on it, stays. */
export function editLesson(
  course: Course,
  input: { actorId: string; lessonId: string; lesson: LessonInput },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      if (!findLesson(c, input.lessonId)) return err(learningErrors.partNotFound('lesson'));
      return parseLesson(input.lessonId, input.lesson).map((lesson) =>
        withSections(
          c,
          c.sections.map((s) => ({ ...s, lessons: s.lessons.map((l) => (l.id === lesson.id ? lesson : l)) })),
        ),
      );
    },
    ctx,
  );
}

export function removeLesson(
  course: Course,
  input: { actorId: string; lessonId: string },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      if (!findLesson(c, input.lessonId)) return err(learningErrors.partNotFound('lesson'));
      return ok(
        withSections(
          c,
          c.sections.map((s) => ({ ...s, lessons: s.lessons.filter((l) => l.id !== input.lessonId) })),
        ),
      );
    },
    ctx,
  );
}

export function reorderLessons(
  course: Course,
  input: { actorId: string; sectionId: string; lessonIds: readonly string[] },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) =>
      sectionIndex(c, input.sectionId).andThen((index) =>
        permute(c.sections[index]?.lessons ?? [], input.lessonIds, 'lessonIds').map((lessons) =>
          withSections(
            c,
            c.sections.map((s, i) => (i === index ? { ...s, lessons } : s)),
          ),
        ),
      ),
    ctx,
  );
}

/** Moves a lesson to a position in another section (or the same one); the end when no position is given. */
export function moveLesson(
  course: Course,
  input: { actorId: string; lessonId: string; toSectionId: string; position?: number },
  ctx: Ctx,
): Outcome {
  return edit(
    course,
    input.actorId,
    (c) => {
      const lesson = findLesson(c, input.lessonId);
      if (!lesson) return err(learningErrors.partNotFound('lesson'));
      return sectionIndex(c, input.toSectionId).map((target) => {
        const without = c.sections.map((s) => ({
          ...s,
          lessons: s.lessons.filter((l) => l.id !== lesson.id),
        }));
        return withSections(
          c,
          without.map((s, i) =>
            i === target
              ? {
                  ...s,
                  lessons: insertAt(s.lessons, clampPosition(input.position, s.lessons.length), lesson),
                }
              : s,
          ),
        );
      });
    },
    ctx,
  );
}

/** draft → published, once the course has a lesson. Publishing a published course changes nothing. */
export function publishCourse(course: Course, input: { actorId: string }, { now }: Ctx): Outcome {
  if (!isAuthor(course, input.actorId)) return err(learningErrors.notAnAuthor());
  if (course.status === 'published') return ok({ state: course, events: [] });
  if (course.status === 'archived') {
    return err(learningErrors.courseTransition('An archived course cannot be published again.'));
  }
  if (courseLessons(course).length === 0) return err(learningErrors.noLessons());
  const state: Course = {
    ...course,
    status: 'published',
    publishedAt: now,
    archivedAt: null,
    updatedAt: now,
  };
  return ok({ state, events: [{ type: 'lms.course.published', data: eventData(state) }] });
}

/** published → archived: out of the catalog; enrolled learners keep their progress and certificates. */
export function archiveCourse(course: Course, input: { actorId: string }, { now }: Ctx): Outcome {
  if (!isAuthor(course, input.actorId)) return err(learningErrors.notAnAuthor());
  if (course.status === 'archived') return ok({ state: course, events: [] });
  if (course.status === 'draft') {
    return err(learningErrors.courseTransition('A draft was never published; there is nothing to archive.'));
  }
  const state: Course = { ...course, status: 'archived', archivedAt: now, updatedAt: now };
  return ok({ state, events: [{ type: 'lms.course.archived', data: eventData(state) }] });
}
