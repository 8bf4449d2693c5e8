import { Argon2PasswordHasher } from '@talentsphere/adapters/identity';
import type { OutboxSignal } from '@talentsphere/adapters/messaging';
import type { Database } from '@talentsphere/adapters/persistence';
import type { CreateAdmin, RegisterUser } from '@talentsphere/application/identity';
import type { LearningServices } from '@talentsphere/application/learning';
import type { Cache } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { backfillSeededRecruitingAnalytics, seedLearningHistory } from './seed/seed-analytics-history';
import { type ChallengeSeedDeps, seedChallenges } from './seed/seed-challenges';
// The seed generator lives with the tools (it also fills benchmark databases); the embedded
// default runs its default size.
import { seedLearning } from './seed/seed-learning';
import { DEFAULT_SIZE, isSeeded, SEED_USER_PASSWORD, seedRecruiting } from './seed/seed-recruiting';

/** The demo accounts of the embedded mode; also listed in the README. */
export const DEMO_ACCOUNTS = [
  { role: 'admin', email: 'admin@talentsphere.dev', password: 'demo-operator-2026', name: 'Ada Admin' },
  {
    role: 'jobseeker',
    email: 'learner@talentsphere.dev',
    password: 'demo-jobseeker-2026',
    name: 'Lena Learner',
  },
  {
    role: 'employer',
    email: 'employer@talentsphere.dev',
    password: 'demo-hiring-2026',
    name: 'Erik Employer',
  },
  {
    role: 'instructor',
    email: 'instructor@talentsphere.dev',
    password: 'demo-teaching-2026',
    name: 'Ines Instructor',
  },
] as const;

/**
 * Creates each demo account that does not exist yet, so a start interrupted half-way finishes the
 * job next time; then, once, the recruiting demo data (companies, jobs, candidates, applications):
 * the demo employer owns a company with jobs and applicants, the demo jobseeker has applications;
 * and the learning and challenge demo data: the demo instructor's courses and challenges, the demo
 * jobseeker's courses and two accepted solutions.
 * Answers how many accounts were created.
 */
export async function seedDemoData(
  deps: {
    db: Kysely<Database>;
    createAdmin: CreateAdmin;
    registerUser: RegisterUser;
    learning: LearningServices;
    challengeSeed: Omit<ChallengeSeedDeps, 'db'>;
  },
  logger: Logger,
): Promise<number> {
  const ctx = { correlationId: 'demo-seed', ipAddress: '127.0.0.1' };
  const idOf = async (email: string) =>
    (await deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', account.email)
      .executeTakeFirst();
    if (existing) continue;
    const result =
      account.role === 'admin'
        ? await deps.createAdmin.execute(account, ctx.correlationId)
        : await deps.registerUser.execute({ ...account, role: account.role }, ctx);
    if (result.isErr()) throw new Error(`Demo seed failed for ${account.email}: ${result.error.message}`);
    created += 1;
  }
  if (created > 0) logger.info({ accounts: created }, 'demo accounts seeded');
  if (!(await isSeeded(deps.db))) {
    const counts = await seedRecruiting({
      db: deps.db,
      passwordHash: await new Argon2PasswordHasher().hash(SEED_USER_PASSWORD),
      size: DEFAULT_SIZE,
      now: new Date(),
      demo: {
        employerId: await idOf('employer@talentsphere.dev'),
        jobseekerId: await idOf('learner@talentsphere.dev'),
      },
    });
    if (counts) {
      logger.info(counts, 'recruiting demo data seeded');
      const events = await backfillSeededRecruitingAnalytics(deps.db);
      logger.info({ events }, 'analytics of the seeded recruiting data recorded');
    }
  }
  const courses = await seedLearning(deps, {
    instructor: { userId: await idOf('instructor@talentsphere.dev'), role: 'instructor' },
    learner: { userId: await idOf('learner@talentsphere.dev'), role: 'jobseeker' },
  });
  if (courses > 0) logger.info({ courses }, 'learning demo data seeded');
  const challenges = await seedChallenges(
    { db: deps.db, ...deps.challengeSeed },
    {
      instructor: { userId: await idOf('instructor@talentsphere.dev'), role: 'instructor' },
      learner: { userId: await idOf('learner@talentsphere.dev'), role: 'jobseeker' },
    },
  );
  if (challenges > 0) logger.info({ challenges }, 'challenge demo data seeded');
  return created;
}

/**
 * Six weeks of learning by seeded candidates (see seedLearningHistory). It takes a while on PGlite,
 * so it runs once the server is up, and nothing waits for it.
 */
export async function seedDemoLearningHistory(
  deps: { db: Kysely<Database>; outboxSignal: OutboxSignal; cache: Cache },
  logger: Logger,
): Promise<void> {
  const enrolments = await seedLearningHistory(
    { db: deps.db, signal: deps.outboxSignal, cache: deps.cache },
    { now: new Date() },
  );
  if (enrolments > 0) logger.info({ enrolments }, 'six weeks of demo learning seeded');
}
