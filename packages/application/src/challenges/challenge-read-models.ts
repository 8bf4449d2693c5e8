import type {
  ChallengeLimits,
  ChallengeStatus,
  Difficulty,
  JsonValue,
  Language,
  SubmissionStatus,
  TestVisibility,
  Verdict,
} from '@talentsphere/domain/challenges';
import type { SkillLevel } from '@talentsphere/domain/recruiting';

// Read-side DTOs: plain JSON (dates as ISO strings) so any client can use them. Hidden tests appear
// only as verdicts and costs, never with input or expected output, in anything a learner can reach.

export interface ChallengeSkillDto {
  readonly name: string;
  readonly level: SkillLevel;
}

/** Learners' submissions only: the challenge's authors' own are left out. */
export interface ChallengeStats {
  /** Judged submissions. */
  readonly submissions: number;
  readonly accepted: number;
  /** Learners with at least one accepted submission. */
  readonly solvers: number;
}

export interface ChallengeCard {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly difficulty: Difficulty;
  readonly skills: readonly ChallengeSkillDto[];
  readonly languages: readonly Language[];
  readonly stats: ChallengeStats;
  /** For the signed-in viewer: whether they solved it; null for visitors. */
  readonly solvedByViewer: boolean | null;
  readonly publishedAt: string | null;
}

export interface SampleTestDto {
  readonly id: string;
  readonly input: readonly JsonValue[];
  readonly expected: JsonValue;
}

/** The challenge page. */
export interface ChallengeDetail extends Omit<ChallengeCard, 'solvedByViewer'> {
  readonly statement: string;
  readonly status: ChallengeStatus;
  readonly starterCode: Readonly<Partial<Record<Language, string>>>;
  readonly entryFunction: string;
  readonly samples: readonly SampleTestDto[];
  readonly hiddenTestCount: number;
  readonly limits: ChallengeLimits;
  readonly authors: readonly { readonly id: string; readonly name: string }[];
}

export const CHALLENGE_PROGRESS_FILTERS = ['all', 'solved', 'unsolved'] as const;
export type ChallengeProgressFilter = (typeof CHALLENGE_PROGRESS_FILTERS)[number];

export interface ChallengeListInput {
  readonly q?: string;
  readonly difficulties?: readonly Difficulty[];
  /** Normalised skill name. */
  readonly skill?: string;
  /** `solved` / `unsolved` need a viewer; for visitors they mean `all`. */
  readonly progress: ChallengeProgressFilter;
  readonly page: number;
  readonly pageSize: number;
}

export interface ChallengeListResult {
  readonly items: readonly ChallengeCard[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly skills: readonly { readonly name: string; readonly count: number }[];
}

/** One test of a "Run" on the sample tests: everything is shown, they are public. */
export interface SampleRunResult {
  readonly testId: string;
  readonly verdict: Verdict;
  readonly timeMs: number;
  readonly memoryBytes: number;
  readonly input: readonly JsonValue[];
  readonly expected: JsonValue;
  readonly actual: JsonValue | null;
  readonly error: string | null;
  readonly console: string;
}

export interface TestResultDto {
  readonly testId: string;
  readonly visibility: TestVisibility;
  readonly verdict: Verdict;
  readonly timeMs: number;
  readonly memoryBytes: number;
}

export interface SubmissionView {
  readonly id: string;
  readonly challengeId: string;
  /** The learner who submitted; only they (and no one else) read a submission. */
  readonly userId: string;
  readonly language: Language;
  readonly source: string;
  readonly status: SubmissionStatus;
  readonly verdict: Verdict | null;
  readonly passed: number | null;
  readonly total: number | null;
  readonly timeMs: number | null;
  readonly memoryBytes: number | null;
  readonly results: readonly TestResultDto[];
  readonly submittedAt: string;
  readonly judgedAt: string | null;
}

/**
 * A ranked learner. One who keeps their name off public leaderboards keeps their rank but shows
 * others `Anonymous learner` with a null user id; they see their own row by name.
 */
export interface LeaderboardEntry {
  readonly rank: number;
  readonly userId: string | null;
  readonly name: string;
}

/** Per challenge: by first accepted submission time, then by its runtime. */
export interface ChallengeLeaderboardEntry extends LeaderboardEntry {
  /** When the first accepted solution was submitted (not judged: the grading queue does not count). */
  readonly acceptedAt: string;
  readonly timeMs: number;
  readonly language: Language;
}

/** Overall: by challenges solved, then by who got there first. */
export interface OverallLeaderboardEntry extends LeaderboardEntry {
  readonly solved: number;
  readonly lastSolvedAt: string;
}

export interface StudioChallengeRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly difficulty: Difficulty;
  readonly status: ChallengeStatus;
  readonly validated: boolean;
  readonly stats: ChallengeStats;
  readonly updatedAt: string;
}

/** Everything, hidden tests and reference solution included: for the challenge's authors only. */
export interface StudioChallenge {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly statement: string;
  readonly difficulty: Difficulty;
  readonly skills: readonly ChallengeSkillDto[];
  readonly starterCode: Readonly<Partial<Record<Language, string>>>;
  readonly entryFunction: string;
  readonly tests: readonly {
    readonly id: string;
    readonly input: readonly JsonValue[];
    readonly expected: JsonValue;
    readonly comparison: 'exact' | 'unordered' | { readonly tolerance: number };
    readonly visibility: TestVisibility;
  }[];
  readonly limits: ChallengeLimits;
  readonly referenceSolution: { readonly language: Language; readonly source: string };
  readonly gradingVersion: number;
  readonly validation: { readonly version: number; readonly passed: boolean; readonly at: string } | null;
  readonly validated: boolean;
  readonly status: ChallengeStatus;
  readonly authors: readonly { readonly id: string; readonly name: string }[];
  readonly stats: ChallengeStats;
  readonly publishedAt: string | null;
  readonly updatedAt: string;
}

/** Queries that skip the aggregates. Authorization happens in the use cases that call them. */
export interface ChallengeQueries {
  /** Published challenges only. */
  list(input: ChallengeListInput, viewerId: string | null): Promise<ChallengeListResult>;
  /** Any status; the use case decides who may see a draft. */
  detail(challengeId: string): Promise<ChallengeDetail | undefined>;
  studio(challengeId: string): Promise<StudioChallenge | undefined>;
  challengesOfAuthor(userId: string): Promise<StudioChallengeRow[]>;
  submission(submissionId: string): Promise<SubmissionView | undefined>;
  /** The user's submissions to a challenge, newest first, at most `limit`. */
  submissionsOf(userId: string, challengeId: string, limit: number): Promise<SubmissionView[]>;
  /** As `viewerId` (null: signed out) may see it: see `LeaderboardEntry`. */
  leaderboard(
    challengeId: string,
    limit: number,
    viewerId: string | null,
  ): Promise<ChallengeLeaderboardEntry[]>;
  overallLeaderboard(limit: number, viewerId: string | null): Promise<OverallLeaderboardEntry[]>;
}
