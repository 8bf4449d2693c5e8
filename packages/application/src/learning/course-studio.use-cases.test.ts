import { aCourse, anArticle, LearningTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';

describe('course studio use cases', () => {
  let bed: LearningTestbed;
  let author: TestUser;
  beforeEach(() => {
    bed = new LearningTestbed();
    author = bed.user('instructor', 'Ines Instructor');
  });

  const outboxTypes = () => bed.db.tables.outbox.map((e) => e.eventType);

  it.each(['jobseeker', 'employer'] as const)(
    'Given a %s, When they create a course, Then COURSE_007 and nothing is written',
    async (role) => {
      const created = await bed.services.createCourse.execute(bed.user(role), aCourse(), bed.ctx);
      expect(created._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'COURSE_007' });
      expect(bed.db.tables.courses.size).toBe(0);
    },
  );

  it('Given an instructor, When they create a course, Then it is a draft they author, with no event', async () => {
    const created = await bed.services.createCourse.execute(
      author,
      aCourse({ title: 'SQL basics', slug: 'sql-basics' }),
      bed.ctx,
    );

    expect(created._unsafeUnwrap()).toMatchObject({
      title: 'SQL basics',
      slug: 'sql-basics',
      status: 'draft',
      authors: [{ id: author.userId, name: 'Ines Instructor' }],
      sections: [],
      enrollments: { active: 0, completed: 0, cancelled: 0 },
    });
    expect(outboxTypes()).toEqual([]);
  });

  it('Given a taken slug, When another course is created or renamed to it, Then COURSE_006 on slug', async () => {
    await bed.course(author, { details: { slug: 'taken' } });
    const created = await bed.services.createCourse.execute(
      bed.user('admin'),
      aCourse({ slug: 'taken' }),
      bed.ctx,
    );
    expect(created._unsafeUnwrapErr()).toMatchObject({
      code: 'COURSE_006',
      fields: { slug: expect.any(String) },
    });

    const { courseId } = await bed.course(author, { details: { slug: 'other' } });
    const renamed = await bed.services.editCourse.updateDetails(
      author,
      { ...aCourse({ slug: 'taken' }), courseId },
      bed.ctx,
    );
    expect(renamed._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_006' });
    expect(bed.db.tables.courses.get(courseId)?.slug).toBe('other');
  });

  it('Given a draft without lessons, When it is published, Then COURSE_003; with a lesson it publishes with lms.course.published', async () => {
    const { courseId } = await bed.course(author, { sections: [], publish: false });
    const early = await bed.services.editCourse.publish(author, { courseId }, bed.ctx);
    expect(early._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_003' });

    const section = (
      await bed.services.editCourse.addSection(author, { courseId, title: 'Basics' }, bed.ctx)
    )._unsafeUnwrap();
    const sectionId = section.sections[0]?.id ?? '';
    await bed.services.editCourse.addLesson(author, { courseId, sectionId, lesson: anArticle() }, bed.ctx);
    const published = await bed.services.editCourse.publish(author, { courseId }, bed.ctx);

    expect(published._unsafeUnwrap()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect(bed.db.tables.outbox.at(-1)).toMatchObject({
      eventType: 'lms.course.published',
      data: { courseId, status: 'published' },
    });
  });

  it("Given someone else's course, When they edit it, Then a draft is not found, a published one is forbidden, and nothing changes", async () => {
    const stranger = bed.user('instructor');
    const draft = await bed.course(author, { publish: false });
    const published = await bed.course(author);
    const before = bed.db.tables;

    const onDraft = await bed.services.editCourse.addSection(
      stranger,
      { courseId: draft.courseId, title: 'Mine' },
      bed.ctx,
    );
    const onPublished = await bed.services.editCourse.archive(
      stranger,
      { courseId: published.courseId },
      bed.ctx,
    );
    const studio = await bed.services.getStudioCourse.execute(stranger, { courseId: draft.courseId });

    expect(onDraft._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_001' });
    expect(onPublished._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'COURSE_002' });
    expect(studio._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_001' });
    expect(bed.db.tables).toBe(before);
  });

  it('Given two sections, When a lesson moves across and the sections swap, Then the syllabus shows the new order', async () => {
    const { courseId, lessonIds } = await bed.course(author, { sections: [2, 1] });
    const course = (await bed.services.getStudioCourse.execute(author, { courseId }))._unsafeUnwrap();
    const [first, second] = course.sections.map((s) => s.id) as [string, string];

    await bed.services.editCourse.moveLesson(
      author,
      { courseId, lessonId: lessonIds[0] ?? '', toSectionId: second, position: 0 },
      bed.ctx,
    );
    const swapped = await bed.services.editCourse.reorderSections(
      author,
      { courseId, sectionIds: [second, first] },
      bed.ctx,
    );

    expect(swapped._unsafeUnwrap().sections.map((s) => s.lessons.map((l) => l.id))).toEqual([
      [lessonIds[0], lessonIds[2]],
      [lessonIds[1]],
    ]);
    expect(outboxTypes().at(-1)).toBe('lms.course.updated');
  });

  it('Given a published course, When it is archived, Then it leaves with lms.course.archived and no longer changes', async () => {
    const { courseId } = await bed.course(author);
    const archived = await bed.services.editCourse.archive(author, { courseId }, bed.ctx);
    expect(archived._unsafeUnwrap().status).toBe('archived');
    expect(outboxTypes().at(-1)).toBe('lms.course.archived');

    const edit = await bed.services.editCourse.addSection(author, { courseId, title: 'More' }, bed.ctx);
    expect(edit._unsafeUnwrapErr()).toMatchObject({ code: 'COURSE_004' });
  });

  it('Given authors with courses, When they list their studio, Then each sees only their own, with counts', async () => {
    const other = bed.user('instructor');
    const mine = await bed.course(author);
    await bed.course(other);
    await bed.enroll(bed.user('jobseeker'), mine.courseId);

    const rows = (await bed.services.listMyCourses.execute(author))._unsafeUnwrap();
    expect(rows).toEqual([
      expect.objectContaining({
        id: mine.courseId,
        lessonCount: 2,
        enrollments: { active: 1, completed: 0, cancelled: 0 },
      }),
    ]);
  });
});
