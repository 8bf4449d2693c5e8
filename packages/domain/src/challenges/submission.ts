import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import { type Challenge, type Language, offersLanguage, type TestVisibility } from './challenge';
import { challengeErrors } from './challenges.errors';
import type { Verdict } from './verdict';

export type SubmissionStatus = 'queued' | 'running' | 'judged';

/** How one test went. Hidden tests keep their verdict and cost only: never input or output. */
export interface TestResult {
  readonly testId: string;
  readonly visibility: TestVisibility;
  readonly verdict: Verdict;
  readonly timeMs: number;
  readonly memoryBytes: number;
}

export interface Judgement {
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  /** The slowest test and the most memory any test used. */
  readonly timeMs: number;
  readonly memoryBytes: number;
  readonly results: readonly TestResult[];
}

interface SubmissionBase {
  readonly id: string;
  readonly challengeId: string;
  readonly userId: string;
  readonly language: Language;
  readonly source: string;
  readonly submittedAt: Date;
  readonly updatedAt: Date;
}

/** A judged submission never changes again. */
export type Submission =
  | (SubmissionBase & { readonly status: 'queued'; readonly judgement: null; readonly judgedAt: null })
  | (SubmissionBase & { readonly status: 'running'; readonly judgement: null; readonly judgedAt: null })
  | (SubmissionBase & { readonly status: 'judged'; readonly judgement: Judgement; readonly judgedAt: Date });

type Ids = { submissionId: string; challengeId: string; userId: string };
export type SubmissionEvent =
  | DomainEvent<'challenges.submitted', Ids & { language: Language }>
  | DomainEvent<
      'challenges.testcase.passed' | 'challenges.testcase.failed',
      Ids & { testId: string; verdict: Verdict; timeMs: number }
    >
  | DomainEvent<
      'challenges.approved' | 'challenges.rejected',
      Ids & {
        verdict: Verdict;
        passed: number;
        total: number;
        timeMs: number;
        memoryBytes: number;
        byAuthor: boolean;
      }
    >;

type Outcome = Result<{ state: Submission; events: SubmissionEvent[] }, AppError>;
type Ctx = { now: Date };

export const SOURCE_MAX_LENGTH = 64_000;

const ids = (s: Submission): Ids => ({ submissionId: s.id, challengeId: s.challengeId, userId: s.userId });

/**
 * ACCEPTED exactly when every test passed; otherwise the verdict of the first test that did not. No
 * tests at all is a fault of ours, not an acceptance.
 */
export function overallVerdict(results: readonly Pick<TestResult, 'verdict'>[]): Verdict {
  if (results.length === 0) return 'INTERNAL_ERROR';
  return results.find((r) => r.verdict !== 'ACCEPTED')?.verdict ?? 'ACCEPTED';
}

/** A learner submits code for a published challenge in one of its languages. */
export function submitSolution(
  challenge: Challenge,
  input: { id: string; userId: string; language: Language; source: string },
  { now }: Ctx,
): Outcome {
  if (challenge.status !== 'published') {
    return err(challengeErrors.transition('This challenge is not open for submissions.'));
  }
  if (!offersLanguage(challenge, input.language)) return err(challengeErrors.languageNotOffered());
  if (input.source.trim().length === 0 || input.source.length > SOURCE_MAX_LENGTH) {
    return err(challengeErrors.invalid('source', `Submit 1–${SOURCE_MAX_LENGTH} characters of code.`));
  }
  const state: Submission = {
    id: input.id,
    challengeId: challenge.id,
    userId: input.userId,
    language: input.language,
    source: input.source,
    status: 'queued',
    judgement: null,
    judgedAt: null,
    submittedAt: now,
    updatedAt: now,
  };
  return ok({
    state,
    events: [{ type: 'challenges.submitted', data: { ...ids(state), language: state.language } }],
  });
}

/** queued → running; a redelivered job finds it running and grades it again. No event. */
export function startGrading(submission: Submission, { now }: Ctx): Outcome {
  if (submission.status !== 'queued') return ok({ state: submission, events: [] });
  return ok({ state: { ...submission, status: 'running', updatedAt: now }, events: [] });
}

/**
 * Records the verdict from per-test results, in test order. A judged submission stays as it was
 * judged, so a grading that runs twice (a redelivery) changes nothing the second time. `byAuthor`
 * (the grader knows the challenge's authors) goes on the verdict's event: an author's own solve earns
 * no points and proves no skill.
 */
export function judgeSubmission(
  submission: Submission,
  results: readonly TestResult[],
  { now, byAuthor }: Ctx & { byAuthor: boolean },
): Outcome {
  if (submission.status === 'judged') return ok({ state: submission, events: [] });
  if (results.length === 0) {
    return err(challengeErrors.submissionTransition('A submission is judged on at least one test.'));
  }
  const verdict = overallVerdict(results);
  const judgement: Judgement = {
    verdict,
    passed: results.filter((r) => r.verdict === 'ACCEPTED').length,
    total: results.length,
    timeMs: Math.max(...results.map((r) => r.timeMs)),
    memoryBytes: Math.max(...results.map((r) => r.memoryBytes)),
    results,
  };
  const state: Submission = { ...submission, status: 'judged', judgement, judgedAt: now, updatedAt: now };
  const perTest: SubmissionEvent[] = results.map((r) => ({
    type: r.verdict === 'ACCEPTED' ? 'challenges.testcase.passed' : 'challenges.testcase.failed',
    data: { ...ids(state), testId: r.testId, verdict: r.verdict, timeMs: r.timeMs },
  }));
  const { results: _omitted, ...summary } = judgement;
  return ok({
    state,
    events: [
      ...perTest,
      {
        type: verdict === 'ACCEPTED' ? 'challenges.approved' : 'challenges.rejected',
        data: { ...ids(state), ...summary, byAuthor },
      },
    ],
  });
}
