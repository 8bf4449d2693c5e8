import type { UnitOfWork } from '@talentsphere/application/shared';
import {
  closeJob,
  editJob,
  type JobApplication,
  moveToStage,
  openJob,
  rejectApplication,
  SALARY_MAX_MINOR,
  unrejectApplication,
  withdrawApplication,
} from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { committed, NOW } from './contract-fixtures';
import {
  aCompany,
  aJob,
  anApplication,
  aPosting,
  storedCompanyWithJob,
  storedUser,
  withRecruiter,
} from './recruiting-fixtures';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ctx = (minutes: number) => ({ now: at(minutes), transitionId: v7() });

/** What every JobRepository and JobApplicationRepository adapter must do, through its unit of work. */
export function jobRepositoriesContract(adapter: string, subject: () => Promise<{ uow: UnitOfWork }>): void {
  describe(`JobRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    it('Given a draft, an open and a closed job, When found by id, Then each comes back exactly, status union included', async () => {
      const { draft, open, closed } = await committed(uow, async (scope) => {
        const { company } = await storedCompanyWithJob(scope);
        const draft = aJob(company.id, { publish: false, salary: null, skills: [] });
        const open = aJob(company.id, {
          salary: { min: 0, max: SALARY_MAX_MINOR, currency: 'USD' },
          skills: ['typescript', 'postgresql', 'node.js'],
        });
        const closed = closeJob(aJob(company.id), { now: at(5) })._unsafeUnwrap().state;
        for (const job of [draft, open, closed]) await scope.jobs.insert(job);
        return { draft, open, closed };
      });
      for (const job of [draft, open, closed]) {
        expect(await committed(uow, (scope) => scope.jobs.findById(job.id))).toEqual(job);
      }
      expect(await committed(uow, (scope) => scope.jobs.findById(v7()))).toBeUndefined();
    });

    it('Given a job, When edited, closed and reopened, Then each update is stored', async () => {
      const { job } = await committed(uow, storedCompanyWithJob);
      const edited = editJob(job, aPosting({ title: 'Staff Engineer', salary: null, location: 'Remote' }), {
        now: at(1),
      })._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.jobs.update(edited));
      expect(await committed(uow, (scope) => scope.jobs.findById(job.id))).toEqual(edited);
      const closed = closeJob(edited, { now: at(2) })._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.jobs.update(closed));
      expect(await committed(uow, (scope) => scope.jobs.findById(job.id))).toEqual(closed);
      const reopened = openJob(closed, { now: at(3) })._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.jobs.update(reopened));
      expect(await committed(uow, (scope) => scope.jobs.findById(job.id))).toEqual(reopened);
    });

    it('Given a job read for update, When another transaction closes it meanwhile, Then the close waits and the later writer sees the earlier change', async () => {
      const { job } = await committed(uow, storedCompanyWithJob);
      let firstHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        firstHoldsLock = resolve;
      });
      const edit = committed(uow, async (scope) => {
        const read = await scope.jobs.findById(job.id, 'update');
        firstHoldsLock();
        await new Promise((resolve) => setTimeout(resolve, 50)); // a missing lock lets the close in now
        if (read)
          await scope.jobs.update(
            editJob(read, aPosting({ title: 'Edited title' }), { now: at(1) })._unsafeUnwrap().state,
          );
      });
      await locked;
      const close = committed(uow, async (scope) => {
        const read = await scope.jobs.findById(job.id, 'update');
        if (read) await scope.jobs.update(closeJob(read, { now: at(2) })._unsafeUnwrap().state);
      });
      await Promise.all([edit, close]);

      const after = await committed(uow, (scope) => scope.jobs.findById(job.id));
      expect(after).toMatchObject({ title: 'Edited title', status: 'closed' });
    });

    it('Given open, draft and closed jobs of companies of two owners, When counting an owner’s open ones, Then those of every company they own and no other', async () => {
      const { owner, recruiter } = await committed(uow, async (scope) => {
        const { owner, company } = await storedCompanyWithJob(scope);
        const second = aCompany(owner.id);
        await scope.companies.insert(second);
        await scope.jobs.insert(aJob(second.id));
        await scope.jobs.insert(aJob(company.id, { publish: false }));
        await scope.jobs.insert(closeJob(aJob(company.id), { now: at(1) })._unsafeUnwrap().state);
        // A company the owner only recruits for belongs to another owner's plan.
        const { company: other } = await storedCompanyWithJob(scope);
        const recruiter = await storedUser(scope, 'Rita Recruiter');
        const theirs = aCompany(recruiter.id);
        await scope.companies.insert(theirs);
        await scope.companies.update(withRecruiter(other, owner.id));
        return { owner, recruiter };
      });
      expect(await committed(uow, (scope) => scope.jobs.countOpenOfOwner(owner.id))).toBe(2);
      expect(await committed(uow, (scope) => scope.jobs.countOpenOfOwner(recruiter.id))).toBe(0);
      expect(await committed(uow, (scope) => scope.jobs.countOpenOfOwner(v7()))).toBe(0);
    });

    it('Given an owner’s slots locked, When locked again in the same transaction, Then it goes on', async () => {
      const id = v7();
      await committed(uow, async (scope) => {
        await scope.jobs.lockSlotsOfOwner(id);
        await scope.jobs.lockSlotsOfOwner(id);
      });
    });

    it('Given a company, When its job ids are listed, Then all of them whatever their status', async () => {
      const companyId = await committed(uow, async (scope) => {
        const { company } = await storedCompanyWithJob(scope);
        await scope.jobs.insert(aJob(company.id, { publish: false }));
        await scope.jobs.insert(closeJob(aJob(company.id), { now: at(1) })._unsafeUnwrap().state);
        return company.id;
      });
      expect(await committed(uow, (scope) => scope.jobs.idsOfCompany(companyId))).toHaveLength(3);
      expect(await committed(uow, (scope) => scope.jobs.idsOfCompany(v7()))).toEqual([]);
    });
  });

  describe(`JobApplicationRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    const setUp = () =>
      committed(uow, async (scope) => {
        const { owner, job } = await storedCompanyWithJob(scope);
        const candidate = await storedUser(scope, 'Cara Candidate');
        return { owner, job, candidate };
      });

    it('Given a submitted application, When read for update, Then it comes back with its timeline', async () => {
      const { job, candidate } = await setUp();
      const app = anApplication(job, candidate.id);
      expect(await committed(uow, (scope) => scope.applications.insert(app))).toBe('inserted');
      expect(app.timeline).toHaveLength(1);
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(app.id))).toEqual(app);
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(v7()))).toBeUndefined();
    });

    it('Given a live application, When the candidate applies again (even after a rejection), Then it is a duplicate (JOB_003) and the transaction goes on', async () => {
      const { owner, job, candidate } = await setUp();
      const first = anApplication(job, candidate.id);
      await committed(uow, (scope) => scope.applications.insert(first));
      const again = anApplication(job, candidate.id);
      const other = await committed(uow, async (scope) => {
        expect(await scope.applications.insert(again)).toBe('duplicate');
        const someone = await storedUser(scope, 'Other Candidate');
        const theirs = anApplication(job, someone.id);
        expect(await scope.applications.insert(theirs)).toBe('inserted');
        return theirs;
      });
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(again.id))).toBeUndefined();
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(other.id))).toEqual(other);

      const rejected = rejectApplication(
        first,
        { id: owner.id, role: 'employer' },
        'Not a fit',
        ctx(1),
      )._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.applications.update(rejected));
      expect(
        await committed(uow, (scope) => scope.applications.insert(anApplication(job, candidate.id))),
      ).toBe('duplicate');
    });

    it('Given a withdrawn application, When the candidate applies again, Then the new one is inserted', async () => {
      const { job, candidate } = await setUp();
      const first = anApplication(job, candidate.id);
      await committed(uow, (scope) => scope.applications.insert(first));
      const withdrawn = withdrawApplication(
        first,
        { id: candidate.id, role: 'candidate' },
        ctx(1),
      )._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.applications.update(withdrawn));
      const second = anApplication(job, candidate.id, at(2));
      expect(await committed(uow, (scope) => scope.applications.insert(second))).toBe('inserted');
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(first.id))).toEqual(
        withdrawn,
      );
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(second.id))).toEqual(
        second,
      );
    });

    it('Given an application, When moved, rejected and un-rejected over several saves, Then the timeline is appended in order, never duplicated', async () => {
      const { owner, job, candidate } = await setUp();
      const employer = { id: owner.id, role: 'employer' as const };
      let app: JobApplication = anApplication(job, candidate.id);
      await committed(uow, (scope) => scope.applications.insert(app));

      app = moveToStage(app, employer, 'screening', ctx(1))._unsafeUnwrap().state;
      app = moveToStage(app, employer, 'interview', ctx(2))._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.applications.update(app));
      app = rejectApplication(app, employer, 'Position filled', ctx(3))._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.applications.update(app));
      expect(await committed(uow, (scope) => scope.applications.findByIdForUpdate(app.id))).toEqual(app);

      app = unrejectApplication(app, employer, ctx(4))._unsafeUnwrap().state;
      await committed(uow, (scope) => scope.applications.update(app));
      await committed(uow, (scope) => scope.applications.update(app));
      const stored = await committed(uow, (scope) => scope.applications.findByIdForUpdate(app.id));
      expect(stored).toEqual(app);
      expect(stored?.timeline.map((t) => t.kind)).toEqual([
        'submitted',
        'stage_changed',
        'stage_changed',
        'rejected',
        'unrejected',
      ]);
      expect(stored?.rejection).toBeNull();
    });
  });
}
