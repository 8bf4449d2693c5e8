import type {
  GamificationQueries,
  GamificationRepository,
  PlayerName,
  PlayerSummary,
} from '@talentsphere/application/engagement';
import {
  type ActivityFact,
  type AwardContext,
  type BadgeId,
  contextFromLedger,
  type LedgerEntry,
  type PlayerState,
  shiftUtcDay,
  stateFromLedger,
  utcDay,
} from '@talentsphere/domain/engagement';
import type { InMemoryStore } from './in-memory-database';

const badgesOf = (store: InMemoryStore, userId: string) =>
  [...store.tables.gamificationBadges.values()]
    .filter((b) => b.userId === userId)
    .sort((a, b) => a.earnedAt.getTime() - b.earnedAt.getTime() || a.badge.localeCompare(b.badge));

const inWindow = (e: LedgerEntry, window?: { from: Date; to: Date }) =>
  !window || (e.awardedAt >= window.from && e.awardedAt < window.to);

/** The twin of KyselyGamificationRepository; the in-memory unit of work already runs one at a time. */
export class InMemoryGamificationRepository implements GamificationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async lockPlayer(fact: ActivityFact): Promise<{ state: PlayerState; context: AwardContext } | null> {
    const { tables } = this.store;
    if (!tables.users.has(fact.userId)) return null;
    const level = tables.gamificationLevels.get(fact.userId) ?? 1;
    const badges = badgesOf(this.store, fact.userId).map((b) => b.badge);
    const state = stateFromLedger(fact.userId, tables.gamificationLedger, { level, badges });
    // The same days the Kysely adapter reads: 6 either side of the fact's day.
    const day = utcDay(fact.occurredAt);
    const [from, to] = [shiftUtcDay(day, -6), shiftUtcDay(day, 6)];
    return {
      state: { ...state, learningDays: state.learningDays.filter((d) => d >= from && d <= to) },
      context: contextFromLedger(tables.gamificationLedger, fact),
    };
  }

  async saveAward(award: {
    userId: string;
    entry: LedgerEntry | null;
    newBadges: readonly BadgeId[];
    level: number;
    at: Date;
  }): Promise<void> {
    const { tables } = this.store;
    const { entry } = award;
    if (entry) {
      const clash = tables.gamificationLedger.some(
        (e) =>
          e.userId === entry.userId &&
          (e.eventId === entry.eventId || (e.ruleId === entry.ruleId && e.subject === entry.subject)),
      );
      // What the unique constraints of the ledger table refuse.
      if (clash) throw new Error('gamification_ledger: duplicate (user, rule, subject) or (user, event)');
      tables.gamificationLedger.push(entry);
    }
    for (const badge of award.newBadges) {
      const key = `${award.userId}|${badge}`;
      if (!tables.gamificationBadges.has(key))
        tables.gamificationBadges.set(key, { userId: award.userId, badge, earnedAt: award.at });
    }
    tables.gamificationLevels.set(
      award.userId,
      Math.max(tables.gamificationLevels.get(award.userId) ?? 1, award.level),
    );
  }

  async pointsOf(userId: string, window?: { from: Date; to: Date }): Promise<number> {
    return this.store.tables.gamificationLedger
      .filter((e) => e.userId === userId && inWindow(e, window))
      .reduce((sum, e) => sum + e.points, 0);
  }
}

export class InMemoryGamificationQueries implements GamificationQueries {
  constructor(private readonly store: InMemoryStore) {}

  async summary(userId: string): Promise<PlayerSummary | null> {
    const { tables } = this.store;
    if (!tables.users.has(userId)) return null;
    return {
      points: tables.gamificationLedger.filter((e) => e.userId === userId).reduce((s, e) => s + e.points, 0),
      level: tables.gamificationLevels.get(userId) ?? 1,
      badges: badgesOf(this.store, userId).map((b) => ({ id: b.badge, earnedAt: b.earnedAt.toISOString() })),
    };
  }

  async names(userIds: readonly string[]): Promise<PlayerName[]> {
    const { tables } = this.store;
    return userIds.flatMap((userId) => {
      const user = tables.users.get(userId);
      if (!user) return [];
      const showsName = tables.profiles.get(userId)?.visibility.leaderboards !== 'private';
      return [{ userId, name: user.name, level: tables.gamificationLevels.get(userId) ?? 1, showsName }];
    });
  }

  async totals(window?: { from: Date; to: Date }): Promise<{ userId: string; points: number }[]> {
    const sums = new Map<string, number>();
    for (const e of this.store.tables.gamificationLedger)
      if (inWindow(e, window)) sums.set(e.userId, (sums.get(e.userId) ?? 0) + e.points);
    return [...sums]
      .filter(([, points]) => points > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([userId, points]) => ({ userId, points }));
  }
}
