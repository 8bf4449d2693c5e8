import type { Challenge, ChallengeTest, Language, TestResult } from '@talentsphere/domain/challenges';
import type { CodeRunner, TestRunResult } from './code-runner.port';

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
