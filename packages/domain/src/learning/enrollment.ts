import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import { type Course, courseLessons, findLesson, isAuthor, requiredLessons } from './course';
import { learningErrors } from './learning.errors';

export type LessonProgressStatus = 'not_started' | 'in_progress' | 'completed';
export type EnrollmentStatus = 'active' | 'completed' | 'cancelled';

/** A lesson with no entry is `not_started`. */
export interface LessonProgress {
  readonly lessonId: string;
  readonly status: 'in_progress' | 'completed';
  readonly completedAt: Date | null;
}

export interface Certificate {
  readonly id: string;
  /** Public: anyone holding it can open the verification page. */
  readonly verificationCode: string;
  readonly issuedAt: Date;
}

interface EnrollmentBase {
  readonly id: string;
  readonly userId: string;
  readonly courseId: string;
  readonly lessons: readonly LessonProgress[];
  readonly lastLessonId: string | null;
  readonly enrolledAt: Date;
  readonly updatedAt: Date;
}

/** Completion always comes with its certificate; cancelling keeps progress for a later re-enrolment. */
export type Enrollment =
  | (EnrollmentBase & {
      readonly status: 'active';
      readonly completedAt: null;
      readonly cancelledAt: null;
      readonly certificate: null;
    })
  | (EnrollmentBase & {
      readonly status: 'completed';
      readonly completedAt: Date;
      readonly cancelledAt: null;
      readonly certificate: Certificate;
    })
  | (EnrollmentBase & {
      readonly status: 'cancelled';
      readonly completedAt: null;
      readonly cancelledAt: Date;
      readonly certificate: null;
    });

type Ids = { enrollmentId: string; userId: string; courseId: string };
export type EnrollmentEvent =
  /** `resumed`: a learner who had left came back (their earlier enrolment counted already). */
  | DomainEvent<'lms.enrollment.created', Ids & { resumed: boolean }>
  | DomainEvent<'lms.enrollment.cancelled', Ids>
  | DomainEvent<'lms.lesson.completed', Ids & { lessonId: string }>
  | DomainEvent<
      'lms.progress.updated',
      Ids & { percentComplete: number; completedLessons: number; totalLessons: number }
    >
  | DomainEvent<'lms.course.completed', Ids & { completionDate: string }>
  | DomainEvent<'lms.certificate.issued', Ids & { certificateId: string; verificationCode: string }>;

type Outcome = Result<{ state: Enrollment; events: EnrollmentEvent[] }, AppError>;
type Ctx = { now: Date };
/** Ids for the certificate, used only if this command completes the course. */
type CompletionCtx = Ctx & { certificateId: string; verificationCode: string };

export interface CourseProgress {
  /** Whole percent, 0–100; 100 only when every counted lesson is complete. */
  readonly percentComplete: number;
  readonly completedLessons: number;
  readonly totalLessons: number;
}

const ids = (e: Enrollment): Ids => ({ enrollmentId: e.id, userId: e.userId, courseId: e.courseId });

export function lessonStatus(enrollment: Enrollment, lessonId: string): LessonProgressStatus {
  return enrollment.lessons.find((l) => l.lessonId === lessonId)?.status ?? 'not_started';
}

/**
 * Progress over the course as it is now: lessons removed from it no longer count. The required lessons
 * count; a course with none marked required counts all of them.
 */
export function courseProgress(enrollment: Enrollment, course: Pick<Course, 'sections'>): CourseProgress {
  const required = requiredLessons(course);
  const counted = required.length > 0 ? required : courseLessons(course);
  const completed = counted.filter((l) => lessonStatus(enrollment, l.id) === 'completed').length;
  const total = counted.length;
  // Floor, so that 100 means every counted lesson is done.
  const percentComplete = total === 0 ? 0 : Math.floor((completed * 100) / total);
  return { percentComplete, completedLessons: completed, totalLessons: total };
}

/**
 * A learner enrols in a published course. Its authors do not (ENROLLMENT_006): they wrote it and
 * preview its lessons as authors, so it must not earn them progress, points, a certificate or
 * verified skill evidence. The one-enrolment rule is the store's (ENROLLMENT_002).
 */
export function enroll(course: Course, input: { id: string; userId: string }, { now }: Ctx): Outcome {
  if (course.status !== 'published') return err(learningErrors.courseNotOpen());
  if (isAuthor(course, input.userId)) return err(learningErrors.authorEnrollment());
  const state: Enrollment = {
    id: input.id,
    userId: input.userId,
    courseId: course.id,
    status: 'active',
    lessons: [],
    lastLessonId: null,
    enrolledAt: now,
    updatedAt: now,
    completedAt: null,
    cancelledAt: null,
    certificate: null,
  };
  return ok({ state, events: [{ type: 'lms.enrollment.created', data: { ...ids(state), resumed: false } }] });
}

/**
 * cancelled → active, with the progress kept; the course may now be complete already. A learner who
 * has since become one of its authors does not come back (ENROLLMENT_006, as for enrolling).
 */
