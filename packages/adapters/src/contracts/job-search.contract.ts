import type { JobSearch, JobSearchInput, JobSearchResult } from '@talentsphere/application/recruiting';
import { InvalidCursorError, jobSearchInput } from '@talentsphere/application/recruiting';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { closeJob, type Job } from '@talentsphere/domain/recruiting';
import { beforeAll, describe, expect, it } from 'vitest';
import { committed, NOW } from './contract-fixtures';
import { aCompany, aJob, type PostingOverrides, storedUser } from './recruiting-fixtures';

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

// The company's open jobs, opened one minute apart in this order (so newest is the reverse).
const OPEN: Record<string, PostingOverrides> = {
  seniorTs: {
    title: 'Senior TypeScript Engineer',
    skills: ['typescript', 'postgresql'],
    location: 'Berlin',
    remotePolicy: 'remote',
    employmentType: 'full-time',
    salary: { min: 7_000_000, max: 9_000_000, currency: 'EUR' },
  },
  frontend: {
    title: 'Frontend Developer',
    description: 'Ship the web app in TypeScript and React with a small product team.',
    skills: ['react', 'typescript'],
    location: 'London',
    remotePolicy: 'hybrid',
    employmentType: 'contract',
    salary: { min: 5_000_000, max: 7_000_000, currency: 'GBP' },
  },
  data: {
    title: 'Data Engineer',
    skills: ['python', 'postgresql'],
    location: 'Berlin',
    remotePolicy: 'onsite',
    employmentType: 'full-time',
    salary: null,
  },
  rust: {
    title: 'Rust Systems Programmer',
    skills: ['rust'],
    location: 'Amsterdam',
    remotePolicy: 'remote',
    employmentType: 'part-time',
    salary: { min: 10_000_000, max: 12_000_000, currency: 'EUR' },
  },
  intern: {
    title: 'TypeScript Intern',
    skills: ['typescript'],
    location: 'Berlin (Kreuzberg)',
    remotePolicy: 'onsite',
    employmentType: 'internship',
    salary: { min: 2_000_000, max: 3_000_000, currency: 'EUR' },
  },
};
// Identical postings: equal rank and salary, so only the id breaks ties between pages.
const FILLERS = 7;
const filler: PostingOverrides = {
  title: 'Customer Support Specialist',
  description: 'Help our customers succeed with friendly and fast support.',
  skills: ['support'],
  location: 'Lisbon',
  remotePolicy: 'hybrid',
  employmentType: 'full-time',
  salary: { min: 4_000_000, max: 5_000_000, currency: 'EUR' },
};

