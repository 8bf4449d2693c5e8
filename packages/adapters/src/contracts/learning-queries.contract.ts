import {
  type CatalogSearchInput,
  type CatalogSearchResult,
  catalogSearchInput,
  type LearningQueries,
  toEnrollmentView,
} from '@talentsphere/application/learning';
import type { UnitOfWork } from '@talentsphere/application/shared';
import type { User } from '@talentsphere/domain/identity';
import {
  type Course,
  cancelEnrollment,
  type Enrollment,
  requiredLessons,
} from '@talentsphere/domain/learning';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committed } from './contract-fixtures';
import { aCourse, anEnrollment, type CourseSpec, completing, lessonIds, minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

// The published catalog, one course a minute in this order (so newest is the reverse).
const PUBLISHED: Record<string, CourseSpec> = {
  ts: {
    title: 'TypeScript for Backend Engineers',
    summary: 'Types that pay for themselves.',
    description: 'We build a small service.',
    level: 'intermediate',
    skills: ['typescript', 'node'],
    accessTier: 'free',
  },
  react: {
    title: 'React Fundamentals',
    summary: 'Components and hooks.',
    description: 'Examples use TypeScript throughout.',
    level: 'beginner',
    skills: ['react', 'javascript'],
    accessTier: 'free',
  },
  rust: {
    title: 'Rust Systems Programming',
    summary: 'Ownership without tears.',
    description: 'Memory safety for services.',
    level: 'advanced',
    skills: ['rust'],
    accessTier: 'pro',
  },
  sql: {
    title: 'SQL Query Tuning',
    summary: 'Indexes and plans.',
    description: 'Read the output of EXPLAIN.',
    level: 'intermediate',
    skills: ['sql', 'postgresql'],
    accessTier: 'pro',
  },
};
const FILLERS = 3;
const filler = (i: number): CourseSpec => ({
  title: `Cooking Basics ${i + 1}`,
  summary: 'Knife skills.',
  description: 'Soups and stews.',
  level: 'beginner',
  skills: ['cooking'],
  accessTier: 'free',
});

/**
 * What every LearningQueries adapter must do. `open` gives a store of its own (catalog totals and
 * facets count every published course), seeded once by the suite through the repositories.
 */
export function learningQueriesContract(
  adapter: string,
  open: () => Promise<{ uow: UnitOfWork; queries: LearningQueries; close?: () => Promise<void> }>,
): void {
  describe(`LearningQueries contract: ${adapter}`, () => {
    let queries: LearningQueries;
    let close: (() => Promise<void>) | undefined;
    const course: Record<string, Course> = {};
    const fillers: Course[] = [];
    let draft: Course;
    let archived: Course;
    let author: User;
    let coAuthor: User;
    let learner: User;
    let finisher: User;
    const mine: Record<'ts' | 'sql' | 'rust', Enrollment> = {} as never;
    let finished: Enrollment;

    const search = (input: Partial<CatalogSearchInput>) =>
      queries.searchCatalog(catalogSearchInput.parse(input));
    const ids = (result: CatalogSearchResult) => result.items.map((c) => c.id);
    const idsOf = (...keys: string[]) => keys.map((k) => course[k]?.id);
    const fillerIds = (...indexes: number[]) => indexes.map((i) => fillers[i]?.id);

    beforeAll(async () => {
      const subject = await open();
      queries = subject.queries;
      close = subject.close;
      await committed(subject.uow, async (scope) => {
        author = await storedUser(scope, 'Ines Instructor');
        coAuthor = await storedUser(scope, 'Carl Coauthor');
        const fillerAuthor = await storedUser(scope, 'Fay Filler');
        learner = await storedUser(scope, 'Lena Learner');
        finisher = await storedUser(scope, 'Fiona Finisher');
        const others = [];
        for (const name of ['Ben', 'Cleo', 'Quinn']) others.push(await storedUser(scope, name));
        const [ben, cleo, quinn] = others.map((u) => u.id) as [string, string, string];

        let minute = 0;
        for (const [key, spec] of Object.entries(PUBLISHED)) {
          course[key] = aCourse(author.id, {
            ...spec,
            at: minutes(++minute),
            ...(key === 'ts' ? { coAuthorId: coAuthor.id } : {}),
          });
        }
        for (let i = 0; i < FILLERS; i++)
          fillers.push(aCourse(fillerAuthor.id, { ...filler(i), at: minutes(++minute) }));
        draft = aCourse(author.id, {
          title: 'TypeScript Drafts',
          skills: ['typescript', 'drafting'],
          status: 'draft',
          at: minutes(++minute),
        });
        archived = aCourse(author.id, {
          title: 'TypeScript Archive',
          skills: ['typescript', 'archiving'],
          status: 'archived',
          at: minutes(++minute),
        });
        for (const c of [...Object.values(course), ...fillers, draft, archived])
          await scope.courses.insert(c);

        const ts = course.ts as Course;
        const sql = course.sql as Course;
        const rust = course.rust as Course;
        const react = course.react as Course;
        const allRequired = (c: Course) => requiredLessons(c).map((l) => l.id);
        mine.ts = completing(
          anEnrollment(ts, learner.id, minutes(10)),
          ts,
          [lessonIds(ts)[0] ?? ''],
          minutes(20),
        );
        mine.sql = completing(anEnrollment(sql, learner.id, minutes(10)), sql, allRequired(sql), minutes(30));
        mine.rust = cancelEnrollment(anEnrollment(rust, learner.id, minutes(10)), {
          now: minutes(25),
        })._unsafeUnwrap().state;
        finished = completing(anEnrollment(ts, finisher.id, minutes(10)), ts, allRequired(ts), minutes(15));
        const enrollments = [
          ...Object.values(mine),
          finished,
          anEnrollment(ts, ben, minutes(11)),
          anEnrollment(ts, cleo, minutes(11)),
          cancelEnrollment(anEnrollment(ts, quinn, minutes(11)), { now: minutes(12) })._unsafeUnwrap().state,
          anEnrollment(react, ben, minutes(11)),
          anEnrollment(react, cleo, minutes(11)),
        ];
        for (const e of enrollments) expect(await scope.enrollments.insert(e)).toBe('inserted');
      });
    });

    afterAll(async () => {
      await close?.();
    });

    it('Given a query, When searching by relevance, Then a title and skill match ranks above a description match, drafts and archived courses never show', async () => {
      const result = await search({ q: 'typescript', sort: 'relevance' });
      expect(ids(result)).toEqual(idsOf('ts', 'react'));
      expect(result.total).toBe(2);
    });

    it('Given several words, When searching, Then a course must match them all, whatever their case, and none excluded', async () => {
      expect(ids(await search({ q: 'Query TUNING' }))).toEqual(idsOf('sql'));
      expect(ids(await search({ q: 'knife' }))).toHaveLength(FILLERS);
      expect((await search({ q: 'rust typescript' })).total).toBe(0);
      expect(ids(await search({ q: 'typescript -react' }))).toEqual(idsOf('ts'));
      expect((await search({ q: 'cobol' })).items).toEqual([]);
    });

    it('Given each filter, When searching, Then only the courses that pass it come back', async () => {
      const set = async (input: Partial<CatalogSearchInput>) =>
        new Set(ids(await search({ ...input, pageSize: 48 })));
      expect(await set({ levels: ['beginner'] })).toEqual(
        new Set([...idsOf('react'), ...fillerIds(0, 1, 2)]),
      );
      expect(await set({ levels: ['intermediate', 'advanced'] })).toEqual(
        new Set(idsOf('ts', 'rust', 'sql')),
      );
      expect(await set({ skill: 'postgresql' })).toEqual(new Set(idsOf('sql')));
      expect(await set({ skill: 'drafting' })).toEqual(new Set());
      expect(await set({ tier: 'pro' })).toEqual(new Set(idsOf('rust', 'sql')));
      expect(await set({ q: 'typescript', levels: ['beginner'] })).toEqual(new Set(idsOf('react')));
      expect(await set({ q: 'typescript', tier: 'pro' })).toEqual(new Set());
      expect((await search({ tier: 'pro' })).total).toBe(2);
    });

    it('Given the sorts, When searching without a query, Then courses come newest first, by learners, or by title', async () => {
      const all = { pageSize: 48 };
      expect(ids(await search({ ...all, sort: 'newest' }))).toEqual([
        ...fillerIds(2, 1, 0),
        ...idsOf('sql', 'rust', 'react', 'ts'),
      ]);
      // Four learners (three active, one completed; the cancelled one does not count), then two, one,
      // then the rest newest first.
      const popular = ids(await search({ ...all, sort: 'popular' }));
      expect(popular).toEqual([...idsOf('ts', 'react', 'sql'), ...fillerIds(2, 1, 0), ...idsOf('rust')]);
      expect(ids(await search({ ...all, sort: 'relevance' }))).toEqual(popular);
      expect((await search({ ...all, sort: 'title' })).items.map((c) => c.title)).toEqual([
        'Cooking Basics 1',
        'Cooking Basics 2',
        'Cooking Basics 3',
        'React Fundamentals',
        'Rust Systems Programming',
        'SQL Query Tuning',
        'TypeScript for Backend Engineers',
      ]);
    });

    it('Given pages of three, When paging the newest, Then the pages join into the whole list and each has the total', async () => {
      const whole = ids(await search({ sort: 'newest', pageSize: 48 }));
      const pages = await Promise.all(
        [1, 2, 3, 4].map((page) => search({ sort: 'newest', page, pageSize: 3 })),
      );
      expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1, 0]);
      expect(pages.flatMap(ids)).toEqual(whole);
      expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([
        [7, 1, 3],
        [7, 2, 3],
        [7, 3, 3],
        [7, 4, 3],
      ]);
    });

    it('Given the skill facet, When searching with or without filters, Then it counts every published course’s skills, biggest first', async () => {
      const expected = [
        { name: 'cooking', count: 3 },
        { name: 'javascript', count: 1 },
        { name: 'node', count: 1 },
        { name: 'postgresql', count: 1 },
        { name: 'react', count: 1 },
        { name: 'rust', count: 1 },
        { name: 'sql', count: 1 },
        { name: 'typescript', count: 1 },
      ];
      expect((await search({})).skills).toEqual(expected);
      expect((await search({ q: 'rust', tier: 'pro' })).skills).toEqual(expected);
    });

    it('Given a course card, When found, Then it carries authors in order, syllabus totals and its learner count', async () => {
      const [card] = (await search({ q: 'backend' })).items;
      const ts = course.ts as Course;
      expect(card).toEqual({
        id: ts.id,
        slug: ts.slug,
        title: 'TypeScript for Backend Engineers',
        summary: 'Types that pay for themselves.',
        level: 'intermediate',
        skills: [
          { name: 'typescript', level: 'intermediate' },
          { name: 'node', level: 'intermediate' },
        ],
        coverImageUrl: 'https://cdn.example.com/cover.png',
        accessTier: 'free',
        authors: [
          { id: author.id, name: 'Ines Instructor' },
          { id: coAuthor.id, name: 'Carl Coauthor' },
        ],
        lessonCount: 4,
        videoSeconds: 600,
        enrollmentCount: 4,
        publishedAt: minutes(1).toISOString(),
      });
    });

    it('Given a course, When its detail is read, Then it has the card, description, status and the syllabus outline without content', async () => {
      const ts = course.ts as Course;
      const detail = await queries.courseDetail(ts.id);
      const [first, second] = ts.sections;
      expect(detail).toMatchObject({
        id: ts.id,
        description: 'We build a small service.',
        status: 'published',
        enrollmentCount: 4,
        updatedAt: minutes(1).toISOString(),
        sections: [
          {
            id: first?.id,
            title: 'Part 1',
            lessons: [
              {
                id: first?.lessons[0]?.id,
                title: 'Why types',
                kind: 'article',
                required: true,
                durationSeconds: null,
              },
              {
                id: first?.lessons[1]?.id,
                title: 'Generics in practice',
                kind: 'video',
                required: true,
                durationSeconds: 600,
              },
            ],
          },
          {
            id: second?.id,
            title: 'Part 2',
            lessons: [
              { kind: 'challenge', required: true, durationSeconds: null },
              { title: 'Further reading', kind: 'article', required: false, durationSeconds: null },
            ],
          },
        ],
      });
      expect(JSON.stringify(detail)).not.toContain('Because');
      expect(await queries.courseDetail(draft.id)).toMatchObject({ status: 'draft', publishedAt: null });
      expect(await queries.courseDetail(archived.id)).toMatchObject({ status: 'archived' });
      expect(await queries.courseDetail(v7())).toBeUndefined();
    });

    it('Given a course, When its studio view is read, Then it has the content and the learners by status', async () => {
      const ts = course.ts as Course;
      const studio = await queries.studioCourse(ts.id);
      expect(studio).toMatchObject({
        id: ts.id,
        status: 'published',
        description: 'We build a small service.',
        authors: [
          { id: author.id, name: 'Ines Instructor' },
          { id: coAuthor.id, name: 'Carl Coauthor' },
        ],
        enrollments: { active: 3, completed: 1, cancelled: 1 },
        publishedAt: minutes(1).toISOString(),
      });
      expect(studio?.sections).toEqual(
        ts.sections.map((s) => ({
          id: s.id,
          title: s.title,
          lessons: s.lessons.map((l) => ({
            id: l.id,
            title: l.title,
            required: l.required,
            content: l.content,
          })),
        })),
      );
      expect(await queries.studioCourse(draft.id)).toMatchObject({
        status: 'draft',
        enrollments: { active: 0, completed: 0, cancelled: 0 },
      });
      expect(await queries.studioCourse(v7())).toBeUndefined();
    });

    it('Given authors, When listing their courses, Then every status shows, most recently edited first, with counts', async () => {
      const rows = await queries.coursesOfAuthor(author.id);
      expect(rows.map((r) => r.id)).toEqual([archived.id, draft.id, ...idsOf('sql', 'rust', 'react', 'ts')]);
      expect(rows.find((r) => r.id === course.ts?.id)).toEqual({
        id: course.ts?.id,
        slug: course.ts?.slug,
        title: 'TypeScript for Backend Engineers',
        status: 'published',
        lessonCount: 4,
        enrollments: { active: 3, completed: 1, cancelled: 1 },
        updatedAt: minutes(1).toISOString(),
      });
      expect(rows.find((r) => r.id === course.rust?.id)?.enrollments).toEqual({
        active: 0,
        completed: 0,
        cancelled: 1,
      });
      expect((await queries.coursesOfAuthor(coAuthor.id)).map((r) => r.id)).toEqual(idsOf('ts'));
      expect(await queries.coursesOfAuthor(learner.id)).toEqual([]);
    });

    it('Given a learner, When reading my learning, Then active and completed enrolments come most recently active first with their progress', async () => {
      const rows = await queries.myLearning(learner.id);
      expect(rows.map((r) => r.course.id)).toEqual(idsOf('sql', 'ts'));
      const [sqlRow, tsRow] = rows;
      expect(sqlRow?.enrollment).toEqual(toEnrollmentView(mine.sql, course.sql as Course));
      expect(sqlRow?.enrollment).toMatchObject({ status: 'completed', percentComplete: 100 });
      expect(sqlRow?.enrollment.certificate?.verificationCode).toBe(mine.sql.certificate?.verificationCode);
      expect(tsRow?.enrollment).toEqual(toEnrollmentView(mine.ts, course.ts as Course));
      expect(tsRow?.enrollment).toMatchObject({
        status: 'active',
        percentComplete: 33,
        completedLessons: 1,
        totalLessons: 3,
      });
      expect(tsRow?.course).toMatchObject({
        title: 'TypeScript for Backend Engineers',
        enrollmentCount: 4,
        lessonCount: 4,
      });
      expect(await queries.myLearning(v7())).toEqual([]);
    });

    it('Given issued certificates, When looked up by code, Then the learner, course, authors and skills show; an unknown code finds nothing', async () => {
      const code = finished.certificate?.verificationCode ?? '';
      expect(await queries.certificateByCode(code)).toEqual({
        verificationCode: code,
        learnerName: 'Fiona Finisher',
        course: {
          id: course.ts?.id,
          slug: course.ts?.slug,
          title: 'TypeScript for Backend Engineers',
          level: 'intermediate',
          authors: ['Ines Instructor', 'Carl Coauthor'],
        },
        skills: [
          { name: 'typescript', level: 'intermediate' },
          { name: 'node', level: 'intermediate' },
        ],
        issuedAt: minutes(15).toISOString(),
      });
      expect(await queries.certificateByCode(mine.sql.certificate?.verificationCode ?? '')).toMatchObject({
        learnerName: 'Lena Learner',
        course: { id: course.sql?.id, authors: ['Ines Instructor'] },
      });
      expect(await queries.certificateByCode('NOPE-NOPE-NOPE')).toBeUndefined();
    });
  });
}
