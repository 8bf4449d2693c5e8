import { err, ok, type Result } from 'neverthrow';
import { type AppError, validation } from '../shared';

/** ISO 4217 codes we price salaries in. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'PLN', 'INR', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A yearly salary range in integer minor units (cents), never floats. */
export interface SalaryRange {
  readonly min: number;
  readonly max: number;
  readonly currency: Currency;
}

/** Upper bound that keeps every figure a safe integer: 10 billion in major units. */
export const SALARY_MAX_MINOR = 1_000_000_000_000;

export function parseSalaryRange(input: {
  min: number;
  max: number;
  currency: string;
}): Result<SalaryRange, AppError> {
  const problem = (message: string) =>
    err(validation('VALIDATION', message, { fields: { salary: message } }));
  if (!Number.isSafeInteger(input.min) || !Number.isSafeInteger(input.max)) {
    return problem('Salaries are whole amounts in minor units (cents).');
  }
  if (input.min < 0 || input.max > SALARY_MAX_MINOR) return problem('Salary is out of range.');
  if (input.min > input.max) return problem('The minimum salary cannot be above the maximum.');
  if (!(CURRENCIES as readonly string[]).includes(input.currency)) {
    return problem(`Currency must be one of ${CURRENCIES.join(', ')}.`);
  }
  return ok({ min: input.min, max: input.max, currency: input.currency as Currency });
}
