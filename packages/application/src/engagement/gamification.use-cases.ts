import {
  type BadgeId,
  badgeRule,
  isoWeek,
  isoWeekBounds,
  LEVEL_THRESHOLDS,
  nextLevelAt,
} from '@talentsphere/domain/engagement';
import { leaderboardIdentity } from '@talentsphere/domain/profile';
import { type AppError, notFound } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { Clock } from '../shared/ports';
import type { EarnedBadge, GamificationQueries } from './gamification-queries.port';
import { type LeaderboardPeriod, type LeaderboardStore, leaderboardBoard } from './leaderboard-store.port';

export interface BadgeView {
  readonly id: BadgeId;
  readonly name: string;
  readonly description: string;
  readonly earnedAt: string;
}

export interface MyGamification {
  readonly points: number;
  readonly level: number;
  /** Points where the current level starts and the next one begins (null at the top level). */
  readonly levelStartsAt: number;
  readonly nextLevelAt: number | null;
  readonly badges: readonly BadgeView[];
}

/**
 * A ranked player. One who keeps their name off public leaderboards keeps their rank but shows others
 * `Anonymous learner` with a null user id; they see their own row by name.
 */
export interface LeaderboardRow {
  readonly rank: number;
  readonly userId: string | null;
  readonly name: string;
  readonly level: number;
  readonly points: number;
}

export interface LeaderboardView {
  readonly period: LeaderboardPeriod;
  /** The ISO week (UTC) of a weekly board, like `2026-W48`. */
  readonly week: string | null;
  readonly rows: readonly LeaderboardRow[];
  /** The caller's own place, when signed in and on the board. */
  readonly me: { readonly rank: number; readonly points: number } | null;
}

const badgeView = (b: EarnedBadge): BadgeView => {
  const rule = badgeRule(b.id);
  return { id: b.id, name: rule.name, description: rule.description, earnedAt: b.earnedAt };
};

/** Points, levels, badges and leaderboards as people see them. */
export class GamificationService {
  constructor(
    private readonly deps: { queries: GamificationQueries; leaderboards: LeaderboardStore; clock: Clock },
  ) {}

  me(actor: Actor): ResultAsync<MyGamification, AppError> {
    return asyncResult(async () => {
      const summary = await this.deps.queries.summary(actor.userId);
      if (!summary) return err(notFound('USER_001', 'User not found'));
      return ok({
        points: summary.points,
        level: summary.level,
        levelStartsAt: LEVEL_THRESHOLDS[summary.level - 1] ?? 0,
        nextLevelAt: nextLevelAt(summary.level),
        badges: summary.badges.map(badgeView),
      });
    });
  }

  /** Anyone's badges and level: they are shown on profiles. */
  userBadges(input: {
    userId: string;
  }): ResultAsync<{ userId: string; level: number; badges: BadgeView[] }, AppError> {
    return asyncResult(async () => {
      const summary = await this.deps.queries.summary(input.userId);
      if (!summary) return err(notFound('USER_001', 'User not found'));
      return ok({ userId: input.userId, level: summary.level, badges: summary.badges.map(badgeView) });
    });
  }

  leaderboard(
    actor: Actor | null,
    input: { period: LeaderboardPeriod; limit: number },
  ): ResultAsync<LeaderboardView, AppError> {
    return asyncResult(async () => {
      const now = this.deps.clock.now();
      const board = leaderboardBoard(input.period, now);
      const [top, me] = await Promise.all([
        this.deps.leaderboards.top(board, input.limit),
        actor ? this.deps.leaderboards.standing(board, actor.userId) : Promise.resolve(null),
      ]);
      const names = new Map(
        (await this.deps.queries.names(top.map((s) => s.userId))).map((n) => [n.userId, n]),
      );
      // Ties share a rank, the one of the first with that score (competition ranking).
      const rankOf = (score: number) => top.findIndex((s) => s.score === score) + 1;
      const rows = top.flatMap((s) => {
        const player = names.get(s.userId);
        return player
          ? [
              {
                rank: rankOf(s.score),
                ...leaderboardIdentity(player, actor?.userId ?? null),
                level: player.level,
                points: s.score,
              },
            ]
          : [];
      });
      return ok({
        period: input.period,
        week: input.period === 'weekly' ? isoWeek(now) : null,
        rows,
        me: me ? { rank: me.rank, points: me.score } : null,
      });
    });
  }
}

/**
 * Rebuilds the all-time board and this week's board from the ledger, replacing each at once (it can
 * also lower scores, after a lost or damaged store). An award committed while it runs may be
 * overwritten by the older total; that person's next award or the next rebuild restores it.
 */
export async function rebuildLeaderboards(deps: {
  queries: GamificationQueries;
  leaderboards: LeaderboardStore;
  clock: Clock;
}): Promise<{ allTime: number; weekly: number; week: string }> {
  const now = deps.clock.now();
  const [allTime, weekly] = await Promise.all([
    deps.queries.totals(),
    deps.queries.totals(isoWeekBounds(now)),
  ]);
  const scores = (rows: typeof allTime) => rows.map((r) => ({ userId: r.userId, score: r.points }));
  await deps.leaderboards.replace(leaderboardBoard('all-time', now), scores(allTime));
  await deps.leaderboards.replace(leaderboardBoard('weekly', now), scores(weekly));
  return { allTime: allTime.length, weekly: weekly.length, week: isoWeek(now) };
}
