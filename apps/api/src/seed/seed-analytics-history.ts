import {
  cryptoVerificationCodes,
  KyselyChallengeProgress,
  KyselyLearningQueries,
} from '@talentsphere/adapters/learning';
import type { OutboxSignal } from '@talentsphere/adapters/messaging';
import { type Database, KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { analyticsRecorder } from '@talentsphere/application/engagement';
import type { EventEnvelope } from '@talentsphere/application/events';
import { createLearningServices } from '@talentsphere/application/learning';
import type { Cache, Clock } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import { ResultAsync } from 'neverthrow';
import { Random } from './random';
import { SEED_EMAIL_DOMAIN } from './seed-recruiting';

const DAY_MS = 86_400_000;

/**
 * The recruiting seed writes its rows straight to the tables (thousands at once, at past times), so
 * no event announced them. This hands the analytics consumer what those events would have been, from
 * the rows: seeded sign-ups, and every transition of every application (submitted, moved, rejected,
 * …) at the time it happened, so the dashboard's funnel matches the employers' pipelines. Each event
 * takes the id of its row (a user, a transition), so running it twice counts nothing twice. Call it
 * only right after the recruiting seed: later applications have real events of their own.
 */
export async function backfillSeededRecruitingAnalytics(db: Kysely<Database>): Promise<number> {
  const users = await db
    .selectFrom('users')
    .select(['id', 'role', 'created_at'])
    .where('email', 'like', `%@${SEED_EMAIL_DOMAIN}`)
    .execute();
  const transitions = await db
    .selectFrom('application_transitions as t')
    .innerJoin('job_applications as a', 'a.id', 't.application_id')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select([
      't.id',
      't.kind',
      't.actor_role',
      't.from_stage',
      't.to_stage',
      't.reason',
      't.at',
      'a.id as application_id',
      'a.job_id',
      'j.company_id',
      'a.candidate_id',
    ])
    .orderBy('t.at')
    .execute();
  const envelope = (messageId: string, at: Date, eventType: string, data: unknown): EventEnvelope => ({
    messageId,
    eventType,
    version: 1,
    timestamp: new Date(at).toISOString(),
    correlationId: 'demo-seed-analytics',
    data,
  });
  const envelopes = [
    ...users.map((u) =>
      envelope(u.id, u.created_at, 'auth.user.registered', {
        userId: u.id,
        email: `${u.id}@${SEED_EMAIL_DOMAIN}`,
        name: 'Seeded user',
        role: u.role,
      }),
    ),
    ...transitions.map((t) => {
      const application = {
        applicationId: t.application_id,
        jobId: t.job_id,
        companyId: t.company_id,
        candidateId: t.candidate_id,
      };
      const decidedBy = t.actor_role;
      switch (t.kind) {
        case 'submitted':
          return envelope(t.id, t.at, 'jobs.application.submitted', application);
        case 'stage_changed':
          return envelope(t.id, t.at, 'jobs.application.stage_changed', {
            ...application,
            fromStage: t.from_stage,
            toStage: t.to_stage,
          });
        case 'rejected':
          return envelope(t.id, t.at, 'jobs.application.rejected', {
            ...application,
            reason: t.reason ?? '',
            decidedBy,
          });
        case 'unrejected':
          return envelope(t.id, t.at, 'jobs.application.unrejected', {
            ...application,
            stage: t.to_stage,
            decidedBy,
          });
        default:
          return envelope(t.id, t.at, `jobs.application.${t.kind}`, application);
      }
    }),
  ];
  const uow = new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock: { now: () => new Date() } });
  const deps = { clock: { now: () => new Date() }, ids: uuidV7Ids };
  for (let i = 0; i < envelopes.length; i += 200) {
    const batch = envelopes.slice(i, i + 200);
    const done = await uow.run(
      (scope) =>
        ResultAsync.fromSafePromise(
          (async () => {
            for (const e of batch) await analyticsRecorder.handle(e, scope, deps);
          })(),
        ),
      { correlationId: 'demo-seed-analytics' },
    );
    done._unsafeUnwrap();
  }
  return envelopes.length;
}

