import type { RecruitingQueries } from '@talentsphere/application/recruiting';
import type { UnitOfWork } from '@talentsphere/application/shared';
import {
  closeJob,
  moveToStage,
  rejectApplication,
  withdrawApplication,
  writeReview,
} from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, NOW } from './contract-fixtures';
import { aCompany, aJob, anApplication, storedUser, withRecruiter } from './recruiting-fixtures';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** What every RecruitingQueries adapter must answer; one seeded company shared by the tests. */
export function recruitingQueriesContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; queries: RecruitingQueries }>,
): void {
  describe(`RecruitingQueries contract: ${adapter}`, () => {
    let queries: RecruitingQueries;
    let seed: Awaited<ReturnType<typeof seedCompany>>;

    async function seedCompany(uow: UnitOfWork) {
      return committed(uow, async (scope) => {
        const owner = await storedUser(scope, 'Olivia Owner');
        const recruiter = await storedUser(scope, 'Rita Recruiter');
        const candidate = await storedUser(scope, 'Cara Candidate');
        const reviewers = [await storedUser(scope, 'Rev One'), await storedUser(scope, 'Rev Two')];
        const company = withRecruiter(aCompany(owner.id), recruiter.id);
        await scope.companies.insert(company);
        for (const [i, reviewer] of reviewers.entries()) {
          await scope.companyReviews.insert(
            writeReview(
              company,
              { id: v7(), authorId: reviewer.id, rating: 4 + i, body: `Review number ${i}` },
              {
                now: at(i),
              },
            )._unsafeUnwrap(),
          );
        }
        const open = aJob(company.id, { title: 'Backend Engineer', now: at(1) });
        const draft = aJob(company.id, { title: 'Draft Role', publish: false, now: at(2) });
        const closed = closeJob(aJob(company.id, { title: 'Closed Role', now: at(3) }), {
          now: at(4),
        })._unsafeUnwrap().state;
        for (const job of [open, draft, closed]) await scope.jobs.insert(job);

        const employer = { id: owner.id, role: 'employer' as const };
        const first = anApplication(open, candidate.id, at(5));
        const withdrawn = withdrawApplication(
          first,
          { id: candidate.id, role: 'candidate' },
          {
            now: at(6),
            transitionId: v7(),
          },
        )._unsafeUnwrap().state;
        let live = anApplication(open, candidate.id, at(7));
        live = moveToStage(live, employer, 'screening', { now: at(8), transitionId: v7() })._unsafeUnwrap()
          .state;
        live = rejectApplication(live, employer, 'Not this time', {
          now: at(9),
          transitionId: v7(),
        })._unsafeUnwrap().state;
        await scope.applications.insert(withdrawn);
        await scope.applications.insert(live);
        return { owner, recruiter, candidate, company, open, draft, closed, withdrawn, live };
      });
    }

    beforeAll(async () => {
      const s = await subject();
      queries = s.queries;
      seed = await seedCompany(s.uow);
    });

    it('Given a company with reviews and jobs, When read by slug, Then it has the open-job count, rating and named reviews newest first', async () => {
      const detail = await queries.companyBySlug(seed.company.slug);
      expect(detail).toMatchObject({
        id: seed.company.id,
        name: 'Acme Robotics',
        slug: seed.company.slug,
        description: 'We build robots.',
        website: 'https://acme.example',
        openJobs: 1,
        rating: { average: 4.5, count: 2 },
      });
      expect(detail?.reviews.map((r) => [r.authorName, r.rating, r.createdAt])).toEqual([
        ['Rev Two', 5, at(1).toISOString()],
        ['Rev One', 4, at(0).toISOString()],
      ]);
      expect(await queries.companyBySlug(`missing-${v7()}`)).toBeUndefined();
    });

    it('Given members, When asked for their companies and roles, Then each sees the company with their role; strangers none', async () => {
      expect(await queries.companiesOfMember(seed.recruiter.id)).toEqual([
        expect.objectContaining({ id: seed.company.id, role: 'recruiter' }),
      ]);
      expect(await queries.memberRole(seed.company.id, seed.owner.id)).toBe('owner');
      expect(await queries.memberRole(seed.company.id, seed.candidate.id)).toBeNull();
      expect(await queries.companiesOfMember(seed.candidate.id)).toEqual([]);
    });

    it('Given jobs, When read in detail or listed for the company, Then every status shows with its application counts', async () => {
      const detail = await queries.jobDetail(seed.open.id);
      expect(detail).toMatchObject({
        id: seed.open.id,
        title: 'Backend Engineer',
        status: 'open',
        salary: seed.open.salary,
        requirements: seed.open.requirements,
        company: { id: seed.company.id, website: 'https://acme.example' },
        openedAt: at(1).toISOString(),
      });
      expect(await queries.jobDetail(v7())).toBeUndefined();
      const rows = await queries.jobsOfCompany(seed.company.id);
      expect(rows.map((r) => [r.title, r.status, r.applications])).toEqual([
        ['Closed Role', 'closed', { active: 0, total: 0 }],
        ['Draft Role', 'draft', { active: 0, total: 0 }],
        ['Backend Engineer', 'open', { active: 0, total: 2 }],
      ]);
    });

    it('Given applications, When viewed by id, candidate or job, Then each has names, rejection and the ordered timeline', async () => {
      const view = await queries.application(seed.live.id);
      expect(view).toMatchObject({
        job: { id: seed.open.id, title: 'Backend Engineer', status: 'open' },
        company: { id: seed.company.id, name: 'Acme Robotics' },
        candidate: { id: seed.candidate.id, name: 'Cara Candidate', email: seed.candidate.email },
        status: 'rejected',
        stage: 'screening',
        rejection: { reason: 'Not this time', decidedBy: 'employer' },
      });
      expect(view?.timeline.map((t) => [t.kind, t.toStage, t.toStatus, t.at])).toEqual([
        ['submitted', 'applied', 'active', at(7).toISOString()],
        ['stage_changed', 'screening', 'active', at(8).toISOString()],
        ['rejected', 'screening', 'rejected', at(9).toISOString()],
      ]);
      const mine = await queries.applicationsOfCandidate(seed.candidate.id);
      expect(mine.map((a) => a.id)).toEqual([seed.live.id, seed.withdrawn.id]);
      expect(mine[1]?.timeline.map((t) => t.kind)).toEqual(['submitted', 'withdrawn']);
      expect((await queries.applicationsOfJob(seed.open.id)).map((a) => a.id)).toEqual([
        seed.live.id,
        seed.withdrawn.id,
      ]);
      expect(await queries.application(v7())).toBeUndefined();
    });

    it('Given a withdrawn and a live application, When asking for the live one, Then only the live id answers', async () => {
      expect(await queries.liveApplicationId(seed.open.id, seed.candidate.id)).toBe(seed.live.id);
      expect(await queries.liveApplicationId(seed.open.id, seed.owner.id)).toBeNull();
    });
  });
}
