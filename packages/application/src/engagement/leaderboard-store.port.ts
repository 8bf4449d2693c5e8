import { isoWeek } from '@talentsphere/domain/engagement';

export const LEADERBOARD_PERIODS = ['all-time', 'weekly'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** The board of a period at an instant: `all-time`, or `weekly:<ISO week>` (UTC). */
export function leaderboardBoard(period: LeaderboardPeriod, at: Date): string {
  return period === 'all-time' ? 'all-time' : `weekly:${isoWeek(at)}`;
}

export interface LeaderboardScore {
  readonly userId: string;
  readonly score: number;
}

/**
 * Ranked scores per board (Redis sorted sets in full mode, in memory in embedded mode). Scores are
 * copies of ledger totals: writers set totals read from the ledger, never increments, so a retried
 * or replayed write changes nothing, and a rebuild from the ledger restores every board.
 */
export interface LeaderboardStore {
  /**
   * Sets the person's score to `score` unless it already is higher: totals only grow, so a writer
   * that read an older total and finishes late cannot lower it.
   */
  raise(board: string, userId: string, score: number): Promise<void>;
  /** The best `limit` scores, highest first (ties: the larger user id first). */
  top(board: string, limit: number): Promise<LeaderboardScore[]>;
  /**
   * The person's rank (1 + how many scored more, so ties share a rank) and score, or null when they
   * are not on the board.
   */
  standing(board: string, userId: string): Promise<{ rank: number; score: number } | null>;
  /** Replaces the whole board at once (readers see the old or the new one, never a mix). */
  replace(board: string, scores: readonly LeaderboardScore[]): Promise<void>;
}
