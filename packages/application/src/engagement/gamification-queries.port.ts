import type { BadgeId } from '@talentsphere/domain/engagement';

export interface EarnedBadge {
  readonly id: BadgeId;
  readonly earnedAt: string;
}

export interface PlayerSummary {
  readonly points: number;
  readonly level: number;
  readonly badges: readonly EarnedBadge[];
}

export interface PlayerName {
  readonly userId: string;
  readonly name: string;
  readonly level: number;
  /** False when they keep their name off public leaderboards (their profile's choice). */
  readonly showsName: boolean;
}

/** Read models of gamification, straight from the ledger and badge tables. */
export interface GamificationQueries {
  /** Null for an unknown user; zeros for a user who earned nothing yet. */
  summary(userId: string): Promise<PlayerSummary | null>;
  /** Names and levels of the given users (unknown ids are left out). */
  names(userIds: readonly string[]): Promise<PlayerName[]>;
  /** Every user's ledger total within [from, to) when given, users with no points left out. */
  totals(window?: { readonly from: Date; readonly to: Date }): Promise<{ userId: string; points: number }[]>;
}
