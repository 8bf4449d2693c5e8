import { GamificationTestbed } from '@talentsphere/adapters/in-memory';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../events/envelope';

const ids = (n: number) => Array.from({ length: n }, () => uuidV7Ids.next());
const LESSONS = ids(8);
const COURSES = ids(3);
const JOBS = ids(5);

type Step =
  | { kind: 'registered'; user: number }
  | { kind: 'approved'; user: number; challenge: number }
  | { kind: 'lesson'; user: number; lesson: number }
  | { kind: 'course'; user: number; course: number }
  | { kind: 'applied'; user: number; job: number };

const user = fc.nat(2);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('registered' as const), user }),
  fc.record({ kind: fc.constant('approved' as const), user, challenge: fc.nat(3) }),
  fc.record({ kind: fc.constant('lesson' as const), user, lesson: fc.nat(LESSONS.length - 1) }),
  fc.record({ kind: fc.constant('course' as const), user, course: fc.nat(COURSES.length - 1) }),
  fc.record({ kind: fc.constant('applied' as const), user, job: fc.nat(JOBS.length - 1) }),
);
// Over 10 days, so caps, weeks and streaks come into play.
const steps = fc.array(fc.tuple(step, fc.nat(10 * 24 - 1)), { maxLength: 40 });

/** A world of three users and four challenges, and the source events of `plan` (ids fixed once). */
function world(plan: ReadonlyArray<[Step, number]>) {
  const bed = new GamificationTestbed();
  const users = [bed.user('Ann'), bed.user('Bob'), bed.user('Cat')];
  const challenges = (['easy', 'medium', 'hard', 'easy'] as const).map((d) => bed.challenge(d));
  const events = plan.map(([s, hour]) => sourceEvent(s, new Date(Date.UTC(2026, 10, 20, hour))));
  return { bed, users, events };

  function sourceEvent(s: Step, at: Date): EventEnvelope {
    const u = users[s.user]!;
    const enrollment = { enrollmentId: uuidV7Ids.next(), userId: u.userId, courseId: COURSES[0]! };
    switch (s.kind) {
      case 'registered':
        return bed.event(
          'auth.user.registered',
          { userId: u.userId, email: u.email, name: u.name, role: 'jobseeker' },
          at,
        );
      case 'approved':
        return bed.approved(u, challenges[s.challenge]!, at);
      case 'lesson':
        return bed.event('lms.lesson.completed', { ...enrollment, lessonId: LESSONS[s.lesson]! }, at);
      case 'course':
        return bed.event(
          'lms.course.completed',
          { ...enrollment, courseId: COURSES[s.course]!, completionDate: at.toISOString() },
          at,
        );
      case 'applied':
        return bed.event(
          'jobs.application.submitted',
          {
            applicationId: uuidV7Ids.next(),
            jobId: JOBS[s.job]!,
            companyId: uuidV7Ids.next(),
            candidateId: u.userId,
          },
          at,
        );
    }
  }
}

async function standings(bed: GamificationTestbed, userIds: readonly string[]) {
  return Promise.all(userIds.map((id) => bed.queries.summary(id)));
}

describe('gamification handler properties (in-memory)', () => {
  it('replaying every event again changes no points, badges, levels, ledger or announcements', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const { bed, users, events } = world(plan);
        const userIds = users.map((u) => u.userId);
        for (const e of events) await bed.handle(e);
        const once = {
          standings: await standings(bed, userIds),
          ledger: bed.db.tables.gamificationLedger.length,
          outbox: bed.db.tables.outbox.length,
        };
        for (const e of events) await bed.handle(e);
        expect({
          standings: await standings(bed, userIds),
          ledger: bed.db.tables.gamificationLedger.length,
          outbox: bed.db.tables.outbox.length,
        }).toEqual(once);
      }),
      { numRuns: 25 },
    );
  });

  it('points equal the ledger and the all-time board, and levels never go down along the way', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const { bed, users, events } = world(plan);
        const levels = new Map<string, number>();
        for (const e of events) {
          await bed.handle(e);
          for (const u of users) {
            const level = (await bed.queries.summary(u.userId))!.level;
            expect(level).toBeGreaterThanOrEqual(levels.get(u.userId) ?? 1);
            levels.set(u.userId, level);
          }
        }
        await bed.settleLeaderboards();
        const board = new Map((await bed.leaderboards.top('all-time', 10)).map((s) => [s.userId, s.score]));
        for (const u of users) {
          const ledger = bed.db.tables.gamificationLedger
            .filter((e) => e.userId === u.userId)
            .reduce((sum, e) => sum + e.points, 0);
          const summary = (await bed.queries.summary(u.userId))!;
          expect(summary.points).toBe(ledger);
          expect(board.get(u.userId) ?? 0).toBe(ledger);
        }
      }),
      { numRuns: 25 },
    );
  });
});
