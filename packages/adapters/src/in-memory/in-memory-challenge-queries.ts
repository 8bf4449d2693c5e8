import type {
  ChallengeDetail,
  ChallengeLeaderboardEntry,
  ChallengeListInput,
  ChallengeListResult,
  ChallengeQueries,
  ChallengeStats,
  OverallLeaderboardEntry,
  StudioChallenge,
  StudioChallengeRow,
  SubmissionView,
} from '@talentsphere/application/challenges';
import { type Challenge, isValidated, type Submission } from '@talentsphere/domain/challenges';
import { leaderboardIdentity } from '@talentsphere/domain/profile';
import {
  authorsOf,
  cardFacts,
  NO_SUBMISSIONS,
  toChallengeCard,
  toChallengeDetail,
  toStudioChallenge,
  toStudioChallengeRow,
  toSubmissionView,
} from '../challenges/challenge-views';
import type { InMemoryStore } from './in-memory-database';

type JudgedSubmission = Extract<Submission, { status: 'judged' }>;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The part of web-search syntax the twin keeps: every word must appear in the title, statement or
 * skills, and none of those with a leading `-`. No stemming: contracts use words that match as they are.
 */
function matches(challenge: Challenge, q: string): boolean {
  const text = new Set(
    words([challenge.title, challenge.statement, ...challenge.skills.map((s) => s.name)].join(' ')),
  );
  const tokens = q.split(/\s+/).filter(Boolean);
  return tokens.every((token) =>
    token.startsWith('-') ? words(token).every((w) => !text.has(w)) : words(token).every((w) => text.has(w)),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const time = (date: Date | null) => date?.getTime() ?? 0;

/** Oldest published first, then by title: a list that new challenges extend at its end. */
const listOrder = (a: Challenge, b: Challenge) =>
  time(a.publishedAt) - time(b.publishedAt) ||
  compareText(a.title.toLowerCase(), b.title.toLowerCase()) ||
  compareText(a.id, b.id);

const isAccepted = (s: Submission): s is JudgedSubmission =>
  s.status === 'judged' && s.judgement.verdict === 'ACCEPTED';

/** A user's first accepted submission: the earliest submitted, then the earliest id. */
const earliestSubmitted = (a: JudgedSubmission, b: JudgedSubmission) =>
  a.submittedAt.getTime() - b.submittedAt.getTime() || compareText(a.id, b.id);

/** The twin of KyselyChallengeQueries over the committed in-memory tables. */
export class InMemoryChallengeQueries implements ChallengeQueries {
  constructor(private readonly store: InMemoryStore) {}

  private get tables() {
    return this.store.tables;
  }

  async list(input: ChallengeListInput, viewerId: string | null): Promise<ChallengeListResult> {
    const published = [...this.tables.challenges.values()].filter((c) => c.status === 'published');
    const solved = viewerId === null ? new Set<string>() : this.solvedBy(viewerId);
    const q = input.q?.trim() ?? '';
    const found = published
      .filter(
        (c) =>
          (q === '' || matches(c, q)) &&
          (!input.difficulties?.length || input.difficulties.includes(c.difficulty)) &&
          (!input.skill || c.skills.some((s) => s.name === input.skill)) &&
          (viewerId === null ||
            input.progress === 'all' ||
            (input.progress === 'solved') === solved.has(c.id)),
      )
      .sort(listOrder);
    const start = (input.page - 1) * input.pageSize;

    const skillCounts = new Map<string, number>();
    for (const challenge of published)
      for (const skill of challenge.skills)
        skillCounts.set(skill.name, (skillCounts.get(skill.name) ?? 0) + 1);

    return {
      items: found
        .slice(start, start + input.pageSize)
        .map((c) =>
          toChallengeCard(cardFacts(c), this.stats(c.id), viewerId === null ? null : solved.has(c.id)),
        ),
      total: found.length,
      page: input.page,
      pageSize: input.pageSize,
      skills: [...skillCounts]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
    };
  }

  async detail(challengeId: string): Promise<ChallengeDetail | undefined> {
    const challenge = this.tables.challenges.get(challengeId);
    return (
      challenge && toChallengeDetail(challenge, authorsOf(challenge, this.names()), this.stats(challenge.id))
    );
  }

  async studio(challengeId: string): Promise<StudioChallenge | undefined> {
    const challenge = this.tables.challenges.get(challengeId);
    return (
      challenge && toStudioChallenge(challenge, authorsOf(challenge, this.names()), this.stats(challenge.id))
    );
  }

  /** Most recently edited first. */
  async challengesOfAuthor(userId: string): Promise<StudioChallengeRow[]> {
    return [...this.tables.challenges.values()]
      .filter((c) => c.authorIds.includes(userId))
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || compareText(b.id, a.id))
      .map((c) => toStudioChallengeRow({ ...c, validated: isValidated(c) }, this.stats(c.id)));
  }

  async submission(submissionId: string): Promise<SubmissionView | undefined> {
    const submission = this.tables.submissions.get(submissionId);
    return submission && toSubmissionView(submission);
  }

  /** Newest first. */
  async submissionsOf(userId: string, challengeId: string, limit: number): Promise<SubmissionView[]> {
    return [...this.tables.submissions.values()]
      .filter((s) => s.userId === userId && s.challengeId === challengeId)
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || compareText(b.id, a.id))
      .slice(0, limit)
      .map(toSubmissionView);
  }

  /**
   * Each learner once, by their first accepted submission: earliest submitted first, then the faster
   * run, then the user id. A later, faster submission does not improve a place already taken. The
   * challenge's authors are not ranked.
   */
  async leaderboard(
    challengeId: string,
    limit: number,
    viewerId: string | null,
  ): Promise<ChallengeLeaderboardEntry[]> {
    const names = this.names();
    const first = this.firstAccepted().filter((s) => s.challengeId === challengeId && names.has(s.userId));
    return first
      .sort(
        (a, b) =>
          a.submittedAt.getTime() - b.submittedAt.getTime() ||
          a.judgement.timeMs - b.judgement.timeMs ||
          compareText(a.userId, b.userId),
      )
      .slice(0, limit)
      .map((s, index) => ({
        rank: index + 1,
        ...this.identity(s.userId, names, viewerId),
        acceptedAt: s.submittedAt.toISOString(),
        timeMs: s.judgement.timeMs,
        language: s.language,
      }));
  }

  /**
   * Learners by distinct challenges solved, most first; equal counts by who reached theirs first (the
   * time of their last first-acceptance), then the user id. Nobody's own challenges count.
   */
  async overallLeaderboard(limit: number, viewerId: string | null): Promise<OverallLeaderboardEntry[]> {
    const names = this.names();
    const byUser = new Map<string, { solved: number; lastSolvedAt: number }>();
    for (const s of this.firstAccepted()) {
      if (!names.has(s.userId)) continue;
      const current = byUser.get(s.userId) ?? { solved: 0, lastSolvedAt: 0 };
      byUser.set(s.userId, {
        solved: current.solved + 1,
        lastSolvedAt: Math.max(current.lastSolvedAt, s.submittedAt.getTime()),
      });
    }
    return [...byUser]
      .sort(
        ([userA, a], [userB, b]) =>
          b.solved - a.solved || a.lastSolvedAt - b.lastSolvedAt || compareText(userA, userB),
      )
      .slice(0, limit)
      .map(([userId, entry], index) => ({
        rank: index + 1,
        ...this.identity(userId, names, viewerId),
        solved: entry.solved,
        lastSolvedAt: new Date(entry.lastSolvedAt).toISOString(),
      }));
  }

  /** The first accepted submission of every learner and challenge; authors' own are left out. */
  private firstAccepted(): JudgedSubmission[] {
    const first = new Map<string, JudgedSubmission>();
    for (const s of this.tables.submissions.values()) {
      if (!isAccepted(s) || this.byItsAuthor(s)) continue;
      const key = `${s.challengeId}/${s.userId}`;
      const current = first.get(key);
      if (!current || earliestSubmitted(s, current) < 0) first.set(key, s);
    }
    return [...first.values()];
  }

  /**
   * Authors wrote the reference solution and see the hidden tests: their own submissions are neither
   * ranked nor counted.
   */
  private byItsAuthor(s: Submission): boolean {
    return this.tables.challenges.get(s.challengeId)?.authorIds.includes(s.userId) ?? false;
  }

  private solvedBy(userId: string): Set<string> {
    return new Set(
      [...this.tables.submissions.values()]
        .filter((s) => s.userId === userId && isAccepted(s))
        .map((s) => s.challengeId),
    );
  }

  /** Learners' submissions only: an author trying their own challenge moves none of its stats. */
  private stats(challengeId: string): ChallengeStats {
    const judged = [...this.tables.submissions.values()].filter(
      (s) => s.challengeId === challengeId && s.status === 'judged' && !this.byItsAuthor(s),
    );
    if (judged.length === 0) return NO_SUBMISSIONS;
    const accepted = judged.filter(isAccepted);
    return {
      submissions: judged.length,
      accepted: accepted.length,
      solvers: new Set(accepted.map((s) => s.userId)).size,
    };
  }

  private identity(userId: string, names: Map<string, string>, viewerId: string | null) {
    const showsName = this.tables.profiles.get(userId)?.visibility.leaderboards !== 'private';
    return leaderboardIdentity({ userId, name: names.get(userId) ?? '', showsName }, viewerId);
  }

  private names(): Map<string, string> {
    return new Map([...this.tables.users.values()].map((u) => [u.id, u.name]));
  }
}
