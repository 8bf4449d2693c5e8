import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// The learning half of the loop through the real server, embedded mode with its in-process worker:
// an instructor builds and publishes a course, a learner completes it, anyone verifies the certificate.

const details = {
  title: 'PostgreSQL indexing in practice',
  summary: 'B-trees, GIN and the plans that use them.',
  description: 'Read **EXPLAIN** output and choose the right index.',
  level: 'intermediate',
  skills: [{ name: 'PostgreSQL', level: 'intermediate' }],
};

/** A challenge small enough to grade quickly, for a challenge lesson to link. */
const doubling = {
  details: {
    title: 'Double a number',
    slug: `double-${Date.now()}`,
    statement: 'Return twice `n`.',
    difficulty: 'easy',
    skills: [{ name: 'JavaScript', level: 'beginner' }],
    starterCode: { javascript: 'function double(n) {\n}\n' },
  },
  grading: {
    entryFunction: 'double',
    tests: [
      { id: 's1', input: [2], expected: 4, comparison: 'exact', visibility: 'sample' },
      { id: 'h1', input: [21], expected: 42, comparison: 'exact', visibility: 'hidden' },
    ],
    limits: { timeMs: 1000, memoryMb: 64, outputBytes: 65536 },
    referenceSolution: { language: 'javascript', source: 'function double(n) { return n * 2; }' },
  },
};