/** A clock the history walks forward by hand. */
class SteppedClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  set(at: Date): void {
    this.at = at;
  }
}

/**
 * Two dozen seeded candidates took free courses over the last six weeks: enrolments and lesson
 * completions through the real learning use cases on a clock set back to each day, so their events
 * (with those times) go through the outbox to every consumer like any others, and the dashboard has
 * weeks of learning to show. Challenge lessons stop a learner (they need a graded solution).
 * Answers how many enrolments it made; none when seeded learners have enrolments already.
 */
export async function seedLearningHistory(
  deps: { db: Kysely<Database>; signal: OutboxSignal; cache: Cache },
  options: { now: Date; learners?: number; days?: number; seed?: number },
): Promise<number> {
  const { db } = deps;
  const random = new Random(options.seed ?? 20261128);
  const days = options.days ?? 42;
  const candidates = await db
    .selectFrom('users')
    .select('id')
    .where('email', 'like', `%@${SEED_EMAIL_DOMAIN}`)
    .where('role', '=', 'jobseeker')
    .orderBy('id')
    .execute();
  const started = await db
    .selectFrom('enrollments')
    .select('id')
    .where(
      'user_id',
      'in',
      candidates.map((c) => c.id),
    )
    .limit(1)
    .execute();
  if (candidates.length === 0 || started.length > 0) return 0;
  const courses = await db
    .selectFrom('courses')
    .select(['id'])
    .where('status', '=', 'published')
    .where('access_tier', '=', 'free')
    .execute();
  if (courses.length === 0) return 0;

  const clock = new SteppedClock(options.now);
  const learning = createLearningServices({
    uow: new KyselyUnitOfWork(db, { ids: uuidV7Ids, clock, onEventsCommitted: () => deps.signal.notify() }),
    clock,
    ids: uuidV7Ids,
    codes: cryptoVerificationCodes,
    queries: new KyselyLearningQueries(db),
    cache: deps.cache,
    challenges: new KyselyChallengeProgress(db),
  });
  const ctx = { correlationId: 'demo-seed-history', ipAddress: '127.0.0.1' };
  // Every step of every learner, then played in time order (the outbox keeps that order).
  const steps: Array<{ at: number; kind: 'enroll' | 'lesson'; run: () => Promise<boolean> }> = [];
  const learners = random.sample(candidates, Math.min(options.learners ?? 24, candidates.length));
  for (const { id: userId } of learners) {
    const actor = { userId, role: 'jobseeker' as const };
    for (const { id: courseId } of random.sample(courses, random.int(1, 2))) {
      // Later days are busier, as a growing platform's are.
      let at = options.now.getTime() - Math.floor(days * (1 - Math.sqrt(random.next()))) * DAY_MS;
      at -= random.int(1, 8) * 3_600_000;
      const detail = await learning.getCourse.execute(null, { courseId });
      if (detail.isErr()) continue;
      const lessons = detail.value.sections.flatMap((s) => s.lessons);
      const goal = random.chance(0.35) ? lessons.length : random.int(0, lessons.length);
      let enrolled = false;
      steps.push({
        at,
        kind: 'enroll',
        run: async () => {
          enrolled = (await learning.enroll.execute(actor, { courseId }, ctx)).isOk();
          return enrolled;
        },
      });
      for (const lesson of lessons.slice(0, goal)) {
        at += random.int(2, 30) * 3_600_000;
        if (at > options.now.getTime()) break;
        if (lesson.kind === 'challenge') break;
        steps.push({
          at,
          kind: 'lesson',
          run: async () =>
            enrolled &&
            (await learning.completeLesson.execute(actor, { courseId, lessonId: lesson.id }, ctx)).isOk(),
        });
      }
    }
  }
  // Per learner and course the steps are in order already; a stable sort keeps it that way on ties.
  steps.sort((a, b) => a.at - b.at);
  let enrolments = 0;
  for (const step of steps) {
    clock.set(new Date(step.at));
    const ok = await step.run();
    if (ok && step.kind === 'enroll') enrolments += 1;
  }
  return enrolments;
}
