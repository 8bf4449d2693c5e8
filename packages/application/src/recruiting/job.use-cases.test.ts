import {
  aCompanyProfile,
  aJobPosting,
  RecruitingTestbed,
  type TestUser,
} from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { GetJob } from './job.use-cases';
import { jobCacheInvalidation } from './job-cache-invalidation.handler';
import { jobCacheKey } from './recruiting-deps';
import type { RecruitingQueries } from './recruiting-read-models';

describe('job use cases', () => {
  let bed: RecruitingTestbed;
  let owner: TestUser;
  let companyId: string;
  beforeEach(async () => {
    bed = new RecruitingTestbed();
    owner = bed.user('employer');
    companyId = await bed.company(owner);
  });

  const outboxTypes = () => bed.db.tables.outbox.map((e) => e.eventType);

  it.each([
    [false, 'draft'],
    [true, 'open'],
  ] as const)(
    'Given a member, When they post a job with publish=%s, Then it is stored as %s with jobs.post.created',
    async (publish, status) => {
      const posted = await bed.services.postJob.execute(
        owner,
        { ...aJobPosting({ title: 'Data Engineer' }), companyId, publish },
        bed.ctx,
      );

      const { jobId } = posted._unsafeUnwrap();
      expect(bed.db.tables.jobs.get(jobId)).toMatchObject({ companyId, status, title: 'Data Engineer' });
      expect(bed.db.tables.outbox.at(-1)).toMatchObject({
        eventType: 'jobs.post.created',
        data: { jobId, companyId, status, title: 'Data Engineer' },
      });
    },
  );

  it('Given an invalid salary range, When a job is posted, Then VALIDATION on salary and nothing is written', async () => {
    const before = bed.db.tables;
    const posted = await bed.services.postJob.execute(
      owner,
      { ...aJobPosting({ salary: { min: 9, max: 1, currency: 'EUR' } }), companyId, publish: true },
      bed.ctx,
    );
    expect(posted._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { salary: expect.any(String) },
    });
    expect(bed.db.tables).toBe(before);
  });

  it('Given a draft, When it is edited, published, closed and reopened, Then each step is saved with its event', async () => {
    const jobId = await bed.job(owner, companyId, { publish: false });
    const { services, ctx } = bed;

    expect(
      (
        await services.editJob.execute(owner, { ...aJobPosting({ title: 'Staff Engineer' }), jobId }, ctx)
      )._unsafeUnwrap(),
    ).toEqual({ jobId, status: 'draft' });
    expect((await services.publishJob.execute(owner, { jobId }, ctx))._unsafeUnwrap().status).toBe('open');
    const openedAt = bed.db.tables.jobs.get(jobId)?.openedAt;
    bed.clock.advance(60);
    expect((await services.closeJob.execute(owner, { jobId }, ctx))._unsafeUnwrap().status).toBe('closed');
    expect((await services.publishJob.execute(owner, { jobId }, ctx))._unsafeUnwrap().status).toBe('open');

    expect(bed.db.tables.jobs.get(jobId)).toMatchObject({
      title: 'Staff Engineer',
      status: 'open',
      openedAt,
      closedAt: null,
    });
    expect(outboxTypes()).toEqual([
      'jobs.company.created',
      'jobs.post.created',
      'jobs.post.updated',
      'jobs.post.updated',
      'jobs.post.closed',
      'jobs.post.updated',
    ]);
  });

  it('Given an open job, When it is published again or closed twice, Then nothing more is written', async () => {
    const jobId = await bed.job(owner, companyId);
    await bed.services.publishJob.execute(owner, { jobId }, bed.ctx);
    await bed.services.closeJob.execute(owner, { jobId }, bed.ctx);
    await bed.services.closeJob.execute(owner, { jobId }, bed.ctx);
    expect(outboxTypes()).toEqual(['jobs.company.created', 'jobs.post.created', 'jobs.post.closed']);
  });

  it('Given a draft, When it is closed, Then JOB_004 and it stays a draft', async () => {
    const jobId = await bed.job(owner, companyId, { publish: false });
    const before = bed.db.tables;
    expect((await bed.services.closeJob.execute(owner, { jobId }, bed.ctx))._unsafeUnwrapErr()).toMatchObject(
      {
        kind: 'Precondition',
        code: 'JOB_004',
      },
    );
    expect(bed.db.tables).toBe(before);
  });

  it('Given jobs with applications, When a member lists the company jobs, Then drafts are included with counts', async () => {
    const open = await bed.job(owner, companyId, { title: 'Open role' });
    bed.clock.advance(1);
    const draft = await bed.job(owner, companyId, { title: 'Draft role', publish: false });
    const leaving = bed.user('jobseeker');
    const applicationId = await bed.apply(leaving, open);
    await bed.apply(bed.user('jobseeker'), open);
    await bed.services.withdrawApplication.execute(leaving, { applicationId }, bed.ctx);

    const rows = (await bed.services.listCompanyJobs.execute(owner, { companyId }))._unsafeUnwrap();

    expect(rows).toMatchObject([
      { id: draft, status: 'draft', applications: { active: 0, total: 0 } },
      { id: open, status: 'open', applications: { active: 1, total: 2 } },
    ]);
  });

  describe('GetJob through the cache', () => {
    /** The in-memory queries, counting job detail loads. */
    const counting = (queries: RecruitingQueries) => {
      const spy = { loads: 0, queries };
      spy.queries = Object.assign(Object.create(queries), {
        jobDetail: (id: string) => {
          spy.loads += 1;
          return queries.jobDetail(id);
        },
      });
      return spy;
    };

    it('Given an open job, When it is read twice, Then the second read is served by the cache', async () => {
      const jobId = await bed.job(owner, companyId, { title: 'Cached role' });
      const spy = counting(bed.queries);
      const getJob = new GetJob({ queries: spy.queries, cache: bed.cache });

      const first = (await getJob.execute(null, { jobId }))._unsafeUnwrap();
      const second = (await getJob.execute(bed.user('jobseeker'), { jobId }))._unsafeUnwrap();

      expect(first).toMatchObject({
        id: jobId,
        title: 'Cached role',
        status: 'open',
        company: { id: companyId },
      });
      expect(second).toEqual(first);
      expect(spy.loads).toBe(1);
      expect(await bed.cache.get(`${jobCacheKey(jobId)}:0`)).toEqual(first);
    });

    it('Given a cached job, When it is edited and the job events reach the invalidation handler, Then the page has a new version and the next read is fresh', async () => {
      const jobId = await bed.job(owner, companyId, { title: 'Old title' });
      const spy = counting(bed.queries);
      const getJob = new GetJob({ queries: spy.queries, cache: bed.cache });
      await getJob.execute(null, { jobId });
      const handler = jobCacheInvalidation(bed.cache);

      await bed.services.editJob.execute(owner, { ...aJobPosting({ title: 'New title' }), jobId }, bed.ctx);
      expect((await getJob.execute(null, { jobId }))._unsafeUnwrap().title).toBe('Old title');
      const updated = bed.db.tables.outbox.at(-1);
      if (!updated) throw new Error('no event');
      expect(handler.eventTypes).toContain(updated.eventType);
      await bed.handle(handler, updated);

      expect((await getJob.execute(null, { jobId }))._unsafeUnwrap().title).toBe('New title');
      expect(spy.loads).toBe(2);

      await bed.services.closeJob.execute(owner, { jobId }, bed.ctx);
      const closed = bed.db.tables.outbox.at(-1);
      if (!closed) throw new Error('no event');
      await bed.handle(handler, closed);
      expect((await getJob.execute(null, { jobId }))._unsafeUnwrap().status).toBe('closed');
    });

    it('Given cached pages of a company’s jobs, When the company is renamed and the event reaches the handler, Then every page shows the new name', async () => {
      const jobIds = [await bed.job(owner, companyId), await bed.job(owner, companyId)];
      const getJob = new GetJob(bed);
      for (const jobId of jobIds) await getJob.execute(null, { jobId });

      await bed.services.updateCompany.execute(
        owner,
        { ...aCompanyProfile({ name: 'Renamed Robotics' }), companyId },
        bed.ctx,
      );
      const updated = bed.db.tables.outbox.at(-1);
      if (updated?.eventType !== 'jobs.company.updated') throw new Error('no company event');
      await bed.handle(jobCacheInvalidation(bed.cache), updated);

      for (const jobId of jobIds) {
        expect((await getJob.execute(null, { jobId }))._unsafeUnwrap().company.name).toBe('Renamed Robotics');
      }
    });

    it('Given a draft, When members and others read it, Then only members see it and it is never cached', async () => {
      const jobId = await bed.job(owner, companyId, { publish: false, title: 'Secret role' });
      const getJob = new GetJob(bed);

      for (const reader of [null, bed.user('jobseeker'), bed.user('employer')]) {
        const error = (await getJob.execute(reader, { jobId }))._unsafeUnwrapErr();
        expect(error).toMatchObject({ kind: 'NotFound', code: 'JOB_001' });
        expect(JSON.stringify(error)).not.toContain('Secret role');
      }
      expect((await getJob.execute(owner, { jobId }))._unsafeUnwrap()).toMatchObject({
        title: 'Secret role',
        status: 'draft',
      });
      expect(await bed.cache.get(`${jobCacheKey(jobId)}:0`)).toBeUndefined();
    });

    it('Given an unknown id, When it is read, Then JOB_001 and nothing is cached', async () => {
      const jobId = bed.ids.next();
      expect((await new GetJob(bed).execute(owner, { jobId }))._unsafeUnwrapErr().code).toBe('JOB_001');
      expect(await bed.cache.get(`${jobCacheKey(jobId)}:0`)).toBeUndefined();
    });
  });
});
