import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { ManualClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission } from '../../packages/adapters/src/contracts/challenge-fixtures';
import { aUser, committed } from '../../packages/adapters/src/contracts/contract-fixtures';
import {
  aCourse,
  anEnrollment,
  completing,
  lessonIds,
  minutes,
} from '../../packages/adapters/src/contracts/learning-fixtures';
import { createTestDatabase, hasPostgres, type TestDatabase } from '../testing/services';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe.skipIf(!hasPostgres())('pnpm evidence:rebuild', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('derives evidence from completed courses, certificates and accepted submissions, replacing what was stored', async () => {
    const { db } = database.handle;
    const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: new ManualClock() });
    const [author, learner] = [aUser({ name: 'Ines' }), aUser({ name: 'Lena' })];
    const course = aCourse(author.id, { skills: ['sql', 'postgresql'], skillLevel: 'intermediate' });
    const done = completing(anEnrollment(course, learner.id), course, lessonIds(course), minutes(5));
    const challenge = aChallenge(author.id, {
      skills: ['typescript'],
      skillLevel: 'advanced',
      difficulty: 'hard',
    });
    const accepted = aJudgedSubmission(challenge, learner.id, minutes(6));
    const rejected = aJudgedSubmission(challenge, learner.id, minutes(7), { verdict: 'WRONG_ANSWER' });
    const stranger = {
      user_id: learner.id,
      id: 'challenge-passed:stale:cobol',
      skill: 'cobol',
      level: 'expert' as const,
      kind: 'challenge-passed' as const,
      source_id: null,
      source_title: 'Gone',
      link: null,
      difficulty: null,
      occurred_at: minutes(1),
    };
    await committed(uow, async (scope) => {
      for (const user of [author, learner]) await scope.users.insert(user);
      await scope.courses.insert(course);
      await scope.enrollments.insert(done);
      await scope.challenges.insert(challenge);
      await scope.submissions.insert(accepted);
      await scope.submissions.insert(rejected);
    });
    await db.insertInto('skill_evidence').values(stranger).execute();

    const run = () =>
      promisify(execFile)('pnpm', ['--silent', 'evidence:rebuild'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url },
      });
    const { stdout } = await run();
    expect(stdout).toContain('Skill evidence rebuilt: 5 pieces from 3 completions');
    await run();

    const rows = await db
      .selectFrom('skill_evidence')
      .select(['kind', 'skill', 'level', 'difficulty', 'link', 'occurred_at'])
      .where('user_id', '=', learner.id)
      .orderBy('kind')
      .orderBy('skill')
      .execute();
    const code = done.status === 'completed' ? done.certificate.verificationCode : '';
    expect(rows).toEqual([
      {
        kind: 'certificate',
        skill: 'postgresql',
        level: 'intermediate',
        difficulty: null,
        link: `/certificates/${code}`,
        occurred_at: minutes(5),
      },
      {
        kind: 'certificate',
        skill: 'sql',
        level: 'intermediate',
        difficulty: null,
        link: `/certificates/${code}`,
        occurred_at: minutes(5),
      },
      {
        kind: 'challenge-passed',
        skill: 'typescript',
        level: 'advanced',
        difficulty: 'hard',
        link: `/challenges/${challenge.id}`,
        occurred_at: minutes(6),
      },
      {
        kind: 'course-completed',
        skill: 'postgresql',
        level: 'intermediate',
        difficulty: null,
        link: `/courses/${course.id}`,
        occurred_at: minutes(5),
      },
      {
        kind: 'course-completed',
        skill: 'sql',
        level: 'intermediate',
        difficulty: null,
        link: `/courses/${course.id}`,
        occurred_at: minutes(5),
      },
    ]);
  });
});
