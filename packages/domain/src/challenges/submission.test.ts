import { describe, expect, it } from 'vitest';
import { retireChallenge } from './challenge';
import { AUTHOR, aDraft, aPublishedChallenge, at, LEARNER } from './challenges.fixtures';
import { judgeSubmission, startGrading, submitSolution, type TestResult } from './submission';

const source = 'function twoSum() { return [0, 1]; }';
const result = (testId: string, verdict: TestResult['verdict'], timeMs = 3): TestResult => ({
  testId,
  visibility: testId === 't1' ? 'sample' : 'hidden',
  verdict,
  timeMs,
  memoryBytes: 1_000 * timeMs,
});

describe('Submission', () => {
  it('Given a published challenge, When a learner submits, Then it is queued with challenges.submitted', () => {
    const submitted = submitSolution(
      aPublishedChallenge(),
      { id: 's1', userId: LEARNER, language: 'javascript', source },
      { now: at(10) },
    )._unsafeUnwrap();
    expect(submitted.state).toMatchObject({ status: 'queued', judgement: null });
    expect(submitted.events).toEqual([
      {
        type: 'challenges.submitted',
        data: {
          submissionId: 's1',
          challengeId: submitted.state.challengeId,
          userId: LEARNER,
          language: 'javascript',
        },
      },
    ]);
  });

  it.each([
    ['a draft', () => aDraft(), 'javascript', source, 'CHALLENGE_004'],
    [
      'a retired challenge',
      () => retireChallenge(aPublishedChallenge(), { actorId: AUTHOR }, { now: at(5) })._unsafeUnwrap().state,
      'javascript',
      source,
      'CHALLENGE_004',
    ],
    ['a language not offered', () => aPublishedChallenge(), 'typescript', source, 'CHALLENGE_007'],
    ['empty code', () => aPublishedChallenge(), 'javascript', '  ', 'VALIDATION'],
  ] as const)('Given %s, When submitted, Then %s', (_, challenge, language, code, expected) => {
    const submitted = submitSolution(
      challenge(),
      { id: 's1', userId: LEARNER, language, source: code },
      { now: at(10) },
    );
    expect(submitted._unsafeUnwrapErr().code).toBe(expected);
  });

  it('Given a running submission, When judged with a wrong hidden test, Then WRONG_ANSWER with score, costs and per-test events', () => {
    const queued = submitSolution(
      aPublishedChallenge(),
      { id: 's1', userId: LEARNER, language: 'javascript', source },
      { now: at(10) },
    )._unsafeUnwrap().state;
    const running = startGrading(queued, { now: at(11) })._unsafeUnwrap().state;
    const judged = judgeSubmission(running, [result('t1', 'ACCEPTED', 4), result('t2', 'WRONG_ANSWER', 9)], {
      now: at(12),
      byAuthor: false,
    })._unsafeUnwrap();

    expect(judged.state).toMatchObject({
      status: 'judged',
      judgedAt: at(12),
      judgement: { verdict: 'WRONG_ANSWER', passed: 1, total: 2, timeMs: 9, memoryBytes: 9_000 },
    });
    expect(judged.events.map((e) => e.type)).toEqual([
      'challenges.testcase.passed',
      'challenges.testcase.failed',
      'challenges.rejected',
    ]);
    expect(judged.events.at(-1)?.data).not.toHaveProperty('results');
  });

  it('Given an author grading their own challenge, When judged, Then the verdict event says so', () => {
    const queued = submitSolution(
      aPublishedChallenge(),
      { id: 's1', userId: LEARNER, language: 'javascript', source },
      { now: at(10) },
    )._unsafeUnwrap().state;
    const passing = [result('t1', 'ACCEPTED'), result('t2', 'ACCEPTED')];
    const byAuthor = judgeSubmission(queued, passing, { now: at(12), byAuthor: true })._unsafeUnwrap();
    const byLearner = judgeSubmission(queued, passing, { now: at(12), byAuthor: false })._unsafeUnwrap();
    expect(byAuthor.events.at(-1)).toMatchObject({ type: 'challenges.approved', data: { byAuthor: true } });
    expect(byLearner.events.at(-1)).toMatchObject({ type: 'challenges.approved', data: { byAuthor: false } });
    // Only the event differs: the submission itself is judged the same way.
    expect(byAuthor.state).toEqual(byLearner.state);
  });

  it('Given a judged submission, When graded again, Then nothing changes and no event is emitted', () => {
    const queued = submitSolution(
      aPublishedChallenge(),
      { id: 's1', userId: LEARNER, language: 'javascript', source },
      { now: at(10) },
    )._unsafeUnwrap().state;
    const judged = judgeSubmission(queued, [result('t1', 'ACCEPTED'), result('t2', 'ACCEPTED')], {
      now: at(12),
      byAuthor: false,
    })._unsafeUnwrap();
    expect(judged.events.at(-1)?.type).toBe('challenges.approved');

    const again = judgeSubmission(judged.state, [result('t1', 'RUNTIME_ERROR')], {
      now: at(13),
      byAuthor: false,
    })._unsafeUnwrap();
    const restarted = startGrading(judged.state, { now: at(13) })._unsafeUnwrap();
    expect(again).toEqual({ state: judged.state, events: [] });
    expect(restarted).toEqual({ state: judged.state, events: [] });
  });
});
