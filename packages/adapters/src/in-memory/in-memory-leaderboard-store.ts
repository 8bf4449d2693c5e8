import type { LeaderboardScore, LeaderboardStore } from '@talentsphere/application/engagement';

/** Sorted like Redis' ZREVRANGE: highest score first, ties by the larger member first. */
const byRank = (a: LeaderboardScore, b: LeaderboardScore) =>
  b.score - a.score || (a.userId < b.userId ? 1 : a.userId > b.userId ? -1 : 0);

/** The embedded mode's leaderboards: the twin of RedisLeaderboardStore, in this process. */
export class InMemoryLeaderboardStore implements LeaderboardStore {
  private readonly boards = new Map<string, Map<string, number>>();

  async raise(board: string, userId: string, score: number): Promise<void> {
    const scores = this.boards.get(board) ?? new Map<string, number>();
    scores.set(userId, Math.max(scores.get(userId) ?? Number.NEGATIVE_INFINITY, score));
    this.boards.set(board, scores);
  }

  async top(board: string, limit: number): Promise<LeaderboardScore[]> {
    return this.ranked(board).slice(0, limit);
  }

  async standing(board: string, userId: string): Promise<{ rank: number; score: number } | null> {
    const score = this.boards.get(board)?.get(userId);
    if (score === undefined) return null;
    return { rank: this.ranked(board).filter((s) => s.score > score).length + 1, score };
  }

  async replace(board: string, scores: readonly LeaderboardScore[]): Promise<void> {
    this.boards.set(board, new Map(scores.map((s) => [s.userId, s.score])));
  }

  private ranked(board: string): LeaderboardScore[] {
    return [...(this.boards.get(board) ?? new Map<string, number>())]
      .map(([userId, score]) => ({ userId, score }))
      .sort(byRank);
  }
}
