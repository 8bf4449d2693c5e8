import { LearningTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { learningNotifications } from './learning-notifications.handler';

describe('learning notifications', () => {
  it('Given a certificate issued, When the worker handles it, Then the learner is told, with the verification link', async () => {
    const bed = new LearningTestbed();
    const author = bed.user('instructor');
    const learner = bed.user('jobseeker');
    const { courseId, lessonIds } = await bed.course(author, {
      details: { title: 'SQL basics' },
      sections: [1],
    });
    await bed.enroll(learner, courseId);
    await bed.services.completeLesson.execute(learner, { courseId, lessonId: lessonIds[0] ?? '' }, bed.ctx);
    const issued = bed.db.tables.outbox.find((e) => e.eventType === 'lms.certificate.issued');
    if (!issued) throw new Error('no certificate was issued');

    await bed.handle(learningNotifications, issued);

    expect([...bed.db.tables.notifications.values()]).toEqual([
      expect.objectContaining({
        userId: learner.userId,
        category: 'learning',
        title: 'You completed SQL basics',
        link: `/certificates/${(issued.data as { verificationCode: string }).verificationCode}`,
      }),
    ]);
  });
});
