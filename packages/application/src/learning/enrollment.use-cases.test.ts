import { LearningTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { enroll } from '@talentsphere/domain/learning';
import { beforeEach, describe, expect, it } from 'vitest';

describe('enrollment use cases', () => {
  let bed: LearningTestbed;
  let author: TestUser;
  let learner: TestUser;
  beforeEach(() => {
    bed = new LearningTestbed();
    author = bed.user('instructor', 'Ines Instructor');
    learner = bed.user('jobseeker', 'Lena Learner');
  });

  const outboxTypes = () => bed.db.tables.outbox.map((e) => e.eventType);
  const complete = (courseId: string, lessonId: string) =>
    bed.services.completeLesson.execute(learner, { courseId, lessonId }, bed.ctx);

  it('Given a draft, When a learner enrols, Then COURSE_001 (drafts do not exist for them)', async () => {
    const { courseId } = await bed.course(author, { publish: false });
    const enrolled = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);
    expect(enrolled._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_001' });
  });

  it('Given an enrolment, When the learner enrols again, Then ENROLLMENT_002 and still one enrolment', async () => {
    const { courseId } = await bed.course(author);
    const first = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);
    const again = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);

    expect(first._unsafeUnwrap()).toMatchObject({ status: 'active', percentComplete: 0, totalLessons: 2 });
    expect(again._unsafeUnwrapErr()).toMatchObject({ code: 'ENROLLMENT_002' });
    expect(bed.db.tables.enrollments.size).toBe(1);
    expect(outboxTypes().filter((t) => t === 'lms.enrollment.created')).toHaveLength(1);
  });

  it('Given every lesson completed, Then the course completes once with a verifiable certificate, and repeats change nothing', async () => {
    const { courseId, lessonIds } = await bed.course(author, {
      details: { title: 'SQL basics', skills: [{ name: 'sql', level: 'beginner' }] },
      sections: [1, 1],
    });
    await bed.enroll(learner, courseId);
    bed.db.tables.outbox.length = 0;

    const half = (await complete(courseId, lessonIds[0] ?? ''))._unsafeUnwrap();
    expect(half).toMatchObject({ status: 'active', percentComplete: 50, certificate: null });
    const done = (await complete(courseId, lessonIds[1] ?? ''))._unsafeUnwrap();
    expect(done).toMatchObject({ status: 'completed', percentComplete: 100 });
    const code = done.certificate?.verificationCode ?? '';
    expect(code).toMatch(/^TEST-0000-/);
    expect(outboxTypes()).toEqual([
      'lms.lesson.completed',
      'lms.progress.updated',
      'lms.lesson.completed',
      'lms.progress.updated',
      'lms.course.completed',
      'lms.certificate.issued',
    ]);

    const repeat = await complete(courseId, lessonIds[1] ?? '');
    expect(repeat._unsafeUnwrap().certificate?.verificationCode).toBe(code);
    expect(outboxTypes()).toHaveLength(6);

    const certificate = await bed.services.getCertificate.execute({ code: code.toLowerCase() });
    expect(certificate._unsafeUnwrap()).toMatchObject({
      verificationCode: code,
      learnerName: 'Lena Learner',
      course: { id: courseId, title: 'SQL basics', authors: ['Ines Instructor'] },
      skills: [{ name: 'sql', level: 'beginner' }],
    });
    const unknown = await bed.services.getCertificate.execute({ code: 'NOPE-NOPE-NOPE' });
    expect(unknown._unsafeUnwrapErr()).toMatchObject({ kind: 'NotFound', code: 'CERTIFICATE_001' });
  });

  it('Given a learner who left, When they complete a lesson, Then ENROLLMENT_003; re-enrolling keeps their progress', async () => {
    const { courseId, lessonIds } = await bed.course(author, { sections: [3] });
    await bed.enroll(learner, courseId);
    await complete(courseId, lessonIds[0] ?? '');

    const cancelled = await bed.services.cancelEnrollment.execute(learner, { courseId }, bed.ctx);
    expect(cancelled._unsafeUnwrap().status).toBe('cancelled');
    expect((await complete(courseId, lessonIds[1] ?? ''))._unsafeUnwrapErr()).toMatchObject({
      code: 'ENROLLMENT_003',
    });

    const back = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);
    expect(back._unsafeUnwrap()).toMatchObject({
      status: 'active',
      completedLessons: 1,
      percentComplete: 33,
    });
  });

  it('Given no enrolment, When a learner opens a lesson, Then ENROLLMENT_001; the author may preview it', async () => {
    const { courseId, lessonIds } = await bed.course(author, { sections: [3] });
    const lessonId = lessonIds[1] ?? '';

    const denied = await bed.services.getLesson.execute(learner, { courseId, lessonId }, bed.ctx);
    expect(denied._unsafeUnwrapErr()).toMatchObject({ code: 'ENROLLMENT_001' });

    const preview = (
      await bed.services.getLesson.execute(author, { courseId, lessonId }, bed.ctx)
    )._unsafeUnwrap();
    expect(preview).toMatchObject({
      sectionTitle: 'Part 1',
      lesson: { id: lessonId, title: 'Lesson 1.2', content: { kind: 'article' } },
      previousLessonId: lessonIds[0],
      nextLessonId: lessonIds[2],
      enrollment: null,
    });
  });

  it('Given the course’s author, When they enrol in it (free, or pro without a plan), Then ENROLLMENT_006 and nothing is stored; they still preview its lessons', async () => {
    const free = await bed.course(author);
    const pro = await bed.course(author, { details: { accessTier: 'pro' } });
    for (const { courseId, lessonIds } of [free, pro]) {
      const refused = await bed.services.enroll.execute(author, { courseId }, bed.ctx);
      expect(refused._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'ENROLLMENT_006' });
      const lessonId = lessonIds[0] ?? '';
      const preview = await bed.services.getLesson.execute(author, { courseId, lessonId }, bed.ctx);
      expect(preview._unsafeUnwrap()).toMatchObject({ lesson: { id: lessonId }, enrollment: null });
    }
    expect(bed.db.tables.enrollments.size).toBe(0);
    expect(outboxTypes()).not.toContain('lms.enrollment.created');
  });

  it('Given an enrolment its author holds from before the rule, Then their progress still loads; enrolling again is ENROLLMENT_002 and, once they left, ENROLLMENT_006 with the progress kept', async () => {
    const { courseId, lessonIds } = await bed.course(author);
    const course = bed.db.tables.courses.get(courseId);
    if (!course) throw new Error('course not stored');
    // Stored as earlier use left it, when authors could still enrol.
    const legacy = enroll(
      { ...course, authorIds: [] },
      { id: bed.ids.next(), userId: author.userId },
      { now: bed.clock.now() },
    )._unsafeUnwrap().state;
    bed.db.tables.enrollments.set(legacy.id, legacy);
    const lessonId = lessonIds[0] ?? '';

    expect((await bed.services.visitLesson.execute(author, { courseId, lessonId }, bed.ctx)).isOk()).toBe(
      true,
    );
    const mine = await bed.services.getMyEnrollment.execute(author, { courseId }, bed.ctx);
    expect(mine._unsafeUnwrap()).toMatchObject({ status: 'active', lastLessonId: lessonId });
    const lesson = await bed.services.getLesson.execute(author, { courseId, lessonId }, bed.ctx);
    expect(lesson._unsafeUnwrap().enrollment).toMatchObject({ status: 'active' });
    const rows = (await bed.services.listMyLearning.execute(author))._unsafeUnwrap();
    expect(rows.map((r) => r.course.id)).toEqual([courseId]);
    const again = await bed.services.enroll.execute(author, { courseId }, bed.ctx);
    expect(again._unsafeUnwrapErr()).toMatchObject({ code: 'ENROLLMENT_002' });

    await bed.services.cancelEnrollment.execute(author, { courseId }, bed.ctx);
    const back = await bed.services.enroll.execute(author, { courseId }, bed.ctx);
    expect(back._unsafeUnwrapErr()).toMatchObject({ code: 'ENROLLMENT_006' });
    expect(bed.db.tables.enrollments.get(legacy.id)).toMatchObject({
      status: 'cancelled',
      lastLessonId: lessonId,
    });
  });

  it('Given an enrolled learner, When they open a lesson, Then it is where they resume; once done, resume moves on', async () => {
    const { courseId, lessonIds } = await bed.course(author, { sections: [3] });
    await bed.enroll(learner, courseId);

    const visited = await bed.services.visitLesson.execute(
      learner,
      { courseId, lessonId: lessonIds[1] ?? '' },
      bed.ctx,
    );
    expect(visited._unsafeUnwrap()).toMatchObject({
      lastLessonId: lessonIds[1],
      resumeLessonId: lessonIds[1],
    });
    expect(visited._unsafeUnwrap().lessons).toEqual([
      { lessonId: lessonIds[1], status: 'in_progress', completedAt: null },
    ]);

    const done = await complete(courseId, lessonIds[1] ?? '');
    expect(done._unsafeUnwrap().resumeLessonId).toBe(lessonIds[0]);
  });

  it('Given a lesson of another course, When it is completed, Then COURSE_005 and nothing changes', async () => {
    const { courseId } = await bed.course(author);
    const other = await bed.course(author);
    await bed.enroll(learner, courseId);
    const before = bed.db.tables;

    const wrong = await complete(courseId, other.lessonIds[0] ?? '');
    expect(wrong._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_005' });
    expect(bed.db.tables).toBe(before);
  });

  it('Given enrolments, When the learner lists my learning, Then active and completed courses show with progress, cancelled ones do not', async () => {
    const active = await bed.course(author, { details: { title: 'Active course' } });
    const finished = await bed.course(author, { details: { title: 'Finished course' }, sections: [1] });
    const left = await bed.course(author, { details: { title: 'Left course' } });
    for (const c of [active, finished, left]) await bed.enroll(learner, c.courseId);
    await complete(finished.courseId, finished.lessonIds[0] ?? '');
    await bed.services.cancelEnrollment.execute(learner, { courseId: left.courseId }, bed.ctx);

    const rows = (await bed.services.listMyLearning.execute(learner))._unsafeUnwrap();
    expect(
      rows.map((r) => [r.course.title, r.enrollment.status, r.enrollment.percentComplete]).sort(),
    ).toEqual([
      ['Active course', 'active', 0],
      ['Finished course', 'completed', 100],
    ]);
  });
});