describe('learning through the real server', () => {
  let t: TestServer;
  let instructor: WireClient;
  let learner: WireClient;
  let courseId: string;
  let lessonIds: string[];
  const slug = `pg-indexing-${Date.now()}`;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    instructor = await signUp(t, 'instructor', 'Ines Instructor');
    learner = await signUp(t, 'jobseeker', 'Lena Learner');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets an instructor build a course, keeps the draft private, and publishes it to the catalog', async () => {
    const created = await instructor.call('mutation', 'studio.create', { ...details, slug });
    expect(created.status).toBe(200);
    courseId = created.body.result?.data.id;
    const section = await instructor.call('mutation', 'studio.addSection', {
      courseId,
      title: 'Foundations',
    });
    const sectionId = section.body.result?.data.sections[0].id;
    for (const [title, content] of [
      ['How a B-tree finds a row', { kind: 'article', markdown: 'A B-tree keeps keys **sorted**.' }],
      ['Reading EXPLAIN', { kind: 'video', url: 'https://example.com/explain.mp4', durationSeconds: 420 }],
    ] as const) {
      const added = await instructor.call('mutation', 'studio.addLesson', {
        courseId,
        sectionId,
        lesson: { title, content },
      });
      expect(added.status).toBe(200);
      lessonIds = added.body.result?.data.sections[0].lessons.map((l: { id: string }) => l.id);
    }

    const hidden = await new WireClient(t.baseUrl).call('query', 'courses.get', { courseId });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error?.data.appCode).toBe('COURSE_001');

    const published = await instructor.call('mutation', 'studio.publish', { courseId });
    expect(published.body.result?.data.status).toBe('published');
    const found = await eventually(
      () => new WireClient(t.baseUrl).call('query', 'courses.catalog', { q: 'indexing postgresql' }),
      (res) => res.body.result?.data.items.some((c: { id: string }) => c.id === courseId),
    );
    expect(found.body.result?.data.items[0]).toMatchObject({
      id: courseId,
      lessonCount: 2,
      videoSeconds: 420,
    });
    const page = await new WireClient(t.baseUrl).call('query', 'courses.get', { courseId });
    expect(page.body.result?.data).toMatchObject({
      title: details.title,
      authors: [{ name: 'Ines Instructor' }],
      sections: [
        { title: 'Foundations', lessons: [{ kind: 'article' }, { kind: 'video', durationSeconds: 420 }] },
      ],
    });
  });

  it('lets a learner enrol, follow the lessons, complete the course, and anyone verify the certificate', async () => {
    const locked = await learner.call('query', 'courses.lesson', { courseId, lessonId: lessonIds[0] });
    expect(locked.body.error?.data.appCode).toBe('ENROLLMENT_001');

    const enrolled = await learner.call('mutation', 'courses.enroll', { courseId });
    expect(enrolled.body.result?.data).toMatchObject({ status: 'active', percentComplete: 0 });
    const lesson = await learner.call('query', 'courses.lesson', { courseId, lessonId: lessonIds[0] });
    expect(lesson.body.result?.data).toMatchObject({
      lesson: { content: { kind: 'article', markdown: 'A B-tree keeps keys **sorted**.' } },
      nextLessonId: lessonIds[1],
    });

    let progress: { status: string; certificate: { verificationCode: string } | null } | undefined;
    for (const lessonId of lessonIds) {
      await learner.call('mutation', 'courses.visitLesson', { courseId, lessonId });
      progress = (await learner.call('mutation', 'courses.completeLesson', { courseId, lessonId })).body
        .result?.data;
    }
    expect(progress?.status).toBe('completed');
    const code = progress?.certificate?.verificationCode ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const verified = await new WireClient(t.baseUrl).call('query', 'certificates.get', { code });
    expect(verified.body.result?.data).toMatchObject({
      learnerName: 'Lena Learner',
      course: { id: courseId, title: details.title },
      skills: [{ name: 'postgresql', level: 'intermediate' }],
    });
    const mine = await learner.call('query', 'courses.myLearning');
    expect(mine.body.result?.data).toEqual([
      expect.objectContaining({
        enrollment: expect.objectContaining({ status: 'completed', percentComplete: 100 }),
      }),
    ]);
    const notified = await eventually(
      () => learner.call('query', 'notifications.list', {}),
      (res) => res.body.result?.data.items.some((i: { link: string }) => i.link === `/certificates/${code}`),
    );
    // Found by its link, not its place: gamification's badge notification may come after it.
    const completion = notified.body.result?.data.items.find(
      (i: { link: string }) => i.link === `/certificates/${code}`,
    );
    expect(completion?.title).toBe(`You completed ${details.title}`);
  });

  it('completes a challenge lesson only once the learner has an accepted submission to its challenge', async () => {
    const created = await instructor.call('mutation', 'challengeStudio.create', doubling);
    const challengeId = created.body.result?.data.id;
    const course = await instructor.call('mutation', 'studio.create', {
      ...details,
      title: 'Practice for indexing',
      slug: `${slug}-practice`,
    });
    const practiceId = course.body.result?.data.id;
    const section = await instructor.call('mutation', 'studio.addSection', {
      courseId: practiceId,
      title: 'Practice',
    });
    const sectionId = section.body.result?.data.sections[0].id;
    const lesson = { title: 'Double it', content: { kind: 'challenge', challengeId } };
    const draftLinked = await instructor.call('mutation', 'studio.addLesson', {
      courseId: practiceId,
      sectionId,
      lesson,
    });
    expect(draftLinked.status).toBe(400);
    expect(draftLinked.body.error?.data.fields).toEqual({ challengeId: 'Choose a published challenge.' });

    await instructor.call('mutation', 'challengeStudio.validate', { challengeId });
    const challenge = await instructor.call('mutation', 'challengeStudio.publish', { challengeId });
    expect(challenge.body.result?.data.status).toBe('published');
    const added = await instructor.call('mutation', 'studio.addLesson', {
      courseId: practiceId,
      sectionId,
      lesson,
    });
    expect(added.status).toBe(200);
    const lessonId = added.body.result?.data.sections[0].lessons[0].id;
    await instructor.call('mutation', 'studio.publish', { courseId: practiceId });

    const coder = await signUp(t, 'jobseeker', 'Cora Coder');
    await coder.call('mutation', 'courses.enroll', { courseId: practiceId });
    const early = await coder.call('mutation', 'courses.completeLesson', { courseId: practiceId, lessonId });
    expect(early.status).toBe(412);
    expect(early.body.error?.data.appCode).toBe('ENROLLMENT_005');

    await coder.call('mutation', 'challenges.submit', {
      challengeId,
      language: 'javascript',
      source: 'function double(n) { return n * 2; }',
    });
    const judged = await eventually(
      () => coder.call('query', 'challenges.mySubmissions', { challengeId }),
      (res) => res.body.result?.data[0]?.verdict === 'ACCEPTED',
    );
    expect(judged.body.result?.data[0].verdict).toBe('ACCEPTED');
    const done = await coder.call('mutation', 'courses.completeLesson', { courseId: practiceId, lessonId });
    expect(done.body.result?.data).toMatchObject({ status: 'completed', percentComplete: 100 });
  });

  it('refuses what a learner may not do, with stable codes, and changes nothing', async () => {
    const asLearner = await learner.call('mutation', 'studio.create', { ...details, slug: `${slug}-x` });
    expect(asLearner.status).toBe(403);
    expect(asLearner.body.error?.data.appCode).toBe('COURSE_007');
    const edit = await learner.call('mutation', 'studio.archive', { courseId });
    expect(edit.status).toBe(403);
    expect(edit.body.error?.data.appCode).toBe('COURSE_002');
    const again = await learner.call('mutation', 'courses.enroll', { courseId });
    expect(again.status).toBe(409);
    const badSlug = await instructor.call('mutation', 'studio.create', { ...details, slug: 'Not A Slug!' });
    expect(badSlug.status).toBe(400);
    expect(badSlug.body.error?.data.fields?.slug).toBeDefined();
    const unknown = await new WireClient(t.baseUrl).call('query', 'certificates.get', {
      code: 'AAAA-BBBB-CCCC',
    });
    expect(unknown.status).toBe(404);
    expect((await learner.call('query', 'courses.get', { courseId })).body.result?.data.status).toBe(
      'published',
    );
  });

  it('refuses an author enrolling in their own course with 403 ENROLLMENT_006, stores nothing, and lets them preview its lessons', async () => {
    const enrolments = () =>
      t.runtime.database.db
        .selectFrom('enrollments')
        .select('id')
        .where('course_id', '=', courseId)
        .execute();
    const before = await enrolments();

    const refused = await instructor.call('mutation', 'courses.enroll', { courseId });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.data.appCode).toBe('ENROLLMENT_006');
    expect(await enrolments()).toEqual(before);
    expect(
      (await instructor.call('query', 'courses.myEnrollment', { courseId })).body.result?.data,
    ).toBeNull();

    const preview = await instructor.call('query', 'courses.lesson', { courseId, lessonId: lessonIds[0] });
    expect(preview.body.result?.data).toMatchObject({ lesson: { id: lessonIds[0] }, enrollment: null });
  });
});
