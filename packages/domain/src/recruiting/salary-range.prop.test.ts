import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, parseSalaryRange, SALARY_MAX_MINOR } from './salary-range';

// Amounts near the edges (negative, zero, the bound, beyond it, fractions, NaN) as well as plain ones.
const amount = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.integer({ min: SALARY_MAX_MINOR - 1_000, max: SALARY_MAX_MINOR + 1_000 }),
  fc.integer({ min: 0, max: SALARY_MAX_MINOR }),
  fc.double({ noDefaultInfinity: false }),
  fc.constantFrom(Number.NaN, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -0),
);
const currency = fc.oneof(fc.constantFrom(...CURRENCIES), fc.string({ maxLength: 4 }));

const isValid = (min: number, max: number, cur: string) =>
  Number.isInteger(min) &&
  Number.isInteger(max) &&
  min >= 0 &&
  min <= max &&
  max <= SALARY_MAX_MINOR &&
  (CURRENCIES as readonly string[]).includes(cur);

describe('parseSalaryRange (property)', () => {
  it('Property: a range is accepted exactly when 0 ≤ min ≤ max ≤ SALARY_MAX_MINOR with integer amounts and a listed currency, and an accepted range is returned unchanged', () => {
    fc.assert(
      fc.property(amount, amount, currency, (min, max, cur) => {
        const result = parseSalaryRange({ min, max, currency: cur });
        expect(result.isOk()).toBe(isValid(min, max, cur));
        if (result.isOk()) {
          expect(result.value).toEqual({ min, max, currency: cur });
          expect(Number.isSafeInteger(result.value.min) && Number.isSafeInteger(result.value.max)).toBe(true);
        } else {
          expect(result.error).toMatchObject({ kind: 'Validation', fields: { salary: expect.any(String) } });
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
