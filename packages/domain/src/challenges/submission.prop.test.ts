import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPublishedChallenge, at, LEARNER } from './challenges.fixtures';
import {
  judgeSubmission,
  overallVerdict,
  type Submission,
  startGrading,
  submitSolution,
  type TestResult,
} from './submission';
import { VERDICTS } from './verdict';

const aResult: fc.Arbitrary<TestResult> = fc.record({
  testId: fc.uuid(),
  visibility: fc.constantFrom('sample' as const, 'hidden' as const),
  verdict: fc.constantFrom(...VERDICTS),
  timeMs: fc.nat(10_000),
  memoryBytes: fc.nat(512 * 1024 * 1024),
});
const someResults = fc.array(aResult, { minLength: 1, maxLength: 30 });

const queued = (): Submission =>
  submitSolution(
    aPublishedChallenge(),
    { id: 's1', userId: LEARNER, language: 'javascript', source: 'x' },
    { now: at(10) },
  )._unsafeUnwrap().state;

describe('Submission properties', () => {
  it('the overall verdict is ACCEPTED exactly when every test passed, else the first failing test’s verdict', () => {
    fc.assert(
      fc.property(someResults, (results) => {
        const verdict = overallVerdict(results);
        const firstFailure = results.find((r) => r.verdict !== 'ACCEPTED');
        expect(verdict === 'ACCEPTED').toBe(results.every((r) => r.verdict === 'ACCEPTED'));
        if (firstFailure) expect(verdict).toBe(firstFailure.verdict);
      }),
    );
  });

  it('the judgement counts passed tests and the worst costs, and emits one event per test plus the outcome', () => {
    fc.assert(
      fc.property(someResults, (results) => {
        const judged = judgeSubmission(queued(), results, { now: at(11), byAuthor: false })._unsafeUnwrap();
        const judgement = judged.state.judgement;
        expect(judgement?.passed).toBe(results.filter((r) => r.verdict === 'ACCEPTED').length);
        expect(judgement?.timeMs).toBe(Math.max(...results.map((r) => r.timeMs)));
        expect(judged.events).toHaveLength(results.length + 1);
      }),
    );
  });

  it('a judged submission never changes, whatever is applied to it afterwards', () => {
    const command = fc.oneof(
      someResults.map(
        (results) => (s: Submission) => judgeSubmission(s, results, { now: at(20), byAuthor: false }),
      ),
      fc.constant((s: Submission) => startGrading(s, { now: at(20) })),
    );
    fc.assert(
      fc.property(someResults, fc.array(command, { maxLength: 10 }), (results, commands) => {
        const judged = judgeSubmission(queued(), results, { now: at(11), byAuthor: false })._unsafeUnwrap()
          .state;
        let state = judged;
        for (const apply of commands) {
          const next = apply(state)._unsafeUnwrap();
          expect(next.events).toEqual([]);
          state = next.state;
        }
        expect(state).toBe(judged);
      }),
    );
  });
});
