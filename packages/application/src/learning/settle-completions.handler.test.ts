import { LearningTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { settleCompletionsAfterCourseEdit } from './settle-completions.handler';

describe('settling completions after a course edit', () => {
  it('Given a learner with only a removed lesson left, When the worker handles the edit, Then their course completes with a certificate, once', async () => {
    const bed = new LearningTestbed();
    const author = bed.user('instructor');
    const learner = bed.user('jobseeker');
    const bystander = bed.user('jobseeker');
    const { courseId, lessonIds } = await bed.course(author, { sections: [2] });
    await bed.enroll(learner, courseId);
    await bed.enroll(bystander, courseId);
    await bed.services.completeLesson.execute(learner, { courseId, lessonId: lessonIds[0] ?? '' }, bed.ctx);
    await bed.services.editCourse.removeLesson(author, { courseId, lessonId: lessonIds[1] ?? '' }, bed.ctx);
    const edit = bed.db.tables.outbox.at(-1);
    if (edit?.eventType !== 'lms.course.updated')
      throw new Error(`expected the edit event, got ${edit?.eventType}`);

    const handler = settleCompletionsAfterCourseEdit(bed.codes);
    await bed.handle(handler, edit);
    await bed.handle(handler, edit);

    const enrollments = [...bed.db.tables.enrollments.values()];
    expect(enrollments.find((e) => e.userId === learner.userId)).toMatchObject({
      status: 'completed',
      certificate: { verificationCode: expect.any(String) },
    });
    expect(enrollments.find((e) => e.userId === bystander.userId)?.status).toBe('active');
    expect(bed.db.tables.outbox.filter((e) => e.eventType === 'lms.certificate.issued')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ userId: learner.userId, courseId }) }),
    ]);
  });
});
