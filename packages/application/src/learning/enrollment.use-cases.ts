import {
  type Course,
  cancelEnrollment,
  completeLesson,
  courseLessons,
  type Enrollment,
  type EnrollmentEvent,
  enroll,
  isAuthor,
  learningErrors,
  reenroll,
  visitLesson,
} from '@talentsphere/domain/learning';
import type { AppError } from '@talentsphere/domain/shared';
import { err, errAsync, ok, type Result, type ResultAsync } from 'neverthrow';
import { requireProCourses } from '../billing/entitlement-checks';
import type { RowLock } from '../recruiting/recruiting-repositories.port';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, TransactionScope } from '../shared/ports';
import { toEnrollmentView } from './enrollment-view';
import type { LearningDeps } from './learning-deps';
import type { EnrollmentView, LessonView, MyLearningRow } from './learning-read-models';

/** A course the actor may see: drafts only for their authors (for others they do not exist). */
async function visibleCourse(
  scope: TransactionScope,
  courseId: string,
  actor: Actor,
  lock?: RowLock,
): Promise<Result<Course, AppError>> {
  const course = await scope.courses.findById(courseId, lock);
  if (!course || (course.status === 'draft' && !isAuthor(course, actor.userId)))
    return err(learningErrors.courseNotFound());
  return ok(course);
}

/** Why a learner without the plan is refused, by what they tried. */
const PRO_COURSE_REASONS = {
  enrol: 'This is a Pro course: upgrade to Pro to enrol.',
  lessons: 'This is a Pro course: upgrade to Pro to continue its lessons. Your progress is kept.',
} as const;

/**
 * A `pro` course takes a plan with pro courses (BILLING_001, payment required), except for its
 * authors: to enrol, and again for every lesson read and every change of progress, so a plan that
 * lapses closes the lessons of a course enrolled under it until the learner subscribes again.
 */
async function requireCourseAccess(
  scope: TransactionScope,
  course: Course,
  actor: Actor,
  now: Date,
  purpose: keyof typeof PRO_COURSE_REASONS,
): Promise<Result<void, AppError>> {
  if (course.accessTier !== 'pro' || isAuthor(course, actor.userId)) return ok(undefined);
  return requireProCourses(scope, actor.userId, now, PRO_COURSE_REASONS[purpose]);
}

/**
 * A learner enrols in a published course, or comes back to one they left (their progress is kept).
 * A `pro` course takes a plan with pro courses (see requireCourseAccess). Its authors preview it
 * instead (ENROLLMENT_006, the domain's rule).
 */
export class EnrollInCourse {
  constructor(private readonly deps: LearningDeps) {}

  execute(
    actor: Actor,
    input: { courseId: string },
    ctx: RequestContext,
  ): ResultAsync<EnrollmentView, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          // Shared lock: an enrolment must not interleave with a concurrent edit of the syllabus.
          const course = await visibleCourse(scope, input.courseId, actor, 'share');
          if (course.isErr()) return err(course.error);
          const now = deps.clock.now();
          const allowed = await requireCourseAccess(scope, course.value, actor, now, 'enrol');
          if (allowed.isErr()) return err(allowed.error);
          const existing = await scope.enrollments.findByLearner(actor.userId, input.courseId, 'update');
          if (existing) {
            if (existing.status !== 'cancelled') return err(learningErrors.alreadyEnrolled());
            const resumed = reenroll(existing, course.value, completionIds(deps, now));
            if (resumed.isErr()) return err(resumed.error);
            await scope.enrollments.update(resumed.value.state);
            scope.events.record(...resumed.value.events);
            return ok(toEnrollmentView(resumed.value.state, course.value));
          }
          const created = enroll(course.value, { id: deps.ids.next(), userId: actor.userId }, { now });
          if (created.isErr()) return err(created.error);
          if ((await scope.enrollments.insert(created.value.state)) === 'duplicate')
            return err(learningErrors.alreadyEnrolled());
          scope.events.record(...created.value.events);
          return ok(toEnrollmentView(created.value.state, course.value));
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

const completionIds = (deps: LearningDeps, now: Date) => ({
  now,
  certificateId: deps.ids.next(),
  verificationCode: deps.codes.next(),
});

type EnrollmentCommand = (
  enrollment: Enrollment,
  course: Course,
  now: Date,
) => Result<{ state: Enrollment; events: EnrollmentEvent[] }, AppError>;

/**
 * Loads the learner's enrolment locked with its course, applies a command, saves it with its events.
 * Progress in a pro course takes the plan (see requireCourseAccess); leaving the course does not.
 */
function changeEnrollment(
  deps: LearningDeps,
  actor: Actor,
  courseId: string,
  ctx: RequestContext,
  change: 'progress' | 'leave',
  command: EnrollmentCommand,
): ResultAsync<EnrollmentView, AppError> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        // Shared lock: a change of progress must not interleave with a concurrent edit of the syllabus.
        const course = await visibleCourse(scope, courseId, actor, 'share');
        if (course.isErr()) return err(course.error);
        const enrollment = await scope.enrollments.findByLearner(actor.userId, courseId, 'update');
        if (!enrollment) return err(learningErrors.enrollmentNotFound());
        const now = deps.clock.now();
        if (change === 'progress') {
          const allowed = await requireCourseAccess(scope, course.value, actor, now, 'lessons');
          if (allowed.isErr()) return err(allowed.error);
        }
        const changed = command(enrollment, course.value, now);
        if (changed.isErr()) return err(changed.error);
        if (changed.value.state !== enrollment) await scope.enrollments.update(changed.value.state);
        scope.events.record(...changed.value.events);
        return ok(toEnrollmentView(changed.value.state, course.value));
      }),
    { correlationId: ctx.correlationId },
  );
}

