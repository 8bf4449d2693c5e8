import {
  type ChallengeTest,
  type JsonValue,
  outputsMatch,
  parseChallengeDetails,
  parseGradingSpec,
} from '@talentsphere/domain/challenges';
import { describe, expect, it } from 'vitest';
import { DEMO_CHALLENGES, type DemoChallenge } from './challenge-catalog';

/**
 * Loads a script in the host and answers its top-level function `name`. Only for our own reference
 * solutions and starter code: untrusted code goes through the sandbox.
 */
function topLevelFunction(source: string, name: string): unknown {
  return new Function(`${source}\nreturn typeof ${name} === 'function' ? ${name} : undefined;`)();
}

/** Calls the entry function the way the sandbox does: fresh arguments, the answer through JSON. */
function answer(entry: (...args: unknown[]) => unknown, test: ChallengeTest): JsonValue {
  const returned = entry(...structuredClone(test.input as JsonValue[]));
  return JSON.parse(JSON.stringify(returned) ?? 'null') as JsonValue;
}

const bySlug = DEMO_CHALLENGES.map((challenge) => [challenge.details.slug, challenge] as const);

describe('demo challenge catalog', () => {
  it('offers at least twenty challenges with unique slugs, spread across the difficulties', () => {
    expect(DEMO_CHALLENGES.length).toBeGreaterThanOrEqual(20);
    const slugs = DEMO_CHALLENGES.map((challenge) => challenge.details.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const count = (difficulty: string) =>
      DEMO_CHALLENGES.filter((challenge) => challenge.details.difficulty === difficulty).length;
    expect(count('easy')).toBeGreaterThanOrEqual(6);
    expect(count('medium')).toBeGreaterThanOrEqual(7);
    expect(count('hard')).toBeGreaterThanOrEqual(5);
  });

  describe.each(bySlug)('%s', (_slug, challenge: DemoChallenge) => {
    const { details, grading } = challenge;

    it('has details and grading the domain accepts', () => {
      const parsedDetails = parseChallengeDetails(details);
      expect(parsedDetails.isOk(), JSON.stringify(parsedDetails)).toBe(true);
      const parsedGrading = parseGradingSpec(grading);
      expect(parsedGrading.isOk(), JSON.stringify(parsedGrading)).toBe(true);
    });

    it('shows at least one sample test and keeps at least three hidden', () => {
      expect(grading.tests.filter((test) => test.visibility === 'sample').length).toBeGreaterThanOrEqual(1);
      expect(grading.tests.filter((test) => test.visibility === 'hidden').length).toBeGreaterThanOrEqual(3);
    });

    it('states the entry function and offers starter code for it in both languages', () => {
      expect(details.statement).toContain(`function ${grading.entryFunction}(`);
      expect(details.starterCode.typescript).toContain(`function ${grading.entryFunction}(`);
      expect(typeof topLevelFunction(details.starterCode.javascript ?? '', grading.entryFunction)).toBe(
        'function',
      );
    });

    it('keeps every expected answer within the output limit', () => {
      for (const test of grading.tests) {
        expect(Buffer.byteLength(JSON.stringify(test.expected)), test.id).toBeLessThanOrEqual(
          grading.limits.outputBytes,
        );
      }
    });

    it('has a reference solution that passes every test', () => {
      expect(grading.referenceSolution.language).toBe('javascript');
      const entry = topLevelFunction(grading.referenceSolution.source, grading.entryFunction);
      expect(typeof entry).toBe('function');
      const failing = grading.tests
        .map((test) => ({ test, actual: answer(entry as (...args: unknown[]) => unknown, test) }))
        .filter(({ test, actual }) => !outputsMatch(actual, test.expected, test.comparison))
        .map(({ test, actual }) => `${test.id}: got ${JSON.stringify(actual).slice(0, 200)}`);
      expect(failing).toEqual([]);
    });

    it('cannot be passed by the untouched starter code', () => {
      const entry = topLevelFunction(details.starterCode.javascript ?? '', grading.entryFunction);
      const passes = grading.tests.map((test) =>
        outputsMatch(answer(entry as (...args: unknown[]) => unknown, test), test.expected, test.comparison),
      );
      expect(passes).toContain(false);
    });
  });
});
