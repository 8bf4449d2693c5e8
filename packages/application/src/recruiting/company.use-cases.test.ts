import { aCompanyProfile, RecruitingTestbed } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';

describe('company use cases', () => {
  let bed: RecruitingTestbed;
  beforeEach(() => {
    bed = new RecruitingTestbed();
  });

  it('Given an employer, When they create a company, Then they own it and jobs.company.created is in the outbox', async () => {
    const owner = bed.user('employer');

    const { companyId } = (
      await bed.services.createCompany.execute(owner, aCompanyProfile({ slug: 'acme' }), bed.ctx)
    )._unsafeUnwrap();

    expect(bed.db.tables.companies.get(companyId)).toMatchObject({
      slug: 'acme',
      members: [{ userId: owner.userId, role: 'owner' }],
    });
    expect(bed.db.tables.outbox).toMatchObject([
      {
        eventType: 'jobs.company.created',
        correlationId: 'corr-test',
        data: { companyId, ownerId: owner.userId, slug: 'acme' },
      },
    ]);
    expect((await bed.services.listMyCompanies.execute(owner))._unsafeUnwrap()).toMatchObject([
      { id: companyId, role: 'owner' },
    ]);
  });

  it('Given an admin, When they create a company, Then it is created', async () => {
    const created = await bed.services.createCompany.execute(bed.user('admin'), aCompanyProfile(), bed.ctx);
    expect(created.isOk()).toBe(true);
  });

  it('Given a job seeker, When they create a company, Then FORBIDDEN and nothing is written', async () => {
    const before = bed.db.tables;
    const error = (
      await bed.services.createCompany.execute(bed.user('jobseeker'), aCompanyProfile(), bed.ctx)
    )._unsafeUnwrapErr();
    expect(error).toMatchObject({ kind: 'Forbidden', code: 'FORBIDDEN' });
    expect(bed.db.tables).toBe(before);
  });

  it('Given a taken slug, When another company is created or renamed to it, Then COMPANY_003 and nothing is written', async () => {
    await bed.company(bed.user('employer'), { slug: 'acme' });
    const other = bed.user('employer');
    const otherId = await bed.company(other, { slug: 'globex' });
    const before = bed.db.tables;

    const created = await bed.services.createCompany.execute(
      other,
      aCompanyProfile({ slug: 'acme' }),
      bed.ctx,
    );
    const renamed = await bed.services.updateCompany.execute(
      other,
      { ...aCompanyProfile({ slug: 'acme' }), companyId: otherId },
      bed.ctx,
    );

    for (const result of [created, renamed]) {
      expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'COMPANY_003' });
      expect(result._unsafeUnwrapErr().fields?.slug).toBeDefined();
    }
    expect(bed.db.tables).toBe(before);
  });

  it('Given a member, When they update the profile, Then it is saved with jobs.company.updated', async () => {
    const owner = bed.user('employer');
    const companyId = await bed.company(owner, { slug: 'acme' });

    const updated = await bed.services.updateCompany.execute(
      owner,
      { ...aCompanyProfile({ slug: 'acme', name: 'Acme Robotics GmbH', location: 'Munich' }), companyId },
      bed.ctx,
    );

    expect(updated._unsafeUnwrap()).toEqual({ companyId });
    expect(bed.db.tables.companies.get(companyId)).toMatchObject({
      name: 'Acme Robotics GmbH',
      location: 'Munich',
    });
    expect(bed.db.tables.outbox.at(-1)).toMatchObject({
      eventType: 'jobs.company.updated',
      data: { companyId },
    });
  });

  it('Given the owner, When they add an employer by email, Then the employer is a recruiter who can post jobs', async () => {
    const owner = bed.user('employer');
    const recruiter = bed.user('employer');
    const companyId = await bed.company(owner);

    const added = await bed.services.addRecruiter.execute(
      owner,
      { companyId, email: ` ${recruiter.email.toUpperCase()} ` },
      bed.ctx,
    );

    expect(added._unsafeUnwrap()).toEqual({ userId: recruiter.userId });
    expect(bed.db.tables.companies.get(companyId)?.members).toMatchObject([
      { userId: owner.userId, role: 'owner' },
      { userId: recruiter.userId, role: 'recruiter' },
    ]);
    expect((await bed.services.listMyCompanies.execute(recruiter))._unsafeUnwrap()).toMatchObject([
      { id: companyId, role: 'recruiter' },
    ]);
    expect(await bed.job(recruiter, companyId)).toBeTruthy();
  });

  it('Given a recruiter, When they add another recruiter, Then COMPANY_002 (owner only) and nothing is written', async () => {
    const owner = bed.user('employer');
    const recruiter = bed.user('employer');
    const companyId = await bed.company(owner);
    await bed.recruiter(owner, companyId, recruiter);
    const before = bed.db.tables;

    const added = await bed.services.addRecruiter.execute(
      recruiter,
      { companyId, email: bed.user('employer').email },
      bed.ctx,
    );

    expect(added._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'COMPANY_002' });
    expect(bed.db.tables.companies).toBe(before.companies);
  });

  it('Given a Starter owner whose one recruiter seat is held in another of their companies, When they add someone new, Then BILLING_001 naming the limit; on Business they may', async () => {
    const owner = bed.user('employer');
    const first = await bed.company(owner);
    const second = await bed.company(owner);
    const seated = bed.user('employer');
    await bed.recruiter(owner, first, seated);
    const newcomer = bed.user('employer');

    const refused = await bed.services.addRecruiter.execute(
      owner,
      { companyId: second, email: newcomer.email },
      bed.ctx,
    );
    expect(refused._unsafeUnwrapErr()).toMatchObject({ kind: 'PaymentRequired', code: 'BILLING_001' });
    expect(refused._unsafeUnwrapErr().message).toContain('1 recruiter seat');
    // The seated recruiter may join the second company too: still one seat.
    expect(
      (
        await bed.services.addRecruiter.execute(owner, { companyId: second, email: seated.email }, bed.ctx)
      ).isOk(),
    ).toBe(true);

    await bed.upgrade(owner);
    expect(
      (
        await bed.services.addRecruiter.execute(owner, { companyId: second, email: newcomer.email }, bed.ctx)
      ).isOk(),
    ).toBe(true);
  });

  it.each([
    ['a job seeker', 'jobseeker' as const],
    ['nobody', null],
  ])('Given %s behind the email, When the owner adds them, Then VALIDATION on email', async (_, role) => {
    const owner = bed.user('employer');
    const companyId = await bed.company(owner);
    const email = role ? bed.user(role).email : 'nobody@example.com';
    const before = bed.db.tables;

    const added = await bed.services.addRecruiter.execute(owner, { companyId, email }, bed.ctx);

    expect(added._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { email: expect.any(String) },
    });
    expect(bed.db.tables).toBe(before);
  });

  it('Given another user, When they review the company, Then the review shows on the company page', async () => {
    const companyId = await bed.company(bed.user('employer'), { slug: 'acme' });
    const reviewer = bed.user('jobseeker', 'Grace Hopper');

    const reviewed = await bed.services.reviewCompany.execute(
      reviewer,
      { companyId, rating: 4, body: 'Kind people and a clear process.' },
      bed.ctx,
    );

    const { reviewId } = reviewed._unsafeUnwrap();
    expect(bed.db.tables.companyReviews.get(reviewId)).toMatchObject({
      authorId: reviewer.userId,
      rating: 4,
    });
    expect((await bed.services.getCompany.execute('acme'))._unsafeUnwrap()).toMatchObject({
      id: companyId,
      rating: { average: 4, count: 1 },
      reviews: [{ authorName: 'Grace Hopper', rating: 4 }],
    });
  });

  it('Given a member, When they review their own company, Then COMPANY_004 and no review', async () => {
    const owner = bed.user('employer');
    const companyId = await bed.company(owner);

    const reviewed = await bed.services.reviewCompany.execute(
      owner,
      { companyId, rating: 5, body: 'The best place to work, honestly.' },
      bed.ctx,
    );

    expect(reviewed._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'COMPANY_004' });
    expect(bed.db.tables.companyReviews.size).toBe(0);
  });

  it('Given a review by the same user, When they review again, Then COMPANY_005 and the first review stays alone', async () => {
    const companyId = await bed.company(bed.user('employer'));
    const reviewer = bed.user('jobseeker');
    const review = { companyId, rating: 3, body: 'Average interview experience.' };
    await bed.services.reviewCompany.execute(reviewer, review, bed.ctx);

    const again = await bed.services.reviewCompany.execute(reviewer, { ...review, rating: 1 }, bed.ctx);

    expect(again._unsafeUnwrapErr()).toMatchObject({ kind: 'Conflict', code: 'COMPANY_005' });
    expect([...bed.db.tables.companyReviews.values()]).toMatchObject([{ rating: 3 }]);
  });

  it('Given no company with the slug, When the page is read, Then COMPANY_001', async () => {
    expect((await bed.services.getCompany.execute('nope'))._unsafeUnwrapErr()).toMatchObject({
      kind: 'NotFound',
      code: 'COMPANY_001',
    });
  });
});
