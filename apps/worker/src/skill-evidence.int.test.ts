import { PgNotifyOutboxSignal } from '@talentsphere/adapters/messaging';
import { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { recordSkillEvidence } from '@talentsphere/application/profile';
import { ResultAsync } from 'neverthrow';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission } from '../../../packages/adapters/src/contracts/challenge-fixtures';
import {
  aCourse,
  anEnrollment,
  completing,
  lessonIds,
  minutes,
} from '../../../packages/adapters/src/contracts/learning-fixtures';
import {
  deleteTestTopology,
  registerLikeWrite,
  waitFor,
} from '../../../packages/adapters/src/messaging/messaging.testing';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { createWorker, type Worker } from './create-worker';

const logger = pino({ level: 'silent' });

describe.skipIf(!hasPostgres() || !hasRabbit())(
  'skill evidence through the real worker: outbox → RabbitMQ → skill-evidence consumer → skill_evidence',
  () => {
    const suffix = uuidV7Ids.next().slice(-8);
    const messaging = {
      exchange: `test.events.${suffix}`,
      queuePrefix: `test.${suffix}.`,
      retryDelaysMs: [200, 400, 800],
    };
    let database: TestDatabase;
    let worker: Worker;
    let apiSignal: PgNotifyOutboxSignal;
    let uow: KyselyUnitOfWork;

    beforeAll(async () => {
      database = await createTestDatabase({ poolSize: 8 });
      worker = createWorker({
        database: database.handle,
        mode: 'full',
        amqpUrl: serviceUrl('rabbitmq')!,
        logger,
        messaging,
        handlers: [recordSkillEvidence],
        relay: { pollIntervalMs: 250 },
      });
      await worker.start();
      apiSignal = new PgNotifyOutboxSignal(database.handle.pool!, logger);
      uow = new KyselyUnitOfWork(database.handle.db, {
        ids: uuidV7Ids,
        clock: systemClock,
        onEventsCommitted: () => apiSignal.notify(),
      });
    });
    afterAll(async () => {
      await apiSignal?.flush();
      await worker?.stop();
      await deleteTestTopology(serviceUrl('rabbitmq')!, { ...messaging, consumers: ['skill-evidence'] });
      await database?.drop();
    });

    const evidenceOf = (userId: string) =>
      database.handle.db
        .selectFrom('skill_evidence')
        .select(['kind', 'skill', 'level', 'difficulty', 'link'])
        .where('user_id', '=', userId)
        .orderBy('kind')
        .orderBy('skill')
        .execute();

    it('a completed course and an accepted submission become evidence exactly once, through redeliveries', async () => {
      const author = await registerLikeWrite(uow, 'Grace Author');
      const learner = await registerLikeWrite(uow, 'Linus Learner');
      const course = aCourse(author, { skills: ['sql'], skillLevel: 'intermediate' });
      const done = completing(anEnrollment(course, learner), course, lessonIds(course), minutes(5));
      const challenge = aChallenge(author, {
        skills: ['typescript'],
        skillLevel: 'advanced',
        difficulty: 'hard',
      });
      const accepted = aJudgedSubmission(challenge, learner, minutes(6));
      if (done.status !== 'completed') throw new Error('the fixture should complete the course');
      const ids = { enrollmentId: done.id, userId: learner, courseId: course.id };
      // What the learning and grading use cases commit: the rows and their events, together.
      const committed = await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(
            (async () => {
              await scope.courses.insert(course);
              await scope.enrollments.insert(done);
              await scope.challenges.insert(challenge);
              await scope.submissions.insert(accepted);
              scope.events.record(
                { type: 'lms.course.completed', data: { ...ids, completionDate: minutes(5).toISOString() } },
                {
                  type: 'lms.certificate.issued',
                  data: {
                    ...ids,
                    certificateId: done.certificate.id,
                    verificationCode: done.certificate.verificationCode,
                  },
                },
                {
                  type: 'challenges.approved',
                  data: {
                    submissionId: accepted.id,
                    challengeId: challenge.id,
                    userId: learner,
                    verdict: 'ACCEPTED',
                    passed: 3,
                    total: 3,
                    timeMs: 10,
                    memoryBytes: 1_048_576,
                  },
                },
              );
            })(),
          ),
        { correlationId: `corr-${suffix}` },
      );
      committed._unsafeUnwrap();

      const expected = [
        {
          kind: 'certificate',
          skill: 'sql',
          level: 'intermediate',
          difficulty: null,
          link: `/certificates/${done.certificate.verificationCode}`,
        },
        {
          kind: 'challenge-passed',
          skill: 'typescript',
          level: 'advanced',
          difficulty: 'hard',
          link: `/challenges/${challenge.id}`,
        },
        {
          kind: 'course-completed',
          skill: 'sql',
          level: 'intermediate',
          difficulty: null,
          link: `/courses/${course.id}`,
        },
      ];
      await waitFor(async () => (await evidenceOf(learner)).length === 3, 20_000);

      // Redelivery: every outbox row goes out again with its message id.
      await database.handle.db.updateTable('outbox').set({ published_at: null }).execute();
      apiSignal.notify();
      await waitFor(async () => {
        const pending = await database.handle.db
          .selectFrom('outbox')
          .select('id')
          .where('published_at', 'is', null)
          .execute();
        return pending.length === 0;
      }, 20_000);
      await waitFor(async () => {
        const inbox = await database.handle.db
          .selectFrom('inbox')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('consumer', '=', 'skill-evidence')
          .executeTakeFirstOrThrow();
        return Number(inbox.n) === 3;
      }, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await evidenceOf(learner)).toEqual(expected);
    });
  },
);
