import {
  type Challenge,
  type ChallengeTest,
  createChallenge,
  type Difficulty,
  judgeSubmission,
  type Language,
  publishChallenge,
  recordValidation,
  retireChallenge,
  type Submission,
  startGrading,
  submitSolution,
  type TestResult,
  type Verdict,
} from '@talentsphere/domain/challenges';
import type { SkillLevel } from '@talentsphere/domain/recruiting';
import { v7 } from 'uuid';
import { NOW } from './contract-fixtures';

/** Written only into hidden tests and the reference solution: no learner-facing answer may contain them. */
export const HIDDEN_INPUT = 'hidden-input-never-shown';
export const HIDDEN_EXPECTED = 'hidden-expected-never-shown';
export const REFERENCE_MARKER = 'reference-solution-never-shown';

/** Tests of every comparison and visibility, with nested JSON of every kind. */
export const everyTestKind: readonly ChallengeTest[] = [
  {
    id: 'sample-exact',
    input: [[2, 7, 11, 15], 9, { nested: { flag: true, none: null, list: ['a', 'b'] } }],
    expected: [0, 1],
    comparison: 'exact',
    visibility: 'sample',
  },
  {
    id: 'sample-float',
    input: [-0.5, 1e-7, 'ünïcödé ✓'],
    expected: 2.5,
    comparison: { tolerance: 0.001 },
    visibility: 'sample',
  },
  {
    id: 'hidden-unordered',
    input: [[HIDDEN_INPUT, 3, 2, 4], 6],
    expected: [HIDDEN_EXPECTED, 1, 2],
    comparison: 'unordered',
    visibility: 'hidden',
  },
  {
    id: 'hidden-object',
    input: [{ key: HIDDEN_INPUT }],
    expected: { answer: HIDDEN_EXPECTED, count: 0, empty: {} },
    comparison: 'exact',
    visibility: 'hidden',
  },
];

export interface ChallengeSpec {
  readonly title?: string;
  readonly slug?: string;
  readonly statement?: string;
  readonly difficulty?: Difficulty;
  readonly skills?: readonly string[];
  readonly skillLevel?: SkillLevel;
  readonly coAuthorId?: string;
  /** 'published' by default (validated first). */
  readonly status?: Challenge['status'];
  /** When it was created, validated and published. */
  readonly at?: Date;
}

/** A challenge built through the domain commands, with a fresh id and slug. */
export function aChallenge(authorId: string, spec: ChallengeSpec = {}): Challenge {
  const now = { now: spec.at ?? NOW };
  const step = (r: { _unsafeUnwrap(): { state: Challenge } }) => r._unsafeUnwrap().state;
  const created = step(
    createChallenge(
      {
        id: v7(),
        authorId,
        details: {
          title: spec.title ?? 'Two sum',
          slug: spec.slug ?? `challenge-${v7()}`,
          statement: spec.statement ?? 'Return the **indices** of the two numbers that add up to `target`.',
          difficulty: spec.difficulty ?? 'easy',
          skills: (spec.skills ?? ['algorithms']).map((name) => ({
            name,
            level: spec.skillLevel ?? 'beginner',
          })),
          starterCode: {
            javascript: 'function twoSum(nums, target) {\n}\n',
            typescript: 'function twoSum(nums: number[], target: number): number[] {\n}\n',
          },
        },
        grading: {
          entryFunction: 'twoSum',
          tests: everyTestKind,
          limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
          referenceSolution: {
            language: 'typescript',
            source: `// ${REFERENCE_MARKER}\nfunction twoSum(n: number[], t: number) { return [0, 1]; }`,
          },
        },
      },
      now,
    ),
  );
  // Challenges have no co-author command yet; the store must keep any list of authors in order.
  const withAuthors = spec.coAuthorId
    ? { ...created, authorIds: [...created.authorIds, spec.coAuthorId] }
    : created;
  const status = spec.status ?? 'published';
  if (status === 'draft') return withAuthors;
  const validated = step(recordValidation(withAuthors, { actorId: authorId, version: 1, passed: true }, now));
  const published = step(publishChallenge(validated, { actorId: authorId }, now));
  return status === 'retired' ? step(retireChallenge(published, { actorId: authorId }, now)) : published;
}

export const aSubmission = (
  challenge: Challenge,
  userId: string,
  at: Date,
  language: Language = 'javascript',
): Submission =>
  submitSolution(
    challenge,
    { id: v7(), userId, language, source: `function twoSum() { return [0, 1]; } // ${v7()}` },
    { now: at },
  )._unsafeUnwrap().state;

export const running = (submission: Submission, at: Date): Submission =>
  startGrading(submission, { now: at })._unsafeUnwrap().state;

/**
 * One result per test of the challenge: every test takes `timeMs` (the first one slower by a fraction),
 * and those listed in `failing` get that verdict.
 */
export function resultsFor(
  challenge: Challenge,
  timeMs: number,
  failing: Readonly<Record<string, Verdict>> = {},
): TestResult[] {
  return challenge.tests.map((test, index) => ({
    testId: test.id,
    visibility: test.visibility,
    verdict: failing[test.id] ?? 'ACCEPTED',
    timeMs: index === 0 ? timeMs : timeMs - 0.25,
    memoryBytes: 1_048_576 + index,
  }));
}

/** Submitted a minute before it is judged. */
export function aJudgedSubmission(
  challenge: Challenge,
  userId: string,
  judgedAt: Date,
  {
    timeMs = 10,
    verdict = 'ACCEPTED',
    queuedMs = 60_000,
  }: { timeMs?: number; verdict?: Verdict; queuedMs?: number } = {},
): Submission {
  const submittedAt = new Date(judgedAt.getTime() - queuedMs);
  const failing: Record<string, Verdict> = verdict === 'ACCEPTED' ? {} : { 'hidden-unordered': verdict };
  return judgeSubmission(
    running(aSubmission(challenge, userId, submittedAt), submittedAt),
    resultsFor(challenge, timeMs, failing),
    { now: judgedAt, byAuthor: false },
  )._unsafeUnwrap().state;
}
