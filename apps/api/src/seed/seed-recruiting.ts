import { KyselyUserRepository } from '@talentsphere/adapters/identity';
import type { Database } from '@talentsphere/adapters/persistence';
import {
  KyselyCompanyRepository,
  KyselyJobApplicationRepository,
  KyselyJobRepository,
} from '@talentsphere/adapters/recruiting';
import { registerUser } from '@talentsphere/domain/identity';
import {
  type Company,
  closeJob,
  createCompany,
  createJob,
  hireApplicant,
  type Job,
  type JobApplication,
  markViewed,
  moveToStage,
  openJob,
  rejectApplication,
  submitApplication,
  unrejectApplication,
  withdrawApplication,
} from '@talentsphere/domain/recruiting';
import type { Kysely, Transaction } from 'kysely';
import { Random } from './random';
import {
  type ApplicationOutcome,
  applicationOutcome,
  type CompanyPlan,
  companyPlan,
  coverLetter,
  type JobPlan,
  jobPlan,
  personPlan,
  stagesUpTo,
  timesBetween,
} from './recruiting-generator';

/**
 * Writes seed data through the domain commands (createCompany, createJob, submitApplication,
 * moveToStage, …) and the Kysely repositories the api uses, so every row (the jobs' `search`
 * tsvector included) is exactly what the api would have written. Historical data: no events are
 * recorded, so nothing lands in the outbox and nobody is notified of the past.
 */

export interface SeedSize {
  readonly companies: number;
  readonly jobs: number;
  readonly candidates: number;
  readonly applications: number;
}

/** What an embedded first start gets: dozens of companies, hundreds of jobs. */
export const DEFAULT_SIZE: SeedSize = { companies: 36, jobs: 360, candidates: 60, applications: 300 };

export function sizeForJobs(jobs: number): SeedSize {
  return {
    jobs,
    companies: Math.max(DEFAULT_SIZE.companies, Math.round(jobs / 100)),
    candidates: Math.min(5_000, Math.max(DEFAULT_SIZE.candidates, Math.round(jobs / 6))),
    applications: Math.min(20_000, Math.round(jobs * 0.8)),
  };
}

/** The demo accounts the seed gives a company, jobs and applicants (employer) and applications. */
export interface DemoAccounts {
  readonly employerId: string;
  readonly jobseekerId: string;
}

export interface SeedOptions {
  readonly db: Kysely<Database>;
  /** One hash of the shared demo password, reused by every seeded user. */
  readonly passwordHash: string;
  readonly size: SeedSize;
  readonly now: Date;
  readonly seed?: number;
  readonly demo?: DemoAccounts;
  /** Rows per transaction. */
  readonly batchSize?: number;
  /** Transactions in flight at once (PostgreSQL; PGlite serializes them anyway). */
  readonly concurrency?: number;
  readonly onProgress?: (what: string, done: number, total: number) => void;
}

export interface SeedCounts {
  readonly users: number;
  readonly companies: number;
  readonly jobs: number;
  readonly applications: number;
}

/** The company the seed writes first: its presence means the seed already ran. */
export const MARKER_SLUG = 'northwind-labs';
export const SEED_EMAIL_DOMAIN = 'seed.talentsphere.dev';
/** Every seeded user signs in with this password (hashed once per seed run). */
export const SEED_USER_PASSWORD = 'seeded-user-2026';

export async function isSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('companies')
    .select('id')
    .where('slug', '=', MARKER_SLUG)
    .executeTakeFirst();
  return row !== undefined;
}

interface SeededCompany {
  readonly plan: CompanyPlan;
  readonly company: Company;
  readonly ownerId: string;
}

