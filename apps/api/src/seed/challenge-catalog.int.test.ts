import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import type { ChallengeLanguage, TestRunResult } from '@talentsphere/application/challenges';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_CHALLENGES, type DemoChallenge } from './challenge-catalog';

// Every demo challenge through the real sandbox, as publishing validates it: the reference solution
// must be ACCEPTED on every test within the challenge's limits, and the starter code must load in both
// languages (so a learner's first Run is judged, not refused) without passing.
const pool = new SandboxPool({ size: 2 });
const runner = new IsolatedVmCodeRunner(pool);

afterAll(() => pool.close());

function run(challenge: DemoChallenge, language: ChallengeLanguage, source: string) {
  const { entryFunction, tests, limits } = challenge.grading;
  return runner.run({ language, source, entryFunction, tests, limits });
}

const describeResult = (result: TestRunResult) =>
  `${result.testId}: ${result.verdict} in ${result.timeMs} ms${result.error ? ` (${result.error})` : ''}`;

describe.each(DEMO_CHALLENGES.map((challenge) => [challenge.details.slug, challenge] as const))(
  '%s in the sandbox',
  (_slug, challenge) => {
    it('accepts the reference solution on every test', async () => {
      const { language, source } = challenge.grading.referenceSolution;
      const results = await run(challenge, language, source);
      expect(results.map((result) => result.testId)).toEqual(challenge.grading.tests.map((test) => test.id));
      expect(results.filter((result) => result.verdict !== 'ACCEPTED').map(describeResult)).toEqual([]);
    });

    it.each(['javascript', 'typescript'] as const)(
      'judges the untouched %s starter code, and not as accepted',
      async (language) => {
        const results = await run(challenge, language, challenge.details.starterCode[language] ?? '');
        const verdicts = new Set(results.map((result) => result.verdict));
        expect(
          [...verdicts].filter((verdict) => verdict !== 'ACCEPTED' && verdict !== 'WRONG_ANSWER'),
        ).toEqual([]);
        expect(verdicts).toContain('WRONG_ANSWER');
      },
    );
  },
);
