import {
  addLesson,
  addSection,
  archiveCourse,
  type Course,
  type CourseDetailsInput,
  type CourseEvent,
  createCourse,
  editCourseDetails,
  editLesson,
  type LessonInput,
  learningErrors,
  moveLesson,
  publishCourse,
  removeLesson,
  removeSection,
  renameSection,
  reorderLessons,
  reorderSections,
} from '@talentsphere/domain/learning';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext } from '../shared/ports';
import type { LearningDeps } from './learning-deps';
import type { StudioCourse, StudioCourseRow } from './learning-read-models';

const AUTHOR_ROLES: readonly Actor['role'][] = ['instructor', 'admin'];

/** The course as its authors edit it; answered after every studio change. */
async function studioView(deps: LearningDeps, courseId: string): Promise<Result<StudioCourse, AppError>> {
  const course = await deps.queries.studioCourse(courseId);
  return course ? ok(course) : err(learningErrors.courseNotFound());
}

/**
 * A challenge lesson links a challenge its learners can open and pass: a published one. Whether a
 * challenge is published is public, so it is checked before the course is loaded and locked.
 */
function linkableChallenge(deps: LearningDeps, lesson: LessonInput): ResultAsync<void, AppError> {
  return asyncResult(async () => {
    if (lesson.content.kind !== 'challenge') return ok(undefined);
    const challenge = await deps.challenges.publishedChallenge(lesson.content.challengeId);
    return challenge
      ? ok(undefined)
      : err(learningErrors.invalid('challengeId', 'Choose a published challenge.'));
  });
}

/** An instructor (or an admin) starts a course as a draft and becomes its first author. */
export class CreateCourse {
  constructor(private readonly deps: LearningDeps) {}

  execute(actor: Actor, input: CourseDetailsInput, ctx: RequestContext): ResultAsync<StudioCourse, AppError> {
    const { deps } = this;
    if (!AUTHOR_ROLES.includes(actor.role))
      return asyncResult(async () => err(learningErrors.notAnInstructor()));
    return deps.uow
      .run(
        (scope) =>
          asyncResult(async () => {
            const created = createCourse(
              { id: deps.ids.next(), authorId: actor.userId, details: input },
              { now: deps.clock.now() },
            );
            if (created.isErr()) return err(created.error);
            if ((await scope.courses.insert(created.value.state)) === 'slug-taken')
              return err(learningErrors.slugTaken());
            scope.events.record(...created.value.events);
            return ok(created.value.state.id);
          }),
        { correlationId: ctx.correlationId },
      )
      .andThen((courseId) => asyncResult(() => studioView(deps, courseId)));
  }
}

type CourseCommand = (
  course: Course,
  at: { now: Date },
) => Result<{ state: Course; events: CourseEvent[] }, AppError>;

/** Loads the course locked, applies a domain command (which checks authorship), saves it with its events. */
function changeCourse(
  deps: LearningDeps,
  courseId: string,
  ctx: RequestContext,
  command: CourseCommand,
): ResultAsync<StudioCourse, AppError> {
  return deps.uow
    .run(
      (scope) =>
        asyncResult(async () => {
          const course = await scope.courses.findById(courseId, 'update');
          if (!course) return err(learningErrors.courseNotFound());
          const changed = command(course, { now: deps.clock.now() });
          if (changed.isErr()) {
            // A draft of someone else's is not public: do not reveal that it exists.
            return err(
              changed.error.code === 'COURSE_002' && course.status === 'draft'
                ? learningErrors.courseNotFound()
                : changed.error,
            );
          }
          if (changed.value.events.length > 0) {
            if ((await scope.courses.update(changed.value.state)) === 'slug-taken')
              return err(learningErrors.slugTaken());
            scope.events.record(...changed.value.events);
          }
          return ok(undefined);
        }),
      { correlationId: ctx.correlationId },
    )
    .andThen(() => asyncResult(() => studioView(deps, courseId)));
}

/** Every syllabus and publishing change of the studio: one use case, one domain command each. */
export class EditCourse {
  constructor(private readonly deps: LearningDeps) {}