export function reenroll(enrollment: Enrollment, course: Course, ctx: CompletionCtx): Outcome {
  if (enrollment.status !== 'cancelled') {
    return err(
      learningErrors.enrollmentTransition(
        `This enrolment is ${enrollment.status}; there is nothing to resume.`,
      ),
    );
  }
  if (course.status !== 'published') return err(learningErrors.courseNotOpen());
  if (isAuthor(course, enrollment.userId)) return err(learningErrors.authorEnrollment());
  const active: Enrollment = { ...enrollment, status: 'active', cancelledAt: null, updatedAt: ctx.now };
  const settled = settleCompletion(active, course, ctx);
  return settled.map(({ state, events }) => ({
    state,
    events: [{ type: 'lms.enrollment.created', data: { ...ids(active), resumed: true } }, ...events],
  }));
}

/** active → cancelled. A completed course stays completed. */
export function cancelEnrollment(enrollment: Enrollment, { now }: Ctx): Outcome {
  if (enrollment.status === 'cancelled') return ok({ state: enrollment, events: [] });
  if (enrollment.status === 'completed') {
    return err(learningErrors.enrollmentTransition('A completed course cannot be cancelled.'));
  }
  const state: Enrollment = { ...enrollment, status: 'cancelled', cancelledAt: now, updatedAt: now };
  return ok({ state, events: [{ type: 'lms.enrollment.cancelled', data: ids(state) }] });
}

function progressing(enrollment: Enrollment, course: Course, lessonId: string): Result<void, AppError> {
  if (enrollment.status === 'cancelled') {
    return err(learningErrors.enrollmentTransition('This enrolment is cancelled; enrol again to continue.'));
  }
  if (enrollment.courseId !== course.id || !findLesson(course, lessonId)) {
    return err(learningErrors.partNotFound('lesson'));
  }
  return ok(undefined);
}

/** Opening a lesson: it becomes the one to resume from, and starts if it had not. No event. */
export function visitLesson(enrollment: Enrollment, course: Course, lessonId: string, { now }: Ctx): Outcome {
  return progressing(enrollment, course, lessonId).map(() => {
    const lessons: readonly LessonProgress[] =
      lessonStatus(enrollment, lessonId) === 'not_started'
        ? [...enrollment.lessons, { lessonId, status: 'in_progress', completedAt: null }]
        : enrollment.lessons;
    return { state: { ...enrollment, lessons, lastLessonId: lessonId, updatedAt: now }, events: [] };
  });
}

/**
 * Marks a lesson complete; a challenge lesson only once its challenge is passed. Completing it again
 * changes nothing. Completing the last counted lesson completes the course and issues the certificate.
 */
export function completeLesson(
  enrollment: Enrollment,
  course: Course,
  input: { lessonId: string; challengePassed?: boolean },
  ctx: CompletionCtx,
): Outcome {
  return progressing(enrollment, course, input.lessonId).andThen(() => {
    if (lessonStatus(enrollment, input.lessonId) === 'completed')
      return ok({ state: enrollment, events: [] });
    const lesson = findLesson(course, input.lessonId);
    if (lesson?.content.kind === 'challenge' && input.challengePassed !== true) {
      return err(learningErrors.challengeNotPassed());
    }
    const done: LessonProgress = { lessonId: input.lessonId, status: 'completed', completedAt: ctx.now };
    const state: Enrollment = {
      ...enrollment,
      lessons: [...enrollment.lessons.filter((l) => l.lessonId !== input.lessonId), done],
      lastLessonId: input.lessonId,
      updatedAt: ctx.now,
    };
    const events: EnrollmentEvent[] = [
      { type: 'lms.lesson.completed', data: { ...ids(state), lessonId: input.lessonId } },
      { type: 'lms.progress.updated', data: { ...ids(state), ...courseProgress(state, course) } },
    ];
    return settleCompletion(state, course, ctx).map((settled) => ({
      state: settled.state,
      events: [...events, ...settled.events],
    }));
  });
}

/**
 * Completes an active enrolment whose counted lessons are all done, once, with its certificate. Also for
 * the application after a course edit removed the last lesson a learner had left.
 */
export function settleCompletion(enrollment: Enrollment, course: Course, ctx: CompletionCtx): Outcome {
  const progress = courseProgress(enrollment, course);
  if (enrollment.status !== 'active' || progress.totalLessons === 0 || progress.percentComplete < 100) {
    return ok({ state: enrollment, events: [] });
  }
  const certificate: Certificate = {
    id: ctx.certificateId,
    verificationCode: ctx.verificationCode,
    issuedAt: ctx.now,
  };
  const state: Enrollment = {
    ...enrollment,
    status: 'completed',
    completedAt: ctx.now,
    certificate,
    updatedAt: ctx.now,
  };
  return ok({
    state,
    events: [
      { type: 'lms.course.completed', data: { ...ids(state), completionDate: ctx.now.toISOString() } },
      {
        type: 'lms.certificate.issued',
        data: {
          ...ids(state),
          certificateId: certificate.id,
          verificationCode: certificate.verificationCode,
        },
      },
    ],
  });
}
