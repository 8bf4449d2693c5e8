import type { Challenge, ChallengeDetailsInput, GradingSpecInput } from './challenge';
import { createChallenge, publishChallenge, recordValidation } from './challenge';

// Plain builders for examples and properties; every value passes the parsers.

export const AUTHOR = '0190f5a2-0000-7000-8000-00000000a001';
export const LEARNER = '0190f5a2-0000-7000-8000-00000000b001';
export const at = (minute: number): Date => new Date(Date.UTC(2026, 10, 27, 12, minute));

export const twoSumDetails = (o: Partial<ChallengeDetailsInput> = {}): ChallengeDetailsInput => ({
  title: 'Two sum',
  slug: 'two-sum',
  statement: 'Return the indices of the two numbers that add up to `target`.',
  difficulty: 'easy',
  skills: [{ name: 'Algorithms', level: 'beginner' }],
  starterCode: { javascript: 'function twoSum(nums, target) {\n}\n' },
  ...o,
});

export const twoSumGrading = (o: Partial<GradingSpecInput> = {}): GradingSpecInput => ({
  entryFunction: 'twoSum',
  tests: [
    { id: 't1', input: [[2, 7, 11, 15], 9], expected: [0, 1], comparison: 'unordered', visibility: 'sample' },
    { id: 't2', input: [[3, 2, 4], 6], expected: [1, 2], comparison: 'unordered', visibility: 'hidden' },
  ],
  limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
  referenceSolution: {
    language: 'javascript',
    source:
      'function twoSum(n, t) { const s = new Map(); for (let i = 0; i < n.length; i++) { if (s.has(t - n[i])) return [s.get(t - n[i]), i]; s.set(n[i], i); } }',
  },
  ...o,
});

export function aDraft(id = '0190f5a2-0000-7000-8000-00000000c001'): Challenge {
  return createChallenge(
    { id, authorId: AUTHOR, details: twoSumDetails(), grading: twoSumGrading() },
    { now: at(0) },
  )._unsafeUnwrap().state;
}

export function aPublishedChallenge(id?: string): Challenge {
  const draft = aDraft(id);
  const validated = recordValidation(
    draft,
    { actorId: AUTHOR, version: draft.gradingVersion, passed: true },
    { now: at(1) },
  );
  return publishChallenge(
    validated._unsafeUnwrap().state,
    { actorId: AUTHOR },
    { now: at(2) },
  )._unsafeUnwrap().state;
}
