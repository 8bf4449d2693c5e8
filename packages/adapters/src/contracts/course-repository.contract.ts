import type { UnitOfWork } from '@talentsphere/application/shared';
import {
  archiveCourse,
  editCourseDetails,
  moveLesson,
  removeAuthor,
  removeSection,
  reorderSections,
} from '@talentsphere/domain/learning';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { committed } from './contract-fixtures';
import { aCourse, details, everyKind, minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

/** What every CourseRepository adapter must do, through its unit of work. */
export function courseRepositoryContract(adapter: string, subject: () => Promise<{ uow: UnitOfWork }>): void {
  describe(`CourseRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    const storedAuthors = () =>
      committed(uow, async (scope) => ({
        author: await storedUser(scope, 'Ines Instructor'),
        coAuthor: await storedUser(scope, 'Carl Coauthor'),
      }));

    it('Given a published course with two authors and a lesson of every kind, When found by id, Then every field, section and lesson comes back in order', async () => {
      const { author, coAuthor } = await storedAuthors();
      const course = aCourse(author.id, { coAuthorId: coAuthor.id, skills: ['typescript', 'node'] });
      expect(course.sections.flatMap((s) => s.lessons.map((l) => l.content.kind))).toEqual([
        'article',
        'video',
        'challenge',
        'article',
      ]);
      expect(await committed(uow, (scope) => scope.courses.insert(course))).toBe('inserted');
      expect(await committed(uow, (scope) => scope.courses.findById(course.id))).toEqual(course);
      expect(await committed(uow, (scope) => scope.courses.findById(v7()))).toBeUndefined();
    });

    it.each(['draft', 'archived'] as const)(
      'Given a %s course, When found by id, Then its status and dates come back',
      async (status) => {
        const { author } = await storedAuthors();
        const course = aCourse(author.id, { status, sections: status === 'draft' ? [] : everyKind });
        await committed(uow, (scope) => scope.courses.insert(course));
        const found = await committed(uow, (scope) => scope.courses.findById(course.id));
        expect(found).toEqual(course);
        expect(found?.status).toBe(status);
      },
    );

    it('Given a course, When another with its slug is inserted, Then it is slug-taken, nothing is stored and the transaction goes on', async () => {
      const { author } = await storedAuthors();
      const first = aCourse(author.id);
      const second = aCourse(author.id, { slug: first.slug });
      const third = aCourse(author.id);
      await committed(uow, async (scope) => {
        expect(await scope.courses.insert(first)).toBe('inserted');
        expect(await scope.courses.insert(second)).toBe('slug-taken');
        expect(await scope.courses.insert(third)).toBe('inserted');
      });
      expect(await committed(uow, (scope) => scope.courses.findById(second.id))).toBeUndefined();
      expect(await committed(uow, (scope) => scope.courses.findById(first.id))).toEqual(first);
      expect(await committed(uow, (scope) => scope.courses.findById(third.id))).toEqual(third);
    });

    it('Given two courses, When one is updated to the other’s slug, Then it is slug-taken and keeps its stored state', async () => {
      const { author } = await storedAuthors();
      const first = aCourse(author.id);
      const second = aCourse(author.id);
      await committed(uow, async (scope) => {
        await scope.courses.insert(first);
        await scope.courses.insert(second);
      });
      const clash = editCourseDetails(
        second,
        { actorId: author.id, details: details({ title: 'Renamed', slug: first.slug }) },
        { now: minutes(1) },
      )._unsafeUnwrap().state;
      expect(await committed(uow, (scope) => scope.courses.update(clash))).toBe('slug-taken');
      expect(await committed(uow, (scope) => scope.courses.findById(second.id))).toEqual(second);
    });

    it('Given a course, When its details, authors and syllabus change and it is archived, Then exactly the new state is stored', async () => {
      const { author, coAuthor } = await storedAuthors();
      const course = aCourse(author.id, { coAuthorId: coAuthor.id });
      await committed(uow, (scope) => scope.courses.insert(course));
      const now = { now: minutes(5) };
      const [first, second] = course.sections;
      let edited = editCourseDetails(
        course,
        {
          actorId: author.id,
          details: details({ title: 'Rust for Backend Engineers', slug: course.slug, skills: ['rust'] }),
        },
        now,
      )._unsafeUnwrap().state;
      edited = removeAuthor(edited, { actorId: author.id, authorId: author.id }, now)._unsafeUnwrap().state;
      const moved = first?.lessons[0]?.id ?? '';
      edited = moveLesson(
        edited,
        { actorId: coAuthor.id, lessonId: moved, toSectionId: second?.id ?? '', position: 0 },
        now,
      )._unsafeUnwrap().state;
      edited = reorderSections(
        edited,
        { actorId: coAuthor.id, sectionIds: [second?.id ?? '', first?.id ?? ''] },
        now,
      )._unsafeUnwrap().state;
      edited = removeSection(
        edited,
        { actorId: coAuthor.id, sectionId: first?.id ?? '' },
        now,
      )._unsafeUnwrap().state;
      expect(await committed(uow, (scope) => scope.courses.update(edited))).toBe('updated');
      expect(await committed(uow, (scope) => scope.courses.findById(course.id))).toEqual(edited);

      const archived = archiveCourse(edited, { actorId: coAuthor.id }, { now: minutes(6) })._unsafeUnwrap()
        .state;
      await committed(uow, (scope) => scope.courses.update(archived));
      expect(await committed(uow, (scope) => scope.courses.findById(course.id))).toEqual(archived);
    });

    it.each(['update', 'share'] as const)(
      'Given a course, When read with a %s lock, Then it comes back like an unlocked read',
      async (lock) => {
        const { author } = await storedAuthors();
        const course = aCourse(author.id);
        await committed(uow, (scope) => scope.courses.insert(course));
        expect(await committed(uow, (scope) => scope.courses.findById(course.id, lock))).toEqual(course);
      },
    );

    it('Given a course read for update, When another transaction edits it meanwhile, Then the second waits and builds on the first', async () => {
      const { author } = await storedAuthors();
      const course = aCourse(author.id);
      await committed(uow, (scope) => scope.courses.insert(course));
      let firstHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        firstHoldsLock = resolve;
      });
      const rename = committed(uow, async (scope) => {
        const read = await scope.courses.findById(course.id, 'update');
        firstHoldsLock();
        await new Promise((resolve) => setTimeout(resolve, 50)); // a missing lock lets the archive in now
        if (read) {
          const renamed = editCourseDetails(
            read,
            { actorId: author.id, details: details({ title: 'Renamed first', slug: course.slug }) },
            { now: minutes(1) },
          )._unsafeUnwrap().state;
          await scope.courses.update(renamed);
        }
      });
      await locked;
      const archive = committed(uow, async (scope) => {
        const read = await scope.courses.findById(course.id, 'update');
        if (read)
          await scope.courses.update(
            archiveCourse(read, { actorId: author.id }, { now: minutes(2) })._unsafeUnwrap().state,
          );
      });
      await Promise.all([rename, archive]);
      expect(await committed(uow, (scope) => scope.courses.findById(course.id))).toMatchObject({
        title: 'Renamed first',
        status: 'archived',
      });
    });
  });
}
