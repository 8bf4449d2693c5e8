import { describe, expect, it } from 'vitest';
import {
  addAuthor,
  addLesson,
  addSection,
  archiveCourse,
  courseLessons,
  createCourse,
  editCourseDetails,
  editLesson,
  moveLesson,
  publishCourse,
  removeAuthor,
  removeLesson,
  removeSection,
  renameSection,
  reorderLessons,
  reorderSections,
  requiredLessons,
} from './course';
import { details, draftCourse, publishedCourse, T0, T1 } from './learning.fixtures';

const lessonIds = (c: Parameters<typeof courseLessons>[0]) => courseLessons(c).map((l) => l.id);
const by = (actorId: string) => ({ actorId });

describe('createCourse', () => {
  it('Given valid details, When creating, Then a draft with its author and normalised details is made, without event', () => {
    const { state, events } = createCourse(
      { id: 'c1', authorId: 'author-1', details },
      { now: T0 },
    )._unsafeUnwrap();
    expect(state).toMatchObject({
      id: 'c1',
      status: 'draft',
      title: 'TypeScript for Backend Engineers',
      skills: [{ name: 'typescript', level: 'advanced' }],
      authorIds: ['author-1'],
      sections: [],
      publishedAt: null,
    });
    expect(events).toEqual([]);
  });

  it.each([
    ['title', { title: 'ab' }],
    ['slug', { slug: 'Not A Slug' }],
    ['summary', { summary: 'x'.repeat(301) }],
    ['coverImageUrl', { coverImageUrl: 'ftp://x' }],
    ['skills', { skills: [{ name: ' ', level: 'beginner' as const }] }],
  ])('Given a bad %s, When creating, Then it is refused on that field', (field, patch) => {
    const error = createCourse(
      { id: 'c1', authorId: 'a', details: { ...details, ...patch } },
      { now: T0 },
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'Validation', fields: { [field]: expect.any(String) } });
  });
});

