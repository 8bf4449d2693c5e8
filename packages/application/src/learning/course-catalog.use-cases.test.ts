import { LearningTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GetCourse, SearchCatalog } from './course-catalog.use-cases';
import { learningCacheInvalidation } from './learning-cache-invalidation.handler';
import { courseCacheKey } from './learning-deps';

describe('catalog and course page reads', () => {
  let bed: LearningTestbed;
  let author: TestUser;
  beforeEach(() => {
    bed = new LearningTestbed();
    author = bed.user('instructor', 'Ines Instructor');
  });

  /** Applies every recorded course event to the cache, as the worker would. */
  const invalidate = async () => {
    const handler = learningCacheInvalidation(bed.cache);
    for (const envelope of bed.db.tables.outbox.filter((e) =>
      handler.eventTypes.includes(e.eventType as never),
    ))
      await bed.handle(handler, envelope);
    bed.db.tables.outbox.length = 0;
  };

  it('Given a published course, When its page is read twice, Then the second read comes from the cache', async () => {
    const { courseId } = await bed.course(author, { details: { title: 'Cached course' } });
    const courseDetail = vi.spyOn(bed.queries, 'courseDetail');
    const getCourse = new GetCourse(bed);

    const first = await getCourse.execute(null, { courseId });
    const second = await getCourse.execute(null, { courseId });

    expect(first._unsafeUnwrap().title).toBe('Cached course');
    expect(second._unsafeUnwrap()).toEqual(first._unsafeUnwrap());
    expect(courseDetail).toHaveBeenCalledTimes(1);
    expect(await bed.cache.get(`${courseCacheKey(courseId)}:0`)).toBeDefined();
  });

  it('Given a cached page, When the author edits the course and the worker handles the event, Then the next read shows the edit', async () => {
    const { courseId } = await bed.course(author, { details: { title: 'Old title', slug: 'the-course' } });
    await invalidate();
    await bed.services.getCourse.execute(null, { courseId });

    await bed.services.editCourse.updateDetails(
      author,
      { courseId, ...(await studioDetails(courseId)), title: 'New title' },
      bed.ctx,
    );
    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrap().title).toBe(
      'Old title',
    );
    await invalidate();
    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrap().title).toBe(
      'New title',
    );
  });

  it('Given a page load that read the course before an edit, When it lands after the invalidation, Then readers still get the edit', async () => {
    const { courseId } = await bed.course(author, { details: { title: 'Old title', slug: 'raced' } });
    await invalidate();
    const load = bed.queries.courseDetail.bind(bed.queries);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(bed.queries, 'courseDetail').mockImplementationOnce(async (id) => {
      const stale = await load(id);
      await held;
      return stale;
    });
    const slowRead = bed.services.getCourse.execute(null, { courseId });

    await bed.services.editCourse.updateDetails(
      author,
      { courseId, ...(await studioDetails(courseId)), title: 'New title' },
      bed.ctx,
    );
    await invalidate();
    release();
    expect((await slowRead)._unsafeUnwrap().title).toBe('Old title');
    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrap().title).toBe(
      'New title',
    );
  });

  it('Given a cached page, When a learner enrols, Then the page shows the new enrolment count', async () => {
    const { courseId } = await bed.course(author);
    await invalidate();
    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrap().enrollmentCount).toBe(
      0,
    );
    await bed.enroll(bed.user('jobseeker'), courseId);
    await invalidate();
    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrap().enrollmentCount).toBe(
      1,
    );
  });

  it('Given a draft, When a visitor or another user reads it, Then COURSE_001; its author sees it, uncached', async () => {
    const { courseId } = await bed.course(author, { publish: false });

    expect((await bed.services.getCourse.execute(null, { courseId }))._unsafeUnwrapErr().code).toBe(
      'COURSE_001',
    );
    expect(
      (await bed.services.getCourse.execute(bed.user('jobseeker'), { courseId }))._unsafeUnwrapErr().code,
    ).toBe('COURSE_001');
    expect((await bed.services.getCourse.execute(author, { courseId }))._unsafeUnwrap().status).toBe('draft');
    expect(await bed.cache.get(`${courseCacheKey(courseId)}:0`)).toBeUndefined();
  });

  it('Given a cached catalog, When a course is published, Then after the worker handles it the catalog lists it', async () => {
    await bed.course(author, { details: { title: 'First course' } });
    await invalidate();
    const searchCatalog = vi.spyOn(bed.queries, 'searchCatalog');
    const search = new SearchCatalog(bed);
    const page = { sort: 'title', page: 1, pageSize: 12 } as const;

    expect((await search.execute(page))._unsafeUnwrap().items.map((c) => c.title)).toEqual(['First course']);
    await search.execute(page);
    expect(searchCatalog).toHaveBeenCalledTimes(1);

    bed.clock.advance(1);
    await bed.course(author, { details: { title: 'Second course' } });
    await invalidate();
    expect((await search.execute(page))._unsafeUnwrap().items.map((c) => c.title)).toEqual([
      'First course',
      'Second course',
    ]);
    expect(searchCatalog).toHaveBeenCalledTimes(2);
  });

  async function studioDetails(courseId: string) {
    const c = (await bed.services.getStudioCourse.execute(author, { courseId }))._unsafeUnwrap();
    return {
      title: c.title,
      slug: c.slug,
      summary: c.summary,
      description: c.description,
      level: c.level,
      skills: [...c.skills],
      coverImageUrl: c.coverImageUrl,
      accessTier: c.accessTier,
    };
  }
});
