import { KyselyUserRepository } from '@talentsphere/adapters/identity';
import type { DatabaseHandle } from '@talentsphere/adapters/persistence';
import { registerUser } from '@talentsphere/domain/identity';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase } from '../../../../tools/testing/services';
import { DEFAULT_SIZE, seedRecruiting } from './seed-recruiting';

const now = new Date('2026-11-27T12:00:00Z');

describe('seedRecruiting on PGlite (the embedded default)', () => {
  let database: DatabaseHandle;
  const demo = {
    employerId: '0190a000-0000-7000-8000-000000000001',
    jobseekerId: '0190a000-0000-7000-8000-000000000002',
  };

  beforeAll(async () => {
    database = await createPgliteDatabase();
    for (const [id, email, role] of [
      [demo.employerId, 'employer@talentsphere.dev', 'employer'],
      [demo.jobseekerId, 'learner@talentsphere.dev', 'jobseeker'],
    ] as const) {
      const user = registerUser(
        { id, email, name: 'Demo', role, passwordHash: 'x' },
        { now },
      )._unsafeUnwrap();
      await new KyselyUserRepository(database.db).insert(user.state);
    }
  });
  afterAll(() => database.close());

  const count = async (table: 'users' | 'companies' | 'jobs' | 'job_applications' | 'outbox') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('Given an empty database, When seeding the default size, Then every status, stage and the demo accounts are covered', async () => {
    const counts = await seedRecruiting({
      db: database.db,
      passwordHash: 'hash',
      size: DEFAULT_SIZE,
      now,
      demo,
    });
    expect(counts).toMatchObject({ companies: DEFAULT_SIZE.companies, jobs: DEFAULT_SIZE.jobs });
    expect(await count('jobs')).toBe(DEFAULT_SIZE.jobs);
    expect(await count('outbox')).toBe(0);

    const jobStatuses = await database.db.selectFrom('jobs').select('status').distinct().execute();
    expect(jobStatuses.map((r) => r.status).sort()).toEqual(['closed', 'draft', 'open']);
    const apps = await database.db
      .selectFrom('job_applications')
      .select(['status', 'stage'])
      .distinct()
      .execute();
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(['active', 'hired', 'rejected', 'withdrawn']));
    expect(new Set(apps.filter((a) => a.status === 'active').map((a) => a.stage))).toEqual(
      new Set(['applied', 'screening', 'assessment', 'interview', 'offer']),
    );

    const employerStages = await database.db
      .selectFrom('job_applications as a')
      .innerJoin('company_members as m', 'm.company_id', 'a.company_id')
      .where('m.user_id', '=', demo.employerId)
      .select('a.stage')
      .distinct()
      .execute();
    expect(employerStages.length).toBeGreaterThanOrEqual(3);
    const learnerApps = await database.db
      .selectFrom('job_applications')
      .where('candidate_id', '=', demo.jobseekerId)
      .select('id')
      .execute();
    expect(learnerApps).toHaveLength(4);

    // Every application's timeline starts with its submission and ends in its current state.
    const broken = await sql<{ id: string }>`
      SELECT a.id FROM job_applications a
      WHERE (SELECT t.kind FROM application_transitions t WHERE t.application_id = a.id ORDER BY t.at, t.id LIMIT 1) <> 'submitted'
         OR (SELECT t.to_status FROM application_transitions t WHERE t.application_id = a.id ORDER BY t.at DESC, t.id DESC LIMIT 1) <> a.status`.execute(
      database.db,
    );
    expect(broken.rows).toEqual([]);
  });

  it('Given a seeded database, When seeding again, Then nothing is added', async () => {
    const before = await Promise.all([count('users'), count('jobs'), count('job_applications')]);
    expect(
      await seedRecruiting({ db: database.db, passwordHash: 'hash', size: DEFAULT_SIZE, now, demo }),
    ).toBeNull();
    expect(await Promise.all([count('users'), count('jobs'), count('job_applications')])).toEqual(before);
  });
});
