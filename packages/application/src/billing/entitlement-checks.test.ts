import { LearningTestbed, RecruitingTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';

describe('entitlements gate pro courses', () => {
  it('Given a free learner, When enrolling in a pro course, Then PaymentRequired BILLING_001 and no enrolment; after upgrading, enrolled', async () => {
    const bed = new LearningTestbed();
    const author = bed.user('instructor');
    const learner = bed.user('jobseeker');
    const { courseId } = await bed.course(author, { details: { accessTier: 'pro' } });
    const refused = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);
    expect(refused._unsafeUnwrapErr()).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });
    expect(bed.db.tables.enrollments.size).toBe(0);
    await bed.upgrade(learner);
    expect((await bed.services.enroll.execute(learner, { courseId }, bed.ctx)).isOk()).toBe(true);
  });

  it('Given a free course, When enrolling, Then no plan is needed; the pro course’s author is not asked for one either (authors preview, ENROLLMENT_006)', async () => {
    const bed = new LearningTestbed();
    const author = bed.user('instructor');
    const free = await bed.course(author);
    const pro = await bed.course(author, { details: { accessTier: 'pro' } });
    expect(
      (await bed.services.enroll.execute(bed.user('jobseeker'), { courseId: free.courseId }, bed.ctx)).isOk(),
    ).toBe(true);
    const own = await bed.services.enroll.execute(author, { courseId: pro.courseId }, bed.ctx);
    expect(own._unsafeUnwrapErr().code).toBe('ENROLLMENT_006');
  });

  it('Given a learner who left a pro course and whose plan ended, When coming back, Then BILLING_001', async () => {
    const bed = new LearningTestbed();
    const author = bed.user('instructor');
    const learner = bed.user('jobseeker');
    const { courseId } = await bed.course(author, { details: { accessTier: 'pro' } });
    await bed.upgrade(learner);
    await bed.enroll(learner, courseId);
    await bed.services.cancelEnrollment.execute(learner, { courseId }, bed.ctx);
    bed.clock.advance(40 * 86_400);
    const back = await bed.services.enroll.execute(learner, { courseId }, bed.ctx);
    expect(back._unsafeUnwrapErr().code).toBe('BILLING_001');
  });
});

describe('entitlements limit open jobs', () => {
  it('Given a Starter company with 3 open jobs, When a 4th is published or a draft opened, Then BILLING_001; a draft is fine', async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    const companyId = await bed.company(owner);
    for (let i = 0; i < 3; i += 1) await bed.job(owner, companyId);
    const draftId = await bed.job(owner, companyId, { publish: false });
    const fourth = await bed.services.postJob.execute(
      owner,
      { ...aPosting(), companyId, publish: true },
      bed.ctx,
    );
    expect(fourth._unsafeUnwrapErr()).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });
    const opened = await bed.services.publishJob.execute(owner, { jobId: draftId }, bed.ctx);
    expect(opened._unsafeUnwrapErr().code).toBe('BILLING_001');
    expect(bed.db.tables.jobs.get(draftId)?.status).toBe('draft');
  });

  it('Given a recruiter of a company whose owner is on Business, When opening a 4th job, Then it opens (the plan is the owner’s)', async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    const recruiter = bed.user('employer');
    const companyId = await bed.company(owner);
    await bed.recruiter(owner, companyId, recruiter);
    await bed.upgrade(owner);
    for (let i = 0; i < 4; i += 1) await bed.job(recruiter, companyId);
    expect([...bed.db.tables.jobs.values()].filter((j) => j.status === 'open')).toHaveLength(4);
  });

  it('Given a full Starter company, When one job is closed, Then another may open', async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    const companyId = await bed.company(owner);
    const ids = [
      await bed.job(owner, companyId),
      await bed.job(owner, companyId),
      await bed.job(owner, companyId),
    ];
    await bed.services.closeJob.execute(owner, { jobId: ids[0] ?? '' }, bed.ctx);
    expect((await bed.services.publishJob.execute(owner, { jobId: ids[0] ?? '' }, bed.ctx)).isOk()).toBe(
      true,
    );
  });
});

describe('entitlements limit open jobs across the owner’s companies', () => {
  it('Given a Starter owner with 2 open jobs in one company and 1 in another, When a 4th opens in either, Then BILLING_001', async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    const first = await bed.company(owner);
    const second = await bed.company(owner);
    await bed.job(owner, first);
    await bed.job(owner, first);
    await bed.job(owner, second);
    const fourth = await bed.services.postJob.execute(
      owner,
      { ...aPosting(), companyId: second, publish: true },
      bed.ctx,
    );
    expect(fourth._unsafeUnwrapErr()).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });
    expect(fourth._unsafeUnwrapErr().message).toContain('3 open jobs');
  });

  it('Given a company without an owner, When a job is published, Then refused (BILLING_012), not allowed', async () => {
    const bed = new RecruitingTestbed();
    const owner = bed.user('employer');
    const recruiter = bed.user('employer');
    const companyId = await bed.company(owner);
    await bed.recruiter(owner, companyId, recruiter);
    const company = bed.db.tables.companies.get(companyId);
    if (!company) throw new Error('no company');
    bed.db.tables.companies.set(companyId, {
      ...company,
      members: company.members.filter((m) => m.role !== 'owner'),
    });
    const posted = await bed.services.postJob.execute(
      recruiter,
      { ...aPosting(), companyId, publish: true },
      bed.ctx,
    );
    expect(posted._unsafeUnwrapErr()).toMatchObject({ kind: 'Precondition', code: 'BILLING_012' });
  });
});

const aPosting = () => ({
  title: 'Backend Engineer',
  description: 'Build and run the services behind our product.',
  requirements: [],
  location: 'Berlin',
  remotePolicy: 'hybrid' as const,
  employmentType: 'full-time' as const,
  salary: null,
  skills: [],
});