/** What every JobSearch adapter must do; `subject` runs once and the suite seeds its own company. */
export function jobSearchContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; search: JobSearch }>,
): void {
  describe(`JobSearch contract: ${adapter}`, () => {
    let search: JobSearch;
    let companyId: string;
    let otherCompanyId: string;
    let otherJob: Job;
    const byKey: Record<string, Job> = {};
    const fillers: Job[] = [];

    const run = (input: Partial<JobSearchInput>, company: string | null = companyId) =>
      search.search(jobSearchInput.parse({ ...input, ...(company ? { companyId: company } : {}) }));
    const titles = (result: JobSearchResult) => result.items.map((j) => j.title);
    const ids = (result: JobSearchResult) => result.items.map((j) => j.id);
    const idsOf = (...keys: string[]) => keys.map((k) => byKey[k]?.id);
    const count = (facets: readonly { value: string; count: number }[]) =>
      Object.fromEntries(facets.map((f) => [f.value, f.count]));

    beforeAll(async () => {
      const { uow, search: adapterSearch } = await subject();
      search = adapterSearch;
      await committed(uow, async (scope) => {
        const owner = await storedUser(scope, 'Olivia Owner');
        const company = aCompany(owner.id);
        const other = aCompany(owner.id);
        for (const c of [company, other]) await scope.companies.insert(c);
        companyId = company.id;
        otherCompanyId = other.id;
        let minute = 0;
        for (const [key, posting] of Object.entries(OPEN)) {
          byKey[key] = aJob(company.id, { ...posting, now: minutes(++minute) });
        }
        for (let i = 0; i < FILLERS; i++)
          fillers.push(aJob(company.id, { ...filler, now: minutes(++minute) }));
        const draft = aJob(company.id, { ...OPEN.seniorTs, title: 'TypeScript Lead', publish: false });
        const closed = closeJob(aJob(company.id, { ...OPEN.seniorTs, title: 'TypeScript Architect' }), {
          now: minutes(++minute),
        })._unsafeUnwrap().state;
        otherJob = aJob(other.id, { ...OPEN.seniorTs, title: 'TypeScript Engineer at the other company' });
        for (const job of [...Object.values(byKey), ...fillers, draft, closed, otherJob])
          await scope.jobs.insert(job);
      });
    });

    it('Given a query, When searching by relevance, Then title and skill matches rank above a description match, drafts and closed jobs never show', async () => {
      const result = await run({ query: 'typescript' });
      expect(new Set(ids(result).slice(0, 2))).toEqual(new Set(idsOf('seniorTs', 'intern')));
      expect(ids(result)[2]).toBe(byKey.frontend?.id);
      expect(result.total).toBe(3);
      expect(titles(result)).not.toContain('TypeScript Lead');
      expect(titles(result)).not.toContain('TypeScript Architect');
      expect(result.items.every((j) => j.status === 'open')).toBe(true);
    });

    it('Given web-search syntax, When searching, Then words are stemmed, quoted phrases and exclusions apply', async () => {
      expect(new Set(ids(await run({ query: 'engineers' })))).toEqual(new Set(idsOf('seniorTs', 'data')));
      expect(ids(await run({ query: '"systems programmer"' }))).toEqual(idsOf('rust'));
      expect(new Set(ids(await run({ query: 'typescript -react' })))).toEqual(
        new Set(idsOf('seniorTs', 'intern')),
      );
      expect((await run({ query: 'cobol' })).total).toBe(0);
    });

    it('Given a job summary, When found, Then it carries the company card, salary in minor units and skills', async () => {
      const [item] = (await run({ query: '"rust systems"' })).items;
      expect(item).toEqual({
        id: byKey.rust?.id,
        title: 'Rust Systems Programmer',
        company: expect.objectContaining({ id: companyId, name: 'Acme Robotics', logoUrl: null }),
        location: 'Amsterdam',
        remotePolicy: 'remote',
        employmentType: 'part-time',
        salary: { min: 10_000_000, max: 12_000_000, currency: 'EUR' },
        skills: [{ name: 'rust', level: 'advanced' }],
        status: 'open',
        openedAt: byKey.rust?.openedAt?.toISOString(),
      });
    });

    it('Given each filter, When searching, Then only the jobs that pass it come back', async () => {
      const set = async (input: Partial<JobSearchInput>) => new Set(ids(await run({ ...input, limit: 50 })));
      expect(await set({ location: 'berl' })).toEqual(new Set(idsOf('seniorTs', 'data', 'intern')));
      expect(await set({ location: '100%' })).toEqual(new Set());
      expect(await set({ remote: ['remote'] })).toEqual(new Set(idsOf('seniorTs', 'rust')));
      expect(await set({ employmentType: ['contract', 'part-time'] })).toEqual(
        new Set(idsOf('frontend', 'rust')),
      );
      expect(await set({ salaryMin: 8_000_000 })).toEqual(new Set(idsOf('seniorTs', 'rust')));
      expect(await set({ skills: ['typescript', 'postgresql'] })).toEqual(new Set(idsOf('seniorTs')));
      expect(await set({ skills: ['typescript'], remote: ['onsite'] })).toEqual(new Set(idsOf('intern')));
      expect(ids(await run({ limit: 50 }, otherCompanyId))).toEqual([otherJob.id]);
    });

    it('Given no query, When sorting by relevance, Then it falls back to newest first', async () => {
      const result = await run({ sort: 'relevance', limit: 50 });
      expect(result.total).toBe(Object.keys(OPEN).length + FILLERS);
      expect(ids(result)).toEqual(ids(await run({ sort: 'newest', limit: 50 })));
    });

    it('Given the newest and salary sorts, When searching, Then rows come by opening time, or by maximum salary with none last', async () => {
      const newest = await run({ sort: 'newest', limit: 50 });
      const opened = newest.items.map((j) => j.openedAt ?? '');
      expect(opened).toEqual([...opened].sort().reverse());
      expect(ids(newest).slice(-5)).toEqual(idsOf('intern', 'rust', 'data', 'frontend', 'seniorTs'));

      const salary = await run({ sort: 'salary', limit: 50 });
      expect(ids(salary).slice(0, 3)).toEqual(idsOf('rust', 'seniorTs', 'frontend'));
      expect(salary.items.map((j) => j.salary?.max ?? null)).toEqual([
        12_000_000,
        9_000_000,
        7_000_000,
        ...Array(FILLERS).fill(5_000_000),
        3_000_000,
        null,
      ]);
    });

    it.each([
      ['newest', {}],
      ['salary', {}],
      ['relevance', { query: 'support customers' }],
      ['relevance', { query: 'typescript' }],
    ] as const)(
      'Given the %s sort, When paging three pages by cursor, Then the pages join into the one-page result without gaps or repeats',
      async (sort, extra) => {
        const whole = await run({ ...extra, sort, limit: 50 });
        const limit = Math.ceil(whole.items.length / 3);
        const pages: JobSearchResult[] = [];
        let cursor: string | undefined;
        do {
          const page = await run({ ...extra, sort, limit, cursor });
          pages.push(page);
          cursor = page.nextCursor ?? undefined;
        } while (cursor && pages.length < 10);
        expect(pages).toHaveLength(3);
        expect(pages.flatMap(ids)).toEqual(ids(whole));
        expect(new Set(pages.flatMap(ids)).size).toBe(whole.items.length);
        expect(pages.every((p) => p.total === whole.total)).toBe(true);
      },
    );

    it('Given a cursor that is not ours or from another sort, When searching, Then it is refused as invalid', async () => {
      await expect(run({ sort: 'newest', limit: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      const salaryCursor = (await run({ sort: 'salary', limit: 2 })).nextCursor ?? undefined;
      await expect(run({ sort: 'newest', limit: 2, cursor: salaryCursor })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const id = '0190f5a2-0000-7000-8000-000000000000';
      for (const [sort, key] of [
        ['newest', '9999-99-99 99:99:99+00'],
        ['salary', '99999999999999999999'],
        ['relevance', '1e999'],
      ] as const) {
        await expect(run({ sort, limit: 2, cursor: forge([sort, key, id]) })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
      }
    });

    it('Given facet filters, When searching, Then each facet counts with every filter applied except its own', async () => {
      const result = await run({ remote: ['remote'], employmentType: ['full-time'], limit: 50 });
      expect(ids(result)).toEqual(idsOf('seniorTs'));
      expect(result.total).toBe(1);
      // remote facet ignores remote: full-time jobs by policy.
      expect(count(result.facets.remote)).toEqual({ remote: 1, onsite: 1, hybrid: FILLERS });
      // employment-type facet ignores employment type: remote jobs by type.
      expect(count(result.facets.employmentType)).toEqual({ 'full-time': 1, 'part-time': 1 });
      expect(count(result.facets.skills)).toEqual({ typescript: 1, postgresql: 1 });
      expect(count(result.facets.locations)).toEqual({ Berlin: 1 });

      const bySkill = await run({ skills: ['typescript'], location: 'berlin' });
      expect(count(bySkill.facets.skills)).toEqual({ typescript: 2, postgresql: 2, python: 1 });
      expect(count(bySkill.facets.locations)).toEqual({ Berlin: 1, 'Berlin (Kreuzberg)': 1, London: 1 });
      expect(result.facets.remote[0]).toEqual({ value: 'hybrid', count: FILLERS });
    });

    it('Given a query, When searching, Then facets and total count only the matching open jobs', async () => {
      const result = await run({ query: 'typescript' });
      expect(count(result.facets.remote)).toEqual({ remote: 1, hybrid: 1, onsite: 1 });
      expect(count(result.facets.skills)).toEqual({ typescript: 3, postgresql: 1, react: 1 });
      expect(result.facets.skills[0]).toEqual({ value: 'typescript', count: 3 });
    });
  });
}
