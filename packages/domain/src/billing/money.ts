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

const digitsByCurrency = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (ISO 4217: 2 for USD, 0 for JPY, 3 for KWD), read from
 * the runtime's Intl data: the same rule the web's formatter uses, so both show one amount alike.
 */
export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * "$1,234.56" / "190.00 CHF" / "500 JPY": the minor units split as text at the currency's own
 * number of decimals, so no float ever rounds a cent away.
 */
export function formatAmount(value: Amount): string {
  if (!isMinorAmount(value.amountMinor))
    throw new Error(`Not an amount in minor units: ${value.amountMinor}`);
  const decimals = minorDigits(value.currency);
  const digits = String(value.amountMinor).padStart(decimals + 1, '0');
  const grouped = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text =
    decimals === 0 ? grouped(digits) : `${grouped(digits.slice(0, -decimals))}.${digits.slice(-decimals)}`;
  const symbol = SYMBOLS[value.currency];
  return symbol ? `${symbol}${text}` : `${text} ${value.currency}`;
}