/** Seeds once: answers null when the marker company already exists. */
export async function seedRecruiting(options: SeedOptions): Promise<SeedCounts | null> {
  const { db, size, now } = options;
  if (await isSeeded(db)) return null;
  const random = new Random(options.seed ?? 20261127);
  const inBatches = batched(db, options.batchSize ?? 500, options.concurrency ?? 1, options.onProgress);
  const start = new Date(now.getTime() - 200 * 86_400_000);

  // Employers (one owner per company; the demo employer owns the first) and candidates.
  const employerIds = Array.from({ length: size.companies }, (_, i) =>
    i === 0 && options.demo ? options.demo.employerId : random.uuidV7(start),
  );
  const candidateIds = Array.from({ length: size.candidates }, () => random.uuidV7(start));
  const newUsers = [
    ...employerIds
      .map((id) => ({ id, role: 'employer' as const }))
      .filter((u) => u.id !== options.demo?.employerId),
    ...candidateIds.map((id) => ({ id, role: 'jobseeker' as const })),
  ];
  await inBatches(
    'users',
    newUsers,
    (user, i) =>
      unwrap(
        registerUser(
          {
            id: user.id,
            ...personPlan(random, i, SEED_EMAIL_DOMAIN),
            role: user.role,
            passwordHash: options.passwordHash,
          },
          { now: start },
        ),
      ).state,
    async (tx, user) => {
      if ((await new KyselyUserRepository(tx).insert(user)) !== 'inserted')
        throw new Error(`Seed user ${user.email} exists already`);
    },
  );

  const companies: SeededCompany[] = Array.from({ length: size.companies }, (_, i) => {
    const plan = companyPlan(random, i);
    const at = new Date(start.getTime() + random.int(0, 60) * 86_400_000);
    const ownerId = employerIds[i]!;
    const company = unwrap(
      createCompany({ id: random.uuidV7(at), ownerId, profile: plan.profile }, { now: at }),
    );
    return { plan, company: company.state, ownerId };
  });
  await inBatches(
    'companies',
    companies,
    (c) => c.company,
    async (tx, company) => {
      if ((await new KyselyCompanyRepository(tx).insert(company)) !== 'inserted')
        throw new Error(`Seed company ${company.slug} exists already`);
    },
  );
  const demoCompany = options.demo ? companies[0] : undefined;

  // Jobs, each with its applications in the same transaction. The demo company gets a fixed mix.
  const perJob = size.applications / Math.max(1, size.jobs * 0.93);
  const learnerTargets: { job: Job; employerId: string }[] = [];
  let applications = 0;
  await inBatches(
    'jobs',
    Array.from({ length: size.jobs }, (_, i) => i),
    (i) => {
      const demoJob = demoCompany !== undefined && i < DEMO_JOB_STATUSES.length;
      const owner = demoJob ? demoCompany : companies[random.int(0, companies.length - 1)]!;
      const plan = jobPlan(random, owner.plan, now, demoJob ? DEMO_JOB_STATUSES[i] : undefined);
      const { job, openVersion } = buildJob(random, owner.company.id, plan);
      if (!openVersion) return { job, apps: [] };
      if (
        options.demo &&
        !demoJob &&
        job.status === 'open' &&
        learnerTargets.length < DEMO_LEARNER_OUTCOMES.length
      )
        learnerTargets.push({ job, employerId: owner.ownerId });
      const mean = random.next() * 2 * perJob;
      // Fewer applications than jobs at scale: the fraction becomes a chance of one more.
      const count = demoJob ? random.int(6, 9) : Math.floor(mean) + (random.chance(mean % 1) ? 1 : 0);
      const until = job.status === 'closed' ? job.closedAt : now;
      const apps = random
        .sample(candidateIds, count)
        .map((candidateId) =>
          buildApplication(
            random,
            openVersion,
            candidateId,
            owner.ownerId,
            applicationOutcome(random),
            until,
          ),
        );
      return { job, apps };
    },
    async (tx, { job, apps }) => {
      await new KyselyJobRepository(tx).insert(job);
      const repo = new KyselyJobApplicationRepository(tx);
      for (const app of apps) {
        if ((await repo.insert(app)) !== 'inserted')
          throw new Error(`Seed application ${app.id} is a duplicate`);
        applications += 1;
      }
    },
  );

  // The demo jobseeker's own applications, to open jobs of other companies.
  if (options.demo) {
    const { jobseekerId } = options.demo;
    await inBatches(
      'demo applications',
      learnerTargets,
      ({ job, employerId }, i) =>
        buildApplication(random, job, jobseekerId, employerId, DEMO_LEARNER_OUTCOMES[i]!, now),
      async (tx, app) => {
        if ((await new KyselyJobApplicationRepository(tx).insert(app)) !== 'inserted')
          throw new Error('The demo jobseeker already applied');
        applications += 1;
      },
    );
  }
  return { users: newUsers.length, companies: companies.length, jobs: size.jobs, applications };
}

