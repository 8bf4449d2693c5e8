import { randomUUID } from 'node:crypto';
import type { GamificationQueries } from '@talentsphere/application/engagement';
import type { UnitOfWork } from '@talentsphere/application/shared';
import {
  type ActivityFact,
  awardActivity,
  type BadgeId,
  type LedgerEntry,
} from '@talentsphere/domain/engagement';
import { emptyProfile } from '@talentsphere/domain/profile';
import { describe, expect, it } from 'vitest';
import { aUser, committed } from './contract-fixtures';

/**
 * What the gamification repository (inside a transaction) and its queries do on every engine. The
 * database is shared between tests: each uses fresh users and filters totals to them.
 */
export function gamificationContract(
  name: string,
  make: () => Promise<{ uow: UnitOfWork; queries: GamificationQueries }>,
): void {
  const at = (iso: string) => new Date(iso);
  const fact = (
    userId: string,
    activity: ActivityFact['activity'],
    iso = '2026-11-27T10:00:00Z',
  ): ActivityFact => ({
    eventId: randomUUID(),
    userId,
    occurredAt: at(iso),
    activity,
  });
  const line = (f: ActivityFact, points: number): LedgerEntry => ({
    userId: f.userId,
    ruleId: f.activity.kind,
    subject: f.activity.kind === 'lesson-completed' ? f.activity.lessonId : 'account',
    points,
    eventId: f.eventId,
    awardedAt: f.occurredAt,
  });

  async function user(uow: UnitOfWork, name = 'Ada Lovelace'): Promise<string> {
    const u = aUser({ name });
    await committed(uow, (s) => s.users.insert(u));
    return u.id;
  }

  /** What the awarding handler does: lock, decide, save, in one transaction. */
  const award = (uow: UnitOfWork, f: ActivityFact) =>
    committed(uow, async (s) => {
      const player = await s.gamification.lockPlayer(f);
      if (!player) return null;
      const outcome = awardActivity(player.state, f, player.context);
      if (outcome.entry)
        await s.gamification.saveAward({
          userId: f.userId,
          entry: outcome.entry,
          newBadges: outcome.newBadges,
          level: outcome.state.level,
          at: f.occurredAt,
        });
      return outcome;
    });

  describe(`Gamification contract: ${name}`, () => {
    it('knows nobody it has no user for, and starts a new person at level 1 with nothing', async () => {
      const { uow, queries } = await make();
      const ghost = fact(randomUUID(), { kind: 'signed-up' });
      expect(await committed(uow, (s) => s.gamification.lockPlayer(ghost))).toBeNull();
      expect(await queries.summary(ghost.userId)).toBeNull();

      const id = await user(uow);
      expect(await committed(uow, (s) => s.gamification.lockPlayer(fact(id, { kind: 'signed-up' })))).toEqual(
        {
          state: { userId: id, points: 0, level: 1, badges: [], ruleCounts: {}, learningDays: [] },
          context: { alreadyAwarded: false, pointsInWindow: 0 },
        },
      );
      expect(await queries.summary(id)).toEqual({ points: 0, level: 1, badges: [] });
    });

    it('reads back points, counts, badges, level and the learning days around the fact', async () => {
      const { uow, queries } = await make();
      const id = await user(uow);
      const lesson = (n: number, iso: string) =>
        fact(id, { kind: 'lesson-completed', lessonId: `l-${n}` }, iso);
      const entries = [
        [lesson(1, '2026-11-20T23:59:59Z'), 10],
        [lesson(2, '2026-11-27T00:00:00Z'), 10],
        [lesson(3, '2026-11-27T23:00:00Z'), 0],
        [lesson(4, '2026-12-10T00:00:00Z'), 10],
        [lesson(5, '2026-11-21T00:00:00Z'), 10],
        [fact(id, { kind: 'signed-up' }, '2026-11-26T08:00:00Z'), 50],
      ] as const;
      for (const [f, points] of entries)
        await committed(uow, (s) =>
          s.gamification.saveAward({
            userId: id,
            entry: line(f, points),
            newBadges: [],
            level: 1,
            at: f.occurredAt,
          }),
        );
      await committed(uow, (s) =>
        s.gamification.saveAward({
          userId: id,
          entry: null,
          newBadges: ['first-course', 'streak-7'] as BadgeId[],
          level: 3,
          at: at('2026-11-27T12:00:00Z'),
        }),
      );
      // A lower level never replaces a higher one; a badge held stays as first earned.
      await committed(uow, (s) =>
        s.gamification.saveAward({
          userId: id,
          entry: null,
          newBadges: ['first-course'] as BadgeId[],
          level: 2,
          at: at('2026-11-28T12:00:00Z'),
        }),
      );

      const probe = lesson(3, '2026-11-27T12:00:00Z');
      const locked = await committed(uow, (s) => s.gamification.lockPlayer(probe));
      expect(locked).toEqual({
        state: {
          userId: id,
          points: 90,
          level: 3,
          badges: ['first-course', 'streak-7'],
          ruleCounts: { 'lesson-completed': 5, 'signed-up': 1 },
          // Within 6 days either side of the 27th, learning rules only: not the 10th of December.
          learningDays: ['2026-11-21', '2026-11-27'],
        },
        context: { alreadyAwarded: true, pointsInWindow: 10 },
      });
      expect(await queries.summary(id)).toEqual({
        points: 90,
        level: 3,
        badges: [
          { id: 'first-course', earnedAt: '2026-11-27T12:00:00.000Z' },
          { id: 'streak-7', earnedAt: '2026-11-27T12:00:00.000Z' },
        ],
      });
      expect(await committed(uow, (s) => s.gamification.pointsOf(id))).toBe(90);
      expect(
        await committed(uow, (s) =>
          s.gamification.pointsOf(id, { from: at('2026-11-27T00:00:00Z'), to: at('2026-11-28T00:00:00Z') }),
        ),
      ).toBe(10);
      const byEvent = { ...lesson(9, '2026-11-27T12:00:00Z'), eventId: entries[0][0].eventId };
      expect((await committed(uow, (s) => s.gamification.lockPlayer(byEvent)))?.context.alreadyAwarded).toBe(
        true,
      );
    });

    it('refuses a second line for the same (user, rule, subject)', async () => {
      const { uow } = await make();
      const id = await user(uow);
      const f = fact(id, { kind: 'signed-up' });
      const save = (entry: LedgerEntry) =>
        committed(uow, (s) =>
          s.gamification.saveAward({ userId: id, entry, newBadges: [], level: 1, at: f.occurredAt }),
        );
      await save(line(f, 50));
      await expect(save({ ...line(f, 50), eventId: randomUUID() })).rejects.toThrow();
      expect(await committed(uow, (s) => s.gamification.pointsOf(id))).toBe(50);
    });

    it('answers that a person who keeps their name off public leaderboards does not show it', async () => {
      const { uow, queries } = await make();
      const [ann, bob] = [await user(uow, 'Ann'), await user(uow, 'Bob')];
      await committed(uow, async (scope) => {
        const profile = emptyProfile(ann, at('2026-11-27T10:00:00Z'));
        await scope.profiles.save({
          ...profile,
          visibility: { ...profile.visibility, leaderboards: 'private' },
        });
        // Bob's profile shows his name, like having none.
        await scope.profiles.save(emptyProfile(bob, at('2026-11-27T10:00:00Z')));
      });
      const shows = new Map((await queries.names([ann, bob])).map((n) => [n.userId, n.showsName]));
      expect(Object.fromEntries(shows)).toEqual({ [ann]: false, [bob]: true });
    });

    it('runs concurrent awards for one person one at a time, so a daily cap holds', async () => {
      const { uow } = await make();
      const id = await user(uow);
      const lessons = Array.from({ length: 8 }, (_, n) =>
        fact(id, { kind: 'lesson-completed', lessonId: `l-${n}` }, `2026-11-27T0${n}:00:00Z`),
      );
      await Promise.all(lessons.map((f) => award(uow, f)));
      expect(await committed(uow, (s) => s.gamification.pointsOf(id))).toBe(50);
    });

    it('answers names with levels and totals per person, in a window, leaving out those with no points', async () => {
      const { uow, queries } = await make();
      const [ann, bob, cat] = [await user(uow, 'Ann'), await user(uow, 'Bob'), await user(uow, 'Cat')];
      await award(
        uow,
        fact(
          ann,
          { kind: 'challenge-solved', challengeId: 'c1', difficulty: 'hard' },
          '2026-11-23T00:00:00Z',
        ),
      );
      await award(uow, fact(ann, { kind: 'signed-up' }, '2026-11-22T23:59:59Z'));
      await award(uow, fact(bob, { kind: 'course-completed', courseId: 'k1' }, '2026-11-29T23:59:59Z'));
      expect(await queries.names([ann, bob, randomUUID()])).toEqual(
        expect.arrayContaining([
          { userId: ann, name: 'Ann', level: 2, showsName: true },
          { userId: bob, name: 'Bob', level: 2, showsName: true },
        ]),
      );
      expect((await queries.names([ann, bob, randomUUID()])).length).toBe(2);
      const mine = (rows: { userId: string; points: number }[]) =>
        rows.filter((r) => [ann, bob, cat].includes(r.userId)).sort((a, b) => b.points - a.points);
      expect(mine(await queries.totals())).toEqual([
        { userId: ann, points: 150 },
        { userId: bob, points: 100 },
      ]);
      const week = { from: at('2026-11-23T00:00:00Z'), to: at('2026-11-30T00:00:00Z') };
      expect(mine(await queries.totals(week))).toEqual([
        { userId: ann, points: 100 },
        { userId: bob, points: 100 },
      ]);
    });
  });
}