/** active → cancelled; the progress stays for a later return. */
export class CancelEnrollment {
  constructor(private readonly deps: LearningDeps) {}
  execute(actor: Actor, input: { courseId: string }, ctx: RequestContext) {
    return changeEnrollment(this.deps, actor, input.courseId, ctx, 'leave', (e, _course, now) =>
      cancelEnrollment(e, { now }),
    );
  }
}

/** Opening a lesson makes it the one to resume from. */
export class VisitLesson {
  constructor(private readonly deps: LearningDeps) {}
  execute(actor: Actor, input: { courseId: string; lessonId: string }, ctx: RequestContext) {
    return changeEnrollment(this.deps, actor, input.courseId, ctx, 'progress', (e, course, now) =>
      visitLesson(e, course, input.lessonId, { now }),
    );
  }
}

/**
 * Marks a lesson complete; the last counted one completes the course and issues the certificate. A
 * challenge lesson completes only once the learner has an accepted submission to the challenge it
 * links (ENROLLMENT_005 before).
 */
export class CompleteLesson {
  constructor(private readonly deps: LearningDeps) {}
  execute(actor: Actor, input: { courseId: string; lessonId: string }, ctx: RequestContext) {
    const { deps } = this;
    // Most lessons are not challenges, so the first attempt asks nothing of the challenges side. Only
    // when the lesson turns out to link one is the learner's pass read (a plain query, outside the
    // locks) and the completion tried again, which still requires the lesson to link that challenge.
    let linkedChallengeId: string | null = null;
    const attempt = (passedChallengeId: string | null) =>
      changeEnrollment(deps, actor, input.courseId, ctx, 'progress', (e, course, now) => {
        const content = courseLessons(course).find((l) => l.id === input.lessonId)?.content;
        linkedChallengeId = content?.kind === 'challenge' ? content.challengeId : null;
        const challengePassed = linkedChallengeId !== null && linkedChallengeId === passedChallengeId;
        return completeLesson(
          e,
          course,
          { lessonId: input.lessonId, challengePassed },
          completionIds(deps, now),
        );
      });
    return attempt(null).orElse((error) => {
      const challengeId = linkedChallengeId;
      if (error.code !== 'ENROLLMENT_005' || challengeId === null) return errAsync(error);
      return asyncResult(async () => ok(await deps.challenges.hasPassed(actor.userId, challengeId))).andThen(
        (passed) => (passed ? attempt(challengeId) : errAsync(error)),
      );
    });
  }
}

/** The signed-in learner's enrolment in a course, or null when they never enrolled. */
export class GetMyEnrollment {
  constructor(private readonly deps: LearningDeps) {}

  execute(
    actor: Actor,
    input: { courseId: string },
    ctx: RequestContext,
  ): ResultAsync<EnrollmentView | null, AppError> {
    return this.deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const course = await visibleCourse(scope, input.courseId, actor);
          if (course.isErr()) return err(course.error);
          const enrollment = await scope.enrollments.findByLearner(actor.userId, input.courseId);
          return ok(enrollment ? toEnrollmentView(enrollment, course.value) : null);
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/**
 * A lesson with its content, for learners enrolled in the course (active or completed) and for its
 * authors, who preview it. A pro course's lessons also take the plan (see requireCourseAccess).
 */
export class GetLesson {
  constructor(private readonly deps: LearningDeps) {}

  execute(
    actor: Actor,
    input: { courseId: string; lessonId: string },
    ctx: RequestContext,
  ): ResultAsync<LessonView, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const visible = await visibleCourse(scope, input.courseId, actor);
          if (visible.isErr()) return err(visible.error);
          const course = visible.value;
          const enrollment = await scope.enrollments.findByLearner(actor.userId, input.courseId);
          const following = enrollment !== undefined && enrollment.status !== 'cancelled';
          if (!following && !isAuthor(course, actor.userId)) return err(learningErrors.enrollmentNotFound());
          const allowed = await requireCourseAccess(scope, course, actor, deps.clock.now(), 'lessons');
          if (allowed.isErr()) return err(allowed.error);
          const lessons = courseLessons(course);
          const index = lessons.findIndex((l) => l.id === input.lessonId);
          const lesson = lessons[index];
          const section = course.sections.find((s) => s.lessons.some((l) => l.id === input.lessonId));
          if (!lesson || !section) return err(learningErrors.partNotFound('lesson'));
          return ok({
            courseId: course.id,
            sectionTitle: section.title,
            lesson: {
              id: lesson.id,
              title: lesson.title,
              required: lesson.required,
              content: lesson.content,
            },
            previousLessonId: lessons[index - 1]?.id ?? null,
            nextLessonId: lessons[index + 1]?.id ?? null,
            enrollment: enrollment && following ? toEnrollmentView(enrollment, course) : null,
          });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

/** "My learning": the courses the learner follows or finished, most recently active first. */
export class ListMyLearning {
  constructor(private readonly deps: Pick<LearningDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<MyLearningRow[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.myLearning(actor.userId)));
  }
}
