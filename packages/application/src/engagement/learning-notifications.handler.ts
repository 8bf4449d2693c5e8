import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';

/**
 * Tells a learner they finished a course, with the link to their certificate. Completion and the
 * certificate arrive together, so one notification, on the certificate, covers both.
 */
export const learningNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: ['lms.certificate.issued'],
  async handle(envelope, scope, deps) {
    const { userId, courseId, verificationCode } = eventContracts['lms.certificate.issued'].schema.parse(
      envelope.data,
    );
    const course = await scope.courses.findById(courseId);
    const title = course?.title ?? 'your course';
    await scope.notifications.insert({
      id: deps.ids.next(),
      userId,
      category: 'learning',
      title: `You completed ${title}`,
      body: 'Your certificate is ready: share its link so anyone can verify it.',
      link: `/certificates/${verificationCode}`,
      createdAt: deps.clock.now(),
    });
  },
};
