import type { Database } from '@talentsphere/adapters/persistence';
import type { CreateAdmin, RegisterUser } from '@talentsphere/application/identity';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

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
] as const;

/** Seeds the demo accounts on first start (an empty users table); later starts change nothing. */
export async function seedDemoData(
  deps: { db: Kysely<Database>; createAdmin: CreateAdmin; registerUser: RegisterUser },
  logger: Logger,
): Promise<boolean> {
  const existing = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const ctx = { correlationId: 'demo-seed', ipAddress: '127.0.0.1' };
  for (const account of DEMO_ACCOUNTS) {
    const result =
      account.role === 'admin'
        ? await deps.createAdmin.execute(account, ctx.correlationId)
        : await deps.registerUser.execute({ ...account, role: account.role }, ctx);
    if (result.isErr()) throw new Error(`Demo seed failed for ${account.email}: ${result.error.message}`);
  }
  logger.info({ accounts: DEMO_ACCOUNTS.length }, 'demo data seeded');
  return true;
}
