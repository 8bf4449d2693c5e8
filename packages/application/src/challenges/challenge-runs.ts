import {
  type Challenge,
  type ChallengeTest,
  challengeErrors,
  type Language,
  type TestResult,
} from '@talentsphere/domain/challenges';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import { type CodeRunner, CodeRunnerBusyError, type TestRunResult } from './code-runner.port';

/** Runs `source` against the given tests of a challenge, under its limits. */
export function runAgainst(
  runner: CodeRunner,
  challenge: Pick<Challenge, 'entryFunction' | 'limits'>,
  tests: readonly ChallengeTest[],
  code: { language: Language; source: string },
): Promise<readonly TestRunResult[]> {
  return runner.run({
    language: code.language,
    source: code.source,
    entryFunction: challenge.entryFunction,
    limits: challenge.limits,
    tests: tests.map((t) => ({ id: t.id, input: t.input, expected: t.expected, comparison: t.comparison })),
  });
}

/** runAgainst for a request someone waits on: a busy runner is an error to show, not a failure. */
export async function runForRequest(
  ...args: Parameters<typeof runAgainst>
): Promise<Result<readonly TestRunResult[], AppError>> {
  try {
    return ok(await runAgainst(...args));
  } catch (error) {
    if (error instanceof CodeRunnerBusyError) return err(challengeErrors.runnerBusy());
    throw error;
  }
}

/** The verdict and costs of each test, as a submission keeps them: no output, no console. */
export function toTestResults(tests: readonly ChallengeTest[], runs: readonly TestRunResult[]): TestResult[] {
  const visibility = new Map(tests.map((t) => [t.id, t.visibility]));
  return runs.map((r) => ({
    testId: r.testId,
    visibility: visibility.get(r.testId) ?? 'hidden',
    verdict: r.verdict,
    timeMs: r.timeMs,
    memoryBytes: r.memoryBytes,
  }));
}
