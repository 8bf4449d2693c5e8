import { LearningTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';

describe('challenge lessons', () => {
  let bed: LearningTestbed;
  let author: TestUser;
  let learner: TestUser;
  beforeEach(() => {
    bed = new LearningTestbed();
    author = bed.user('instructor', 'Ines Instructor');
    learner = bed.user('jobseeker', 'Lena Learner');
  });

  const challengeLesson = (challengeId: string, title = 'Solve two sum') => ({
    title,
    required: true,
    content: { kind: 'challenge' as const, challengeId },
  });

  /** A draft with one article in its only section; answers the course and section ids. */
  async function draftWithSection() {
    const { courseId } = await bed.course(author, { sections: [1], publish: false });
    const studio = (await bed.services.getStudioCourse.execute(author, { courseId }))._unsafeUnwrap();
    return { courseId, sectionId: studio.sections[0]?.id ?? '' };
  }

  const addChallengeLesson = (courseId: string, sectionId: string, challengeId: string) =>
    bed.services.editCourse.addLesson(
      author,
      { courseId, sectionId, lesson: challengeLesson(challengeId) },
      bed.ctx,
    );

  /** A published course: one article, then a lesson linking a fresh published challenge. */
  async function courseWithChallenge() {
    const { courseId, sectionId } = await draftWithSection();
    const challengeId = bed.challenge(author);
    const added = (await addChallengeLesson(courseId, sectionId, challengeId))._unsafeUnwrap();
    (await bed.services.editCourse.publish(author, { courseId }, bed.ctx))._unsafeUnwrap();
    const lessonIds = added.sections.flatMap((s) => s.lessons.map((l) => l.id));
    return { courseId, challengeId, articleId: lessonIds[0] ?? '', challengeLessonId: lessonIds[1] ?? '' };
  }

  const complete = (courseId: string, lessonId: string, who: TestUser = learner) =>
    bed.services.completeLesson.execute(who, { courseId, lessonId }, bed.ctx);

  it('Given an unknown, a draft and a published challenge, When a lesson links them, Then only the published one is taken; the others answer VALIDATION on challengeId', async () => {
    const { courseId, sectionId } = await draftWithSection();
    const refused = {
      kind: 'Validation',
      code: 'VALIDATION',
      fields: { challengeId: 'Choose a published challenge.' },
    };

    const unknown = await addChallengeLesson(courseId, sectionId, bed.ids.next());
    expect(unknown._unsafeUnwrapErr()).toMatchObject(refused);
    const draft = await addChallengeLesson(courseId, sectionId, bed.challenge(author, { publish: false }));
    expect(draft._unsafeUnwrapErr()).toMatchObject(refused);

    const publishedId = bed.challenge(author, { title: 'Parse a config' });
    const added = (await addChallengeLesson(courseId, sectionId, publishedId))._unsafeUnwrap();
    const lessons = added.sections[0]?.lessons ?? [];
    expect(lessons.map((l) => l.content)).toEqual([
      expect.objectContaining({ kind: 'article' }),
      { kind: 'challenge', challengeId: publishedId },
    ]);

    const relinked = await bed.services.editCourse.editLesson(
      author,
      {
        courseId,
        lessonId: lessons[1]?.id ?? '',
        lesson: challengeLesson(bed.challenge(author, { publish: false })),
      },
      bed.ctx,
    );
    expect(relinked._unsafeUnwrapErr()).toMatchObject(refused);
    const studio = (await bed.services.getStudioCourse.execute(author, { courseId }))._unsafeUnwrap();
    expect(studio.sections[0]?.lessons[1]?.content).toEqual({ kind: 'challenge', challengeId: publishedId });
  });

  it('Given a challenge lesson, When the learner completes it before passing, Then ENROLLMENT_005 and no progress; after an accepted submission it completes the course with a certificate', async () => {
    const { courseId, challengeId, articleId, challengeLessonId } = await courseWithChallenge();
    await bed.enroll(learner, courseId);
    (await complete(courseId, articleId))._unsafeUnwrap();

    const notPassed = {
      kind: 'Precondition',
      code: 'ENROLLMENT_005',
      message: 'Pass the linked challenge to complete this lesson.',
    };
    expect((await complete(courseId, challengeLessonId))._unsafeUnwrapErr()).toMatchObject(notPassed);
    bed.submitJudged(learner, challengeId, 'WRONG_ANSWER');
    expect((await complete(courseId, challengeLessonId))._unsafeUnwrapErr()).toMatchObject(notPassed);
    // Someone else's accepted submission is theirs, not the learner's.
    bed.submitJudged(author, challengeId);
    expect((await complete(courseId, challengeLessonId))._unsafeUnwrapErr()).toMatchObject(notPassed);
    const before = (
      await bed.services.getMyEnrollment.execute(learner, { courseId }, bed.ctx)
    )._unsafeUnwrap();
    expect(before).toMatchObject({ status: 'active', percentComplete: 50, certificate: null });

    bed.submitJudged(learner, challengeId);
    const done = (await complete(courseId, challengeLessonId))._unsafeUnwrap();
    expect(done).toMatchObject({ status: 'completed', percentComplete: 100 });
    expect(done.certificate?.verificationCode).toMatch(/^TEST-0000-/);
  });
});
