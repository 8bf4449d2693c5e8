import { courseProgress, settleCompletion } from '@talentsphere/domain/learning';
import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import type { VerificationCodes } from './learning-deps';

const BATCH = 200;

/**
 * After an author removes lessons, a learner may have nothing left to do: complete those enrolments
 * (with their certificates) instead of leaving them stuck below 100%.
 */
export function settleCompletionsAfterCourseEdit(codes: VerificationCodes): EventHandler {
  return {
    consumer: 'learning-completions',
    eventTypes: ['lms.course.updated'],
    async handle(envelope, scope, deps) {
      const { courseId } = eventContracts['lms.course.updated'].schema.parse(envelope.data);
      const course = await scope.courses.findById(courseId, 'share');
      if (course?.status !== 'published') return;
      let afterId: string | null = null;
      for (;;) {
        const batch = await scope.enrollments.activeOfCourse(courseId, afterId, BATCH);
        for (const candidate of batch) {
          // Most learners still have lessons left: only the ones who would complete are locked and
          // read again, so an edit of a popular course does not hold every learner's row.
          if (courseProgress(candidate, course).percentComplete < 100) continue;
          const enrollment = await scope.enrollments.findByLearner(candidate.userId, courseId, 'update');
          if (!enrollment) continue;
          const settled = settleCompletion(enrollment, course, {
            now: deps.clock.now(),
            certificateId: deps.ids.next(),
            verificationCode: codes.next(),
          });
          if (settled.isErr() || settled.value.state === enrollment) continue;
          await scope.enrollments.update(settled.value.state);
          scope.events.record(...settled.value.events);
        }
        if (batch.length < BATCH) return;
        afterId = batch[batch.length - 1]?.id ?? null;
      }
    },
  };
}
