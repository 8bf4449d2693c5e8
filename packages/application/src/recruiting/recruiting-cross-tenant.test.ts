import { aCompanyProfile, aJobPosting, RecruitingTestbed } from '@talentsphere/adapters/in-memory';
import type { ResultAsync } from 'neverthrow';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../shared';

/**
 * Company A with open, closed and draft jobs and applications of candidate C1 in every state worth
 * attacking; company B and candidate C2 as the other tenants. Each attack must be refused with a
 * NotFound or Forbidden code, write nothing and say nothing about tenant A.
 */
async function buildWorld(bed: RecruitingTestbed) {
  const ownerA = bed.user('employer', 'Alice Owner');
  const ownerB = bed.user('employer', 'Bob Owner');
  const c1 = bed.user('jobseeker', 'Carol Candidate');
  const c2 = bed.user('jobseeker', 'Dan Candidate');
  const companyA = await bed.company(ownerA, { name: 'Acme Hidden Robotics', slug: 'acme-hidden' });
  await bed.company(ownerB, { name: 'Globex', slug: 'globex' });
  // More open jobs than the Starter plan's three.
  await bed.upgrade(ownerA);
  const job = (title: string, publish = true) => bed.job(ownerA, companyA, { title, publish });
  const openJob = await job('Tenant A open role');
  const closedJob = await job('Tenant A closed role');
  const draftJob = await job('Tenant A draft role', false);
  const rejectedJob = await job('Tenant A second role');
  const declinedJob = await job('Tenant A third role');
  const { services, ctx } = bed;

  const offered = await bed.apply(c1, openJob, 'Carol private letter');
  await services.moveApplication.execute(ownerA, { applicationId: offered, stage: 'offer' }, ctx);
  const rejected = await bed.apply(c1, rejectedJob, 'Carol private letter');
  await services.rejectApplication.execute(
    ownerA,
    { applicationId: rejected, reason: 'Private reason' },
    ctx,
  );
  const declined = await bed.apply(c1, declinedJob, 'Carol private letter');
  await services.rejectApplication.execute(c1, { applicationId: declined, reason: 'Private reason' }, ctx);
  await bed.apply(c1, closedJob);
  await services.closeJob.execute(ownerA, { jobId: closedJob }, ctx);
  await bed.apply(c2, openJob);

  const secrets = [
    companyA,
    openJob,
    closedJob,
    draftJob,
    offered,
    rejected,
    declined,
    c1.userId,
    c1.email,
    'Acme Hidden',
    'Tenant A',
    'Carol',
    'Private',
  ];
  return {
    ownerA,
    ownerB,
    c1,
    c2,
    companyA,
    openJob,
    closedJob,
    draftJob,
    offered,
    rejected,
    declined,
    declinedJob,
    secrets,
  };
}

type World = Awaited<ReturnType<typeof buildWorld>>;
type Attack = (bed: RecruitingTestbed, w: World, guess: string) => ResultAsync<unknown, AppError>;

const NOT_FOUND = { kind: 'NotFound' } as const;
const FORBIDDEN = { kind: 'Forbidden' } as const;

