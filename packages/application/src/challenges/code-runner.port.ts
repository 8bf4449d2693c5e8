import type { JsonValue, OutputComparison, Verdict } from '@talentsphere/domain/challenges';

export type ChallengeLanguage = 'javascript' | 'typescript';

export interface CodeRunLimits {
  /**
   * CPU time for one test: the learner's top-level code and the call to the entry function (a
   * runner may also cap the test's wall time at a multiple of it, for code that waits).
   */
  readonly timeMs: number;
  /** Heap of the isolate the submission runs in. */
  readonly memoryMb: number;
  /** Cap on the returned value's JSON and on the console output of one test, in bytes. */
  readonly outputBytes: number;
}

export interface CodeRunTest {
  readonly id: string;
  /** The arguments the entry function is called with. */
  readonly input: readonly JsonValue[];
  readonly expected: JsonValue;
  readonly comparison: OutputComparison;
}

export interface CodeSubmission {
  readonly language: ChallengeLanguage;
  readonly source: string;
  /** The function the learner writes, called once per test (an identifier such as `twoSum`). */
  readonly entryFunction: string;
  readonly tests: readonly CodeRunTest[];
  readonly limits: CodeRunLimits;
}

export interface TestRunResult {
  readonly testId: string;
  readonly verdict: Verdict;
  readonly timeMs: number;
  readonly memoryBytes: number;
  /** What the entry function returned, when it returned within the limits. */
  readonly actual: JsonValue | undefined;
  /** A short reason for RUNTIME_ERROR and COMPILATION_ERROR (and the cause of INTERNAL_ERROR). */
  readonly error: string | undefined;
  /**
   * What the test wrote to the console, cut at the output limit. Per test, so that a caller can
   * withhold it for hidden tests (a learner may print the hidden input).
   */
  readonly console: string;
}

/**
 * Runs untrusted learner code against a challenge's tests, each in isolation, and judges every test.
 * Failures of the code are verdicts, never rejections; one result per test, in the given order.
 */
/** A runner refuses a run when too many are already waiting for it: the caller may try again. */
export class CodeRunnerBusyError extends Error {
  constructor() {
    super('too many runs are waiting for the code runner');
    this.name = 'CodeRunnerBusyError';
  }
}

export interface CodeRunner {
  /** Judges every test; rejects with CodeRunnerBusyError instead of queueing without bound. */
  run(submission: CodeSubmission): Promise<readonly TestRunResult[]>;
}