const DEMO_JOB_STATUSES: JobPlan['status'][] = ['open', 'open', 'open', 'open', 'open', 'draft', 'closed'];
const DEMO_LEARNER_OUTCOMES: ApplicationOutcome[] = [
  { kind: 'active', stage: 'applied' },
  { kind: 'active', stage: 'screening' },
  { kind: 'active', stage: 'interview' },
  { kind: 'rejected', stage: 'assessment', by: 'employer', reason: 'We went ahead with another candidate.' },
];

/** The job in its final state, and the open state candidates applied to (null for a draft). */
function buildJob(random: Random, companyId: string, plan: JobPlan): { job: Job; openVersion: Job | null } {
  const draft = unwrap(
    createJob(
      { id: random.uuidV7(plan.createdAt), companyId, posting: plan.posting, publish: false },
      { now: plan.createdAt },
    ),
  ).state;
  if (plan.status === 'draft' || !plan.openedAt) return { job: draft, openVersion: null };
  const open = unwrap(openJob(draft, { now: plan.openedAt })).state;
  if (plan.status === 'open' || !plan.closedAt) return { job: open, openVersion: open };
  return { job: unwrap(closeJob(open, { now: plan.closedAt })).state, openVersion: open };
}

/** Walks the domain commands from submission to the outcome, at increasing times before `until`. */
function buildApplication(
  random: Random,
  job: Job,
  candidateId: string,
  employerId: string,
  outcome: ApplicationOutcome,
  until: Date,
): JobApplication {
  const employer = { id: employerId, role: 'employer' as const };
  const candidate = { id: candidateId, role: 'candidate' as const };
  const target = outcome.kind === 'hired' ? 'offer' : outcome.stage;
  const stages = stagesUpTo(target);
  const steps =
    2 + stages.length + (outcome.kind === 'active' ? 0 : 1) + (outcome.kind === 'unrejected' ? 1 : 0);
  const times = timesBetween(random, job.openedAt!, until, steps);
  let t = 0;
  const ctx = () => {
    const now = times[t++]!;
    return { now, transitionId: random.uuidV7(now) };
  };
  const first = ctx();
  let app = unwrap(
    submitApplication(
      job,
      {
        id: random.uuidV7(first.now),
        candidateId,
        coverLetter: coverLetter(random),
        resumeUrl: resumeUrl(random),
      },
      first,
    ),
  ).state;
  app = unwrap(markViewed(app, employerId, ctx())).state;
  for (const stage of stages) app = unwrap(moveToStage(app, employer, stage, ctx())).state;
  switch (outcome.kind) {
    case 'active':
      return app;
    case 'hired':
      return unwrap(hireApplicant(app, employer, ctx())).state;
    case 'withdrawn':
      return unwrap(withdrawApplication(app, candidate, ctx())).state;
    case 'rejected':
      return unwrap(
        rejectApplication(app, outcome.by === 'employer' ? employer : candidate, outcome.reason, ctx()),
      ).state;
    case 'unrejected':
      app = unwrap(rejectApplication(app, employer, outcome.reason, ctx())).state;
      return unwrap(unrejectApplication(app, employer, ctx())).state;
  }
}

const resumeUrl = (random: Random): string | null =>
  random.chance(0.7) ? `https://cv.example.com/${random.uuidV7(new Date(0)).slice(-12)}.pdf` : null;

/** Seed inputs are generated to be valid: a refusal is a bug in the generator, so it throws. */
function unwrap<T>(result: { isErr(): boolean; _unsafeUnwrap(): T; _unsafeUnwrapErr(): unknown }): T {
  if (result.isErr()) throw new Error(`Seed data refused: ${JSON.stringify(result._unsafeUnwrapErr())}`);
  return result._unsafeUnwrap();
}

/**
 * Writes `items` `batchSize` per transaction, up to `concurrency` transactions at once. Each batch
 * is built (all PRNG draws) synchronously when it is handed out, in item order, so the data stays
 * deterministic however the writes interleave.
 */
function batched(
  db: Kysely<Database>,
  batchSize: number,
  concurrency: number,
  onProgress: SeedOptions['onProgress'],
) {
  return async <T, R>(
    what: string,
    items: readonly T[],
    build: (item: T, index: number) => R,
    write: (tx: Transaction<Database>, row: R) => Promise<void>,
  ) => {
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < items.length) {
        const from = next;
        const rows = items.slice(from, from + batchSize).map((item, i) => build(item, from + i));
        next += rows.length;
        await db.transaction().execute(async (tx) => {
          for (const row of rows) await write(tx, row);
        });
        done += rows.length;
        onProgress?.(what, done, items.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  };
}
