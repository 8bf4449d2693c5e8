import { describe, expect, it } from 'vitest';
import { CURRENCIES, parseSalaryRange, SALARY_MAX_MINOR } from './salary-range';

describe('parseSalaryRange', () => {
  it('Given whole minor amounts with min below max, When parsing, Then the range is kept as given', () => {
    expect(parseSalaryRange({ min: 6_000_000, max: 8_500_000, currency: 'EUR' })._unsafeUnwrap()).toEqual({
      min: 6_000_000,
      max: 8_500_000,
      currency: 'EUR',
    });
  });

  it.each([
    [0, 0],
    [5_000_000, 5_000_000],
    [0, SALARY_MAX_MINOR],
  ])('Given the bounds min=%d max=%d, When parsing, Then they are accepted', (min, max) => {
    expect(parseSalaryRange({ min, max, currency: 'USD' }).isOk()).toBe(true);
  });

  it.each(CURRENCIES)('Given the listed currency %s, When parsing, Then it is accepted', (currency) => {
    expect(parseSalaryRange({ min: 1, max: 2, currency })._unsafeUnwrap().currency).toBe(currency);
  });

  it.each([
    ['a fractional min', { min: 100.5, max: 200 }, 'Salaries are whole amounts in minor units (cents).'],
    ['a fractional max', { min: 100, max: 200.25 }, 'Salaries are whole amounts in minor units (cents).'],
    ['NaN', { min: Number.NaN, max: 200 }, 'Salaries are whole amounts in minor units (cents).'],
    [
      'Infinity',
      { min: 0, max: Number.POSITIVE_INFINITY },
      'Salaries are whole amounts in minor units (cents).',
    ],
    ['an unsafe integer', { min: 0, max: 2 ** 53 }, 'Salaries are whole amounts in minor units (cents).'],
    ['a negative min', { min: -1, max: 200 }, 'Salary is out of range.'],
    ['a max above the bound', { min: 0, max: SALARY_MAX_MINOR + 1 }, 'Salary is out of range.'],
    ['min above max', { min: 300, max: 200 }, 'The minimum salary cannot be above the maximum.'],
  ])('Given %s, When parsing, Then it is refused with %j on the salary field', (_, amounts, message) => {
    expect(parseSalaryRange({ ...amounts, currency: 'USD' })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      code: 'VALIDATION',
      fields: { salary: message },
    });
  });

  it.each(['usd', 'XXX', '', 'US'])(
    'Given the unlisted currency %j, When parsing, Then it is refused',
    (currency) => {
      expect(parseSalaryRange({ min: 1, max: 2, currency })._unsafeUnwrapErr().fields?.salary).toMatch(
        /^Currency must be one of/,
      );
    },
  );
});