const attacks: [string, Attack, { kind: string; code: string }][] = [
  // Another company's employer on company A.
  [
    'B edits company A',
    (b, w) =>
      b.services.updateCompany.execute(
        w.ownerB,
        { ...aCompanyProfile({ slug: 'acme-hidden' }), companyId: w.companyA },
        b.ctx,
      ),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B adds itself as recruiter of A',
    (b, w) =>
      b.services.addRecruiter.execute(w.ownerB, { companyId: w.companyA, email: w.ownerB.email }, b.ctx),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B posts a job for A',
    (b, w) =>
      b.services.postJob.execute(w.ownerB, { ...aJobPosting(), companyId: w.companyA, publish: true }, b.ctx),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B lists A jobs',
    (b, w) => b.services.listCompanyJobs.execute(w.ownerB, { companyId: w.companyA }),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B edits an open job of A',
    (b, w) => b.services.editJob.execute(w.ownerB, { ...aJobPosting(), jobId: w.openJob }, b.ctx),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B edits a draft of A',
    (b, w) => b.services.editJob.execute(w.ownerB, { ...aJobPosting(), jobId: w.draftJob }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'B reopens a closed job of A',
    (b, w) => b.services.publishJob.execute(w.ownerB, { jobId: w.closedJob }, b.ctx),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B publishes a draft of A',
    (b, w) => b.services.publishJob.execute(w.ownerB, { jobId: w.draftJob }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'B closes an open job of A',
    (b, w) => b.services.closeJob.execute(w.ownerB, { jobId: w.openJob }, b.ctx),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B closes a draft of A',
    (b, w) => b.services.closeJob.execute(w.ownerB, { jobId: w.draftJob }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'B reads the pipeline of an open job of A',
    (b, w) => b.services.getJobPipeline.execute(w.ownerB, { jobId: w.openJob }),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'B reads the pipeline of a draft of A',
    (b, w) => b.services.getJobPipeline.execute(w.ownerB, { jobId: w.draftJob }),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'B reads a draft of A',
    (b, w) => b.services.getJob.execute(w.ownerB, { jobId: w.draftJob }),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'B moves an application to A',
    (b, w) =>
      b.services.moveApplication.execute(w.ownerB, { applicationId: w.offered, stage: 'interview' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'B rejects an application to A',
    (b, w) =>
      b.services.rejectApplication.execute(w.ownerB, { applicationId: w.offered, reason: 'sabotage' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'B un-rejects an application A rejected',
    (b, w) => b.services.unrejectApplication.execute(w.ownerB, { applicationId: w.rejected }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'B hires an applicant of A',
    (b, w) => b.services.hireApplicant.execute(w.ownerB, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'B withdraws an application to A',
    (b, w) => b.services.withdrawApplication.execute(w.ownerB, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'B views an application to A',
    (b, w) => b.services.viewApplication.execute(w.ownerB, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  // Another candidate on C1's applications, and on company A.
  [
    'C2 views C1 application',
    (b, w) => b.services.viewApplication.execute(w.c2, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 withdraws C1 application',
    (b, w) => b.services.withdrawApplication.execute(w.c2, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 declines C1 application',
    (b, w) =>
      b.services.rejectApplication.execute(w.c2, { applicationId: w.offered, reason: 'sabotage' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 un-rejects C1 declined application',
    (b, w) => b.services.unrejectApplication.execute(w.c2, { applicationId: w.declined }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 moves C1 application',
    (b, w) => b.services.moveApplication.execute(w.c2, { applicationId: w.offered, stage: 'applied' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 hires C1',
    (b, w) => b.services.hireApplicant.execute(w.c2, { applicationId: w.offered }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'C2 applies to a draft of A',
    (b, w) =>
      b.services.applyToJob.execute(w.c2, { jobId: w.draftJob, coverLetter: '', resumeUrl: null }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'C2 reads a draft of A',
    (b, w) => b.services.getJob.execute(w.c2, { jobId: w.draftJob }),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'C2 reads the pipeline of A',
    (b, w) => b.services.getJobPipeline.execute(w.c2, { jobId: w.openJob }),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'C2 lists A jobs',
    (b, w) => b.services.listCompanyJobs.execute(w.c2, { companyId: w.companyA }),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  // Guessed ids, by someone who is a member and a candidate elsewhere.
  [
    'guessed company: edit',
    (b, w, g) =>
      b.services.updateCompany.execute(
        w.ownerA,
        { ...aCompanyProfile({ slug: 'guess' }), companyId: g },
        b.ctx,
      ),
    { ...NOT_FOUND, code: 'COMPANY_001' },
  ],
  [
    'guessed company: add recruiter',
    (b, w, g) => b.services.addRecruiter.execute(w.ownerA, { companyId: g, email: w.ownerB.email }, b.ctx),
    { ...NOT_FOUND, code: 'COMPANY_001' },
  ],
  [
    'guessed company: post job',
    (b, w, g) =>
      b.services.postJob.execute(w.ownerA, { ...aJobPosting(), companyId: g, publish: true }, b.ctx),
    { ...NOT_FOUND, code: 'COMPANY_001' },
  ],
  [
    'guessed company: review',
    (b, w, g) =>
      b.services.reviewCompany.execute(
        w.c2,
        { companyId: g, rating: 1, body: 'A long enough review.' },
        b.ctx,
      ),
    { ...NOT_FOUND, code: 'COMPANY_001' },
  ],
  [
    'guessed company: list jobs',
    (b, w, g) => b.services.listCompanyJobs.execute(w.ownerA, { companyId: g }),
    { ...FORBIDDEN, code: 'COMPANY_002' },
  ],
  [
    'guessed job: edit',
    (b, w, g) => b.services.editJob.execute(w.ownerA, { ...aJobPosting(), jobId: g }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed job: publish',
    (b, w, g) => b.services.publishJob.execute(w.ownerA, { jobId: g }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed job: close',
    (b, w, g) => b.services.closeJob.execute(w.ownerA, { jobId: g }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed job: pipeline',
    (b, w, g) => b.services.getJobPipeline.execute(w.ownerA, { jobId: g }),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed job: read',
    (b, w, g) => b.services.getJob.execute(w.ownerA, { jobId: g }),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed job: apply',
    (b, w, g) => b.services.applyToJob.execute(w.c1, { jobId: g, coverLetter: '', resumeUrl: null }, b.ctx),
    { ...NOT_FOUND, code: 'JOB_001' },
  ],
  [
    'guessed application: view',
    (b, w, g) => b.services.viewApplication.execute(w.ownerA, { applicationId: g }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'guessed application: move',
    (b, w, g) => b.services.moveApplication.execute(w.ownerA, { applicationId: g, stage: 'offer' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'guessed application: reject',
    (b, w, g) => b.services.rejectApplication.execute(w.c1, { applicationId: g, reason: 'guessing' }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'guessed application: un-reject',
    (b, w, g) => b.services.unrejectApplication.execute(w.ownerA, { applicationId: g }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'guessed application: hire',
    (b, w, g) => b.services.hireApplicant.execute(w.ownerA, { applicationId: g }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
  [
    'guessed application: withdraw',
    (b, w, g) => b.services.withdrawApplication.execute(w.c1, { applicationId: g }, b.ctx),
    { ...NOT_FOUND, code: 'APPLICATION_001' },
  ],
];

describe('recruiting cross-tenant access', () => {
  let bed: RecruitingTestbed;
  let world: World;
  beforeEach(async () => {
    bed = new RecruitingTestbed();
    world = await buildWorld(bed);
  });

  it.each(attacks)(
    'Given another tenant, When %s, Then it is refused, nothing is written and nothing leaks',
    async (_, attack, expected) => {
      const before = bed.db.tables;
      const outboxSize = before.outbox.length;
      const guess = bed.ids.next();

      const error = (await attack(bed, world, guess))._unsafeUnwrapErr();

      expect(error).toMatchObject(expected);
      expect(bed.db.tables).toBe(before);
      expect(bed.db.tables.outbox).toHaveLength(outboxSize);
      const text = JSON.stringify(error);
      for (const secret of world.secrets) expect(text).not.toContain(secret);
    },
  );

  it('Given applications of C1, When C2 and B list theirs, Then none of C1 or A appears', async () => {
    const mine = (await bed.services.listMyApplications.execute(world.c2))._unsafeUnwrap();
    expect(mine.every((a) => a.candidate.id === world.c2.userId)).toBe(true);
    expect(mine).toHaveLength(1);
    expect(
      (
        await bed.services.getMyApplicationToJob.execute(world.c2, { jobId: world.declinedJob })
      )._unsafeUnwrap(),
    ).toEqual({ applicationId: null });
    expect(
      (await bed.services.listMyCompanies.execute(world.ownerB))._unsafeUnwrap().map((c) => c.slug),
    ).toEqual(['globex']);
  });
});
