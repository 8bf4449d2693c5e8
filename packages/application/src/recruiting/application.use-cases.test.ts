import { RecruitingTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';

describe('application use cases', () => {
  let bed: RecruitingTestbed;
  let owner: TestUser;
  let recruiter: TestUser;
  let candidate: TestUser;
  let companyId: string;
  let jobId: string;
  beforeEach(async () => {
    bed = new RecruitingTestbed();
    owner = bed.user('employer');
    recruiter = bed.user('employer');
    candidate = bed.user('jobseeker', 'Grace Hopper');
    companyId = await bed.company(owner);
    await bed.recruiter(owner, companyId, recruiter);
    jobId = await bed.job(owner, companyId, { title: 'Backend Engineer' });
  });

  const lastEvent = () => bed.db.tables.outbox.at(-1);
  const stored = (id: string) => bed.db.tables.applications.get(id);

  it('Given an open job, When a job seeker applies, Then an active application at applied with its submitted event exists', async () => {
    const applied = await bed.services.applyToJob.execute(
      candidate,
      { jobId, coverLetter: '  Hello there.  ', resumeUrl: 'https://cv.example/grace' },
      bed.ctx,
    );

    const { applicationId } = applied._unsafeUnwrap();
    expect(stored(applicationId)).toMatchObject({
      jobId,
      companyId,
      candidateId: candidate.userId,
      status: 'active',
      stage: 'applied',
      coverLetter: 'Hello there.',
      timeline: [{ kind: 'submitted', actorId: candidate.userId, actorRole: 'candidate' }],
    });
    expect(lastEvent()).toMatchObject({
      eventType: 'jobs.application.submitted',
      data: { applicationId, jobId, companyId, candidateId: candidate.userId },
    });
    expect((await bed.services.getMyApplicationToJob.execute(candidate, { jobId }))._unsafeUnwrap()).toEqual({
      applicationId,
    });
  });

  it.each(['employer', 'admin'] as const)(
    'Given a %s, When they apply, Then FORBIDDEN and nothing is written',
    async (role) => {
      const before = bed.db.tables;
      const applied = await bed.services.applyToJob.execute(
        bed.user(role),
        { jobId, coverLetter: '', resumeUrl: null },
        bed.ctx,
      );
      expect(applied._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'FORBIDDEN' });
      expect(bed.db.tables).toBe(before);
    },
  );

  it('Given a closed job, When a job seeker applies, Then JOB_002 and nothing is written', async () => {
    await bed.services.closeJob.execute(owner, { jobId }, bed.ctx);
    const before = bed.db.tables;
    const applied = await bed.services.applyToJob.execute(
      candidate,
      { jobId, coverLetter: '', resumeUrl: null },
      bed.ctx,
    );
    expect(applied._unsafeUnwrapErr()).toMatchObject({ kind: 'Precondition', code: 'JOB_002' });
    expect(bed.db.tables).toBe(before);
  });

  it('Given a live or rejected application, When the candidate applies again, Then JOB_003 and nothing is written', async () => {
    const first = await bed.apply(candidate, jobId);
    const again = () =>
      bed.services.applyToJob.execute(candidate, { jobId, coverLetter: 'Again', resumeUrl: null }, bed.ctx);
    const before = bed.db.tables;

    expect((await again())._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'JOB_003' });
    expect(bed.db.tables).toBe(before);

    await bed.services.rejectApplication.execute(
      owner,
      { applicationId: first, reason: 'Not a fit now' },
      bed.ctx,
    );
    expect((await again())._unsafeUnwrapErr().code).toBe('JOB_003');
  });

  it('Given a withdrawn application, When the candidate applies again, Then a second application is accepted', async () => {
    const first = await bed.apply(candidate, jobId);
    await bed.services.withdrawApplication.execute(candidate, { applicationId: first }, bed.ctx);

    const second = await bed.apply(candidate, jobId, 'Second try');

    expect(second).not.toBe(first);
    expect(stored(first)?.status).toBe('withdrawn');
    expect(stored(second)).toMatchObject({ status: 'active', coverLetter: 'Second try' });
    expect((await bed.services.getMyApplicationToJob.execute(candidate, { jobId }))._unsafeUnwrap()).toEqual({
      applicationId: second,
    });
  });

  it('Given an application, When the employer moves it to offer and hires, Then the timeline and outbox record each step', async () => {
    const applicationId = await bed.apply(candidate, jobId);
    const { services, ctx } = bed;

    expect(
      (
        await services.moveApplication.execute(recruiter, { applicationId, stage: 'interview' }, ctx)
      )._unsafeUnwrap(),
    ).toEqual({
      applicationId,
      status: 'active',
      stage: 'interview',
    });
    const early = await services.hireApplicant.execute(owner, { applicationId }, ctx);
    expect(early._unsafeUnwrapErr()).toMatchObject({ code: 'APPLICATION_002' });
    await services.moveApplication.execute(owner, { applicationId, stage: 'offer' }, ctx);
    expect((await services.hireApplicant.execute(owner, { applicationId }, ctx))._unsafeUnwrap().status).toBe(
      'hired',
    );

    expect(stored(applicationId)?.timeline.map((t) => [t.kind, t.toStage, t.toStatus])).toEqual([
      ['submitted', 'applied', 'active'],
      ['stage_changed', 'interview', 'active'],
      ['stage_changed', 'offer', 'active'],
      ['hired', 'offer', 'hired'],
    ]);
    expect(bed.db.tables.outbox.slice(-3)).toMatchObject([
      { eventType: 'jobs.application.stage_changed', data: { fromStage: 'applied', toStage: 'interview' } },
      { eventType: 'jobs.application.stage_changed', data: { fromStage: 'interview', toStage: 'offer' } },
      { eventType: 'jobs.application.hired', data: { applicationId } },
    ]);
  });

  it('Given an application, When the candidate tries to move or hire it, Then APPLICATION_002 and nothing is written', async () => {
    const applicationId = await bed.apply(candidate, jobId);
    const before = bed.db.tables;
    const moved = await bed.services.moveApplication.execute(
      candidate,
      { applicationId, stage: 'offer' },
      bed.ctx,
    );
    const hired = await bed.services.hireApplicant.execute(candidate, { applicationId }, bed.ctx);
    for (const result of [moved, hired])
      expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'APPLICATION_002' });
    expect(bed.db.tables).toBe(before);
  });

  it('Given an application at screening, When the employer rejects and un-rejects it, Then it returns to screening', async () => {
    const applicationId = await bed.apply(candidate, jobId);
    await bed.services.moveApplication.execute(owner, { applicationId, stage: 'screening' }, bed.ctx);

    const rejected = await bed.services.rejectApplication.execute(
      recruiter,
      { applicationId, reason: '  Looking for more Go  ' },
      bed.ctx,
    );
    expect(rejected._unsafeUnwrap()).toMatchObject({ status: 'rejected', stage: 'screening' });
    expect(stored(applicationId)?.rejection).toEqual({
      reason: 'Looking for more Go',
      decidedBy: 'employer',
    });
    expect(lastEvent()).toMatchObject({
      eventType: 'jobs.application.rejected',
      data: { reason: 'Looking for more Go', decidedBy: 'employer' },
    });

    const byCandidate = await bed.services.unrejectApplication.execute(candidate, { applicationId }, bed.ctx);
    expect(byCandidate._unsafeUnwrapErr()).toMatchObject({ code: 'APPLICATION_002' });

    const unrejected = await bed.services.unrejectApplication.execute(owner, { applicationId }, bed.ctx);
    expect(unrejected._unsafeUnwrap()).toEqual({ applicationId, status: 'active', stage: 'screening' });
    expect(stored(applicationId)?.rejection).toBeNull();
    expect(lastEvent()).toMatchObject({
      eventType: 'jobs.application.unrejected',
      data: { stage: 'screening' },
    });
  });

  it('Given an application, When the candidate declines it with a reason, Then it is rejected by the candidate', async () => {
    const applicationId = await bed.apply(candidate, jobId);
    await bed.services.rejectApplication.execute(
      candidate,
      { applicationId, reason: 'Took another offer' },
      bed.ctx,
    );
    expect(stored(applicationId)?.rejection).toEqual({
      reason: 'Took another offer',
      decidedBy: 'candidate',
    });
    expect(lastEvent()?.data).toMatchObject({ decidedBy: 'candidate' });
  });

  it('Given an application, When the employer withdraws it, Then APPLICATION_002; When the candidate does, Then it is withdrawn', async () => {
    const applicationId = await bed.apply(candidate, jobId);
    expect(
      (await bed.services.withdrawApplication.execute(owner, { applicationId }, bed.ctx))._unsafeUnwrapErr()
        .code,
    ).toBe('APPLICATION_002');
    expect(
      (await bed.services.withdrawApplication.execute(candidate, { applicationId }, bed.ctx))._unsafeUnwrap()
        .status,
    ).toBe('withdrawn');
    expect(lastEvent()).toMatchObject({ eventType: 'jobs.application.withdrawn', data: { applicationId } });
    const again = await bed.services.withdrawApplication.execute(candidate, { applicationId }, bed.ctx);
    expect(again._unsafeUnwrapErr()).toMatchObject({ code: 'APPLICATION_002' });
  });

  describe('ViewApplication', () => {
    const viewedEvents = () => bed.db.tables.outbox.filter((e) => e.eventType === 'jobs.application.viewed');

    it('Given a new application, When members view it twice, Then jobs.application.viewed is recorded once', async () => {
      const applicationId = await bed.apply(candidate, jobId);

      const first = (
        await bed.services.viewApplication.execute(recruiter, { applicationId }, bed.ctx)
      )._unsafeUnwrap();
      bed.clock.advance(30);
      const second = (
        await bed.services.viewApplication.execute(owner, { applicationId }, bed.ctx)
      )._unsafeUnwrap();

      expect(first.viewedAt).toBe(bed.db.tables.applications.get(applicationId)?.viewedAt?.toISOString());
      expect(second.viewedAt).toBe(first.viewedAt);
      expect(first).toMatchObject({
        id: applicationId,
        candidate: { name: 'Grace Hopper' },
        job: { id: jobId },
      });
      expect(viewedEvents()).toMatchObject([{ data: { applicationId, viewerId: recruiter.userId } }]);
    });

    it('Given an application, When its candidate views it, Then they see the timeline and no viewed event is recorded', async () => {
      const applicationId = await bed.apply(candidate, jobId);
      await bed.services.moveApplication.execute(owner, { applicationId, stage: 'screening' }, bed.ctx);

      const view = (
        await bed.services.viewApplication.execute(candidate, { applicationId }, bed.ctx)
      )._unsafeUnwrap();

      expect(view).toMatchObject({ viewedAt: null, stage: 'screening' });
      expect(view.timeline.map((t) => t.kind)).toEqual(['submitted', 'stage_changed']);
      expect(viewedEvents()).toEqual([]);
      expect(stored(applicationId)?.viewedAt).toBeNull();
    });
  });

  it('Given applications of two candidates, When a candidate lists theirs and a member reads the pipeline, Then each sees the right ones', async () => {
    const other = bed.user('jobseeker');
    const mine = await bed.apply(candidate, jobId);
    bed.clock.advance(1);
    const theirs = await bed.apply(other, jobId);
    const secondJob = await bed.job(owner, companyId, { title: 'Frontend Engineer' });
    bed.clock.advance(1);
    const mineToo = await bed.apply(candidate, secondJob);

    expect(
      (await bed.services.listMyApplications.execute(candidate))._unsafeUnwrap().map((a) => a.id),
    ).toEqual([mineToo, mine]);
    const pipeline = (await bed.services.getJobPipeline.execute(recruiter, { jobId }))._unsafeUnwrap();
    expect(pipeline.job).toEqual({ id: jobId, title: 'Backend Engineer', status: 'open' });
    expect(pipeline.applications.map((a) => a.id)).toEqual([theirs, mine]);
  });
});