describe('editing', () => {
  it('Given a non-author, When editing anything, Then COURSE_002', () => {
    const course = publishedCourse();
    expect(editCourseDetails(course, { actorId: 'x', details }, { now: T1 })._unsafeUnwrapErr().code).toBe(
      'COURSE_002',
    );
    expect(removeLesson(course, { actorId: 'x', lessonId: 'l1' }, { now: T1 })._unsafeUnwrapErr().code).toBe(
      'COURSE_002',
    );
    expect(publishCourse(draftCourse(), by('x'), { now: T1 })._unsafeUnwrapErr().code).toBe('COURSE_002');
  });

  it('Given a published free course, When an author makes it Pro, Then COURSE_008 and it stays free', () => {
    const published = publishedCourse();
    const toPro = { ...details, accessTier: 'pro' as const };
    expect(
      editCourseDetails(published, { actorId: 'author-1', details: toPro }, { now: T1 })._unsafeUnwrapErr()
        .code,
    ).toBe('COURSE_008');
    // A draft has no learners yet, and a Pro course may always become free.
    const draftPro = editCourseDetails(draftCourse(), { actorId: 'author-1', details: toPro }, { now: T1 });
    expect(draftPro._unsafeUnwrap().state.accessTier).toBe('pro');
    const proPublished = { ...published, accessTier: 'pro' as const };
    const toFree = editCourseDetails(proPublished, { actorId: 'author-1', details }, { now: T1 });
    expect(toFree._unsafeUnwrap().state.accessTier).toBe('free');
  });

  it('Given a published course, When an author edits details, Then lms.course.updated is recorded', () => {
    const { state, events } = editCourseDetails(
      publishedCourse(),
      { actorId: 'author-1', details: { ...details, title: 'TypeScript, the good parts' } },
      { now: T1 },
    )._unsafeUnwrap();
    expect(state).toMatchObject({ title: 'TypeScript, the good parts', status: 'published', updatedAt: T1 });
    expect(events).toEqual([
      {
        type: 'lms.course.updated',
        data: {
          courseId: 'c1',
          slug: details.slug,
          title: 'TypeScript, the good parts',
          status: 'published',
        },
      },
    ]);
  });

  it('Given sections, When reordering, renaming, adding at a position and removing, Then the syllabus follows', () => {
    let c = publishedCourse();
    c = reorderSections(c, { actorId: 'author-1', sectionIds: ['s2', 's1'] }, { now: T1 })._unsafeUnwrap()
      .state;
    c = renameSection(
      c,
      { actorId: 'author-1', sectionId: 's2', title: ' Hands on ' },
      { now: T1 },
    )._unsafeUnwrap().state;
    c = addSection(
      c,
      { actorId: 'author-1', sectionId: 's0', title: 'Intro', position: 0 },
      { now: T1 },
    )._unsafeUnwrap().state;
    expect(c.sections.map((s) => [s.id, s.title])).toEqual([
      ['s0', 'Intro'],
      ['s2', 'Hands on'],
      ['s1', 'Basics'],
    ]);
    c = removeSection(c, { actorId: 'author-1', sectionId: 's2' }, { now: T1 })._unsafeUnwrap().state;
    expect(lessonIds(c)).toEqual(['l1', 'l2']);
  });

  it('Given a reorder that drops, repeats or invents an id, When reordering, Then it is refused', () => {
    const c = publishedCourse();
    for (const sectionIds of [['s1'], ['s1', 's1'], ['s1', 'sX']]) {
      expect(reorderSections(c, { actorId: 'author-1', sectionIds }, { now: T1 }).isErr()).toBe(true);
    }
    expect(
      reorderLessons(
        c,
        { actorId: 'author-1', sectionId: 's1', lessonIds: ['l2', 'l3'] },
        { now: T1 },
      ).isErr(),
    ).toBe(true);
  });

  it('Given lessons, When reordering within a section and moving between sections, Then order follows', () => {
    let c = publishedCourse();
    c = reorderLessons(
      c,
      { actorId: 'author-1', sectionId: 's1', lessonIds: ['l2', 'l1'] },
      { now: T1 },
    )._unsafeUnwrap().state;
    c = moveLesson(
      c,
      { actorId: 'author-1', lessonId: 'l3', toSectionId: 's1', position: 1 },
      { now: T1 },
    )._unsafeUnwrap().state;
    expect(c.sections.map((s) => s.lessons.map((l) => l.id))).toEqual([['l2', 'l3', 'l1'], ['l4']]);
    expect(
      moveLesson(
        c,
        { actorId: 'author-1', lessonId: 'nope', toSectionId: 's1' },
        { now: T1 },
      )._unsafeUnwrapErr().code,
    ).toBe('COURSE_005');
  });

  it('Given a lesson, When edited, Then id stays and required can be turned off', () => {
    const c = editLesson(
      publishedCourse(),
      {
        actorId: 'author-1',
        lessonId: 'l2',
        lesson: { title: 'Generics', required: false, content: { kind: 'article', markdown: 'Text now.' } },
      },
      { now: T1 },
    )._unsafeUnwrap().state;
    expect(requiredLessons(c).map((l) => l.id)).toEqual(['l1', 'l3']);
  });

  it.each([
    ['url', { kind: 'video' as const, url: 'nope', durationSeconds: 10 }],
    ['durationSeconds', { kind: 'video' as const, url: 'https://v.example.com', durationSeconds: 1.5 }],
    ['markdown', { kind: 'article' as const, markdown: '  ' }],
    ['challengeId', { kind: 'challenge' as const, challengeId: '' }],
  ])('Given bad lesson content (%s), When adding, Then it is refused on that field', (field, content) => {
    const error = addLesson(
      publishedCourse(),
      { actorId: 'author-1', sectionId: 's1', lessonId: 'l9', lesson: { title: 'New', content } },
      { now: T1 },
    )._unsafeUnwrapErr();
    expect(error.fields).toHaveProperty(field);
  });

  it('Given an id already used, When adding a lesson or section, Then it is refused', () => {
    const c = publishedCourse();
    const lesson = { title: 'Dup', content: { kind: 'article' as const, markdown: 'x' } };
    expect(
      addLesson(c, { actorId: 'author-1', sectionId: 's1', lessonId: 'l1', lesson }, { now: T1 }).isErr(),
    ).toBe(true);
    expect(addSection(c, { actorId: 'author-1', sectionId: 'l1', title: 'Dup' }, { now: T1 }).isErr()).toBe(
      true,
    );
  });

  it('Given a published course with one lesson left, When removing it, Then COURSE_003', () => {
    let c = publishedCourse();
    for (const lessonId of ['l1', 'l2', 'l3']) {
      c = removeLesson(c, { actorId: 'author-1', lessonId }, { now: T1 })._unsafeUnwrap().state;
    }
    expect(
      removeLesson(c, { actorId: 'author-1', lessonId: 'l4' }, { now: T1 })._unsafeUnwrapErr().code,
    ).toBe('COURSE_003');
  });

  it('Given authors, When adding and removing, Then the co-author may edit and the last author stays', () => {
    let c = addAuthor(
      publishedCourse(),
      { actorId: 'author-1', authorId: 'author-2' },
      { now: T1 },
    )._unsafeUnwrap().state;
    expect(c.authorIds).toEqual(['author-1', 'author-2']);
    c = removeAuthor(c, { actorId: 'author-2', authorId: 'author-1' }, { now: T1 })._unsafeUnwrap().state;
    expect(
      removeAuthor(c, { actorId: 'author-2', authorId: 'author-2' }, { now: T1 })._unsafeUnwrapErr().code,
    ).toBe('COURSE_004');
  });
});

describe('publish and archive', () => {
  it('Given a draft without lessons, When publishing, Then COURSE_003', () => {
    expect(publishCourse(draftCourse(), by('author-1'), { now: T1 })._unsafeUnwrapErr().code).toBe(
      'COURSE_003',
    );
  });

  it('Given a draft with a lesson, When publishing, Then it is published once with lms.course.published', () => {
    const published = publishedCourse();
    expect(published).toMatchObject({ status: 'published', publishedAt: T0 });
    expect(publishCourse(published, by('author-1'), { now: T1 })._unsafeUnwrap()).toEqual({
      state: published,
      events: [],
    });
  });

  it('Given a published course, When archiving, Then lms.course.archived; then it no longer changes', () => {
    const { state, events } = archiveCourse(publishedCourse(), by('author-1'), { now: T1 })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'archived', archivedAt: T1, publishedAt: T0 });
    expect(events.map((e) => e.type)).toEqual(['lms.course.archived']);
    expect(publishCourse(state, by('author-1'), { now: T1 })._unsafeUnwrapErr().code).toBe('COURSE_004');
    expect(
      editCourseDetails(state, { actorId: 'author-1', details }, { now: T1 })._unsafeUnwrapErr().code,
    ).toBe('COURSE_004');
  });

  it('Given a draft, When archiving, Then COURSE_004', () => {
    expect(archiveCourse(draftCourse(), by('author-1'), { now: T1 })._unsafeUnwrapErr().code).toBe(
      'COURSE_004',
    );
  });
});
