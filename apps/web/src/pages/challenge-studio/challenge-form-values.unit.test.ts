import { describe, expect, it } from 'vitest';
import type { StudioChallenge } from '../../lib/challenge-format';
import {
  formRules,
  testListError,
  toDetailsPayload,
  toFormErrors,
  toFormValues,
  toGradingPayload,
} from './challenge-form-values';

const stored = {
  title: 'Two sum',
  slug: 'two-sum',
  statement: 'Find the pair.',
  difficulty: 'easy',
  skills: [{ name: 'arrays', level: 'beginner' }],
  starterCode: { typescript: 'function twoSum() {}' },
  entryFunction: 'twoSum',
  tests: [
    { id: 't1', input: [[2, 7], 9], expected: [0, 1], comparison: 'unordered', visibility: 'sample' },
    { id: 't2', input: [0.1, 0.2], expected: 0.3, comparison: { tolerance: 1e-9 }, visibility: 'hidden' },
  ],
  limits: { timeMs: 1000, memoryMb: 64, outputBytes: 65_536 },
  referenceSolution: { language: 'javascript', source: 'function twoSum() { return [0, 1]; }' },
} as unknown as StudioChallenge;

describe('challenge form values', () => {
  it('Given a stored challenge, When edited unchanged, Then the payloads are what was stored', () => {
    const values = toFormValues(stored);
    expect(toGradingPayload(values)).toEqual({
      entryFunction: stored.entryFunction,
      tests: stored.tests,
      limits: stored.limits,
      referenceSolution: stored.referenceSolution,
    });
    expect(toDetailsPayload(values)).toEqual({
      title: 'Two sum',
      slug: 'two-sum',
      statement: 'Find the pair.',
      difficulty: 'easy',
      skills: [{ name: 'arrays', level: 'beginner' }],
      starterCode: { typescript: 'function twoSum() {}' },
    });
  });

  it('Given a language no longer offered, When saved, Then its starter code is not sent', () => {
    const values = { ...toFormValues(undefined), languages: ['javascript' as const] };
    expect(Object.keys(toDetailsPayload(values).starterCode)).toEqual(['javascript']);
  });

  it('Given test JSON, When checked, Then arguments must be an array and both must parse', () => {
    expect(formRules.tests.input('[[1, 2], 3]')).toBeNull();
    expect(formRules.tests.input('{"a": 1}')).toMatch(/JSON array/);
    expect(formRules.tests.input('[1,')).toBe('Not valid JSON.');
    expect(formRules.tests.expected('"x"')).toBeNull();
    expect(formRules.tests.expected('x')).toBe('Not valid JSON.');
  });

  it('Given tests of one visibility only, When the list is checked, Then it asks for both', () => {
    const values = toFormValues(stored);
    expect(testListError(values.tests)).toBeNull();
    expect(testListError(values.tests.filter((t) => t.visibility === 'sample'))).toMatch(/hidden test/);
    expect(testListError([])).toMatch(/at least one test/);
  });

  it("Given the server's field errors, When put on the form, Then the reference solution's land on its source", () => {
    expect(toFormErrors({ referenceSolution: 'Write it.', slug: 'Taken.' })).toEqual({
      referenceSource: 'Write it.',
      slug: 'Taken.',
    });
  });
});
