import { keysOf } from './recruiting-format';
import type { RouterInputs, RouterOutputs } from './router-types';

export type ChallengeListResult = RouterOutputs['challenges']['list'];
export type ChallengeListInput = RouterInputs['challenges']['list'];
export type ChallengeCard = ChallengeListResult['items'][number];
export type ChallengeDetail = RouterOutputs['challenges']['get'];
export type SampleRunResult = RouterOutputs['challenges']['run'][number];
export type SubmissionView = RouterOutputs['challenges']['submission'];
export type TestResult = SubmissionView['results'][number];
export type ChallengeLeaderboardEntry = RouterOutputs['challenges']['leaderboard'][number];
export type OverallLeaderboardEntry = RouterOutputs['challenges']['overallLeaderboard'][number];
export type StudioChallengeRow = RouterOutputs['challengeStudio']['mine'][number];
export type StudioChallenge = RouterOutputs['challengeStudio']['get'];
export type ValidationRun = RouterOutputs['challengeStudio']['validate']['results'][number];
export type StudioTest = StudioChallenge['tests'][number];
export type Difficulty = ChallengeCard['difficulty'];
export type Language = ChallengeCard['languages'][number];
export type Verdict = NonNullable<SubmissionView['verdict']>;
export type SubmissionStatus = SubmissionView['status'];
export type ChallengeStatus = StudioChallenge['status'];
export type ProgressFilter = NonNullable<ChallengeListInput['progress']>;

export const difficultyLabels = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const satisfies Record<
  Difficulty,
  string
>;
export const difficultyColors = { easy: 'teal', medium: 'yellow', hard: 'red' } as const satisfies Record<
  Difficulty,
  string
>;
export const DIFFICULTIES = keysOf(difficultyLabels);

export const languageLabels = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
} as const satisfies Record<Language, string>;
export const LANGUAGES = keysOf(languageLabels);

export const progressLabels = {
  all: 'All',
  unsolved: 'Unsolved',
  solved: 'Solved',
} as const satisfies Record<ProgressFilter, string>;
export const PROGRESS_FILTERS = keysOf(progressLabels);

export const verdictLabels = {
  ACCEPTED: 'Accepted',
  WRONG_ANSWER: 'Wrong answer',
  TIME_LIMIT_EXCEEDED: 'Time limit exceeded',
  MEMORY_LIMIT_EXCEEDED: 'Memory limit exceeded',
  OUTPUT_LIMIT_EXCEEDED: 'Output limit exceeded',
  RUNTIME_ERROR: 'Runtime error',
  COMPILATION_ERROR: 'Compilation error',
  INTERNAL_ERROR: 'Internal error',
} as const satisfies Record<Verdict, string>;

export const verdictColors = {
  ACCEPTED: 'teal',
  WRONG_ANSWER: 'red',
  TIME_LIMIT_EXCEEDED: 'orange',
  MEMORY_LIMIT_EXCEEDED: 'orange',
  OUTPUT_LIMIT_EXCEEDED: 'orange',
  RUNTIME_ERROR: 'red',
  COMPILATION_ERROR: 'grape',
  INTERNAL_ERROR: 'gray',
} as const satisfies Record<Verdict, string>;

export const submissionStatusLabels = {
  queued: 'Queued',
  running: 'Running',
  judged: 'Judged',
} as const satisfies Record<SubmissionStatus, string>;

export const challengeStatusLabels = {
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
} as const satisfies Record<ChallengeStatus, string>;
export const challengeStatusColors = {
  draft: 'gray',
  published: 'teal',
  retired: 'orange',
} as const satisfies Record<ChallengeStatus, string>;

/** The sandbox measures fractions of a millisecond; show them only where they matter. */
export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Accepted judged submissions out of all judged ones; null before anything was judged. */
export function acceptanceRate(stats: { submissions: number; accepted: number }): number | null {
  return stats.submissions === 0 ? null : Math.round((stats.accepted / stats.submissions) * 100);
}

/** A value as its authors write it: compact JSON on one line. */
export function formatJson(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

/** A call as the learner's function receives it: `twoSum([2,7,11,15], 9)`. */
export function formatCall(entryFunction: string, input: readonly unknown[]): string {
  return `${entryFunction}(${input.map((argument) => JSON.stringify(argument)).join(', ')})`;
}