  updateDetails(actor: Actor, input: CourseDetailsInput & { courseId: string }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      editCourseDetails(c, { actorId: actor.userId, details: input }, at),
    );
  }

  addSection(
    actor: Actor,
    input: { courseId: string; title: string; position?: number },
    ctx: RequestContext,
  ) {
    const sectionId = this.deps.ids.next();
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      addSection(c, { actorId: actor.userId, sectionId, title: input.title, position: input.position }, at),
    );
  }

  renameSection(
    actor: Actor,
    input: { courseId: string; sectionId: string; title: string },
    ctx: RequestContext,
  ) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      renameSection(c, { actorId: actor.userId, sectionId: input.sectionId, title: input.title }, at),
    );
  }

  removeSection(actor: Actor, input: { courseId: string; sectionId: string }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      removeSection(c, { actorId: actor.userId, sectionId: input.sectionId }, at),
    );
  }

  reorderSections(actor: Actor, input: { courseId: string; sectionIds: string[] }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      reorderSections(c, { actorId: actor.userId, sectionIds: input.sectionIds }, at),
    );
  }

  addLesson(
    actor: Actor,
    input: { courseId: string; sectionId: string; lesson: LessonInput; position?: number },
    ctx: RequestContext,
  ) {
    const lessonId = this.deps.ids.next();
    return linkableChallenge(this.deps, input.lesson).andThen(() =>
      changeCourse(this.deps, input.courseId, ctx, (c, at) =>
        addLesson(
          c,
          {
            actorId: actor.userId,
            sectionId: input.sectionId,
            lessonId,
            lesson: input.lesson,
            position: input.position,
          },
          at,
        ),
      ),
    );
  }

  editLesson(
    actor: Actor,
    input: { courseId: string; lessonId: string; lesson: LessonInput },
    ctx: RequestContext,
  ) {
    return linkableChallenge(this.deps, input.lesson).andThen(() =>
      changeCourse(this.deps, input.courseId, ctx, (c, at) =>
        editLesson(c, { actorId: actor.userId, lessonId: input.lessonId, lesson: input.lesson }, at),
      ),
    );
  }

  removeLesson(actor: Actor, input: { courseId: string; lessonId: string }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      removeLesson(c, { actorId: actor.userId, lessonId: input.lessonId }, at),
    );
  }

  moveLesson(
    actor: Actor,
    input: { courseId: string; lessonId: string; toSectionId: string; position?: number },
    ctx: RequestContext,
  ) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      moveLesson(
        c,
        {
          actorId: actor.userId,
          lessonId: input.lessonId,
          toSectionId: input.toSectionId,
          position: input.position,
        },
        at,
      ),
    );
  }

  reorderLessons(
    actor: Actor,
    input: { courseId: string; sectionId: string; lessonIds: string[] },
    ctx: RequestContext,
  ) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      reorderLessons(
        c,
        { actorId: actor.userId, sectionId: input.sectionId, lessonIds: input.lessonIds },
        at,
      ),
    );
  }

  publish(actor: Actor, input: { courseId: string }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      publishCourse(c, { actorId: actor.userId }, at),
    );
  }

  archive(actor: Actor, input: { courseId: string }, ctx: RequestContext) {
    return changeCourse(this.deps, input.courseId, ctx, (c, at) =>
      archiveCourse(c, { actorId: actor.userId }, at),
    );
  }
}

/** The studio's view of one course: its authors only (a draft of someone else's is not found). */
export class GetStudioCourse {
  constructor(private readonly deps: Pick<LearningDeps, 'queries'>) {}

  execute(actor: Actor, input: { courseId: string }): ResultAsync<StudioCourse, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const course = await deps.queries.studioCourse(input.courseId);
      if (!course) return err(learningErrors.courseNotFound());
      if (!course.authors.some((a) => a.id === actor.userId)) {
        return err(
          course.status === 'draft' ? learningErrors.courseNotFound() : learningErrors.notAnAuthor(),
        );
      }
      return ok(course);
    });
  }
}

/** The courses the actor authors, drafts included, with enrolment counts. */
export class ListMyCourses {
  constructor(private readonly deps: Pick<LearningDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<StudioCourseRow[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.coursesOfAuthor(actor.userId)));
  }
}
