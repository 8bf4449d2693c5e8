import { err, ok, type Result } from 'neverthrow';
import { type AppError, validation } from '../shared';

/**
 * Money is an integer count of minor units (cents) with its ISO 4217 currency. Nothing here divides,
 * multiplies by a fraction or parses a decimal through a float: amounts stay safe integers, and
 * formatting works on the digits as text.
 */
export interface Amount {
  readonly amountMinor: number;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

export const isMinorAmount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** An amount as a provider reports it: a non-negative safe integer and a three-letter currency. */
export function amount(amountMinor: number, currency: string): Result<Amount, AppError> {
  if (!isMinorAmount(amountMinor))
    return err(validation('VALIDATION', 'An amount is a whole number of cents, at least 0.'));
  const code = currency.toUpperCase();
  if (!CURRENCY.test(code)) return err(validation('VALIDATION', 'A currency is a three-letter ISO code.'));
  return ok({ amountMinor, currency: code });
}

/** Adds amounts of one currency; refuses mixed currencies and a sum beyond the safe integers. */
export function sumAmounts(amounts: readonly Amount[], currency: string): Result<Amount, AppError> {
  let total = 0;
  for (const a of amounts) {
    if (a.currency !== currency) return err(validation('VALIDATION', 'Amounts of different currencies.'));
    total += a.amountMinor;
    if (!Number.isSafeInteger(total)) return err(validation('VALIDATION', 'The sum is too large.'));
  }
  return ok({ amountMinor: total, currency });
}

/**
 * "$1,234.56" / "190.00 CHF": the minor units split as text (two decimals), so no float ever rounds
 * a cent away.
 */
export function formatAmount(value: Amount): string {
  if (!isMinorAmount(value.amountMinor))
    throw new Error(`Not an amount in minor units: ${value.amountMinor}`);
  const digits = String(value.amountMinor).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${whole}.${digits.slice(-2)}`;
  const symbol = SYMBOLS[value.currency];
  return symbol ? `${symbol}${text}` : `${text} ${value.currency}`;
}

/** Reads "1,234.56" (an optional symbol or code around it) back into minor units, as text. */
export function parseAmount(text: string, currency: string): Result<Amount, AppError> {
  const symbol = SYMBOLS[currency] ?? '';
  const bare = text.replace(symbol, '').replace(currency, '').trim();
  const match = /^(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})$/.exec(bare);
  if (!match) return err(validation('VALIDATION', 'Write an amount as 12.34.'));
  const digits = `${(match[1] ?? '').replaceAll(',', '')}${match[2] ?? ''}`.replace(/^0+(?=\d)/, '');
  return amount(Number.parseInt(digits, 10), currency);
}
