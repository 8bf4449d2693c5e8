import type { CodeRunner, CodeSubmission, TestRunResult } from '@talentsphere/application/challenges';
import type { Verdict } from '@talentsphere/domain/challenges';

/**
 * A CodeRunner for use-case tests: it runs no code. Each test is judged by `verdictFor(source,
 * testId)`, which the test decides, so a use case's handling of verdicts is checked without the
 * sandbox. The real runner is held to its own suite in sandbox/.
 */
export class ScriptedCodeRunner implements CodeRunner {
  readonly runs: CodeSubmission[] = [];

  constructor(private readonly verdictFor: (source: string, testId: string) => Verdict) {}

  async run(submission: CodeSubmission): Promise<readonly TestRunResult[]> {
    this.runs.push(submission);
    return submission.tests.map((test) => {
      const verdict = this.verdictFor(submission.source, test.id);
      return {
        testId: test.id,
        verdict,
        timeMs: 2,
        memoryBytes: 1_048_576,
        actual: verdict === 'ACCEPTED' ? test.expected : null,
        error: verdict === 'RUNTIME_ERROR' ? 'TypeError: boom' : undefined,
        console: '',
      };
    });
  }
}
