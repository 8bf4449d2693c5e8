import { describe, expect, it } from 'vitest';
import { amount, formatAmount } from './money';

describe('money', () => {
  it.each([
    [0, 'USD', '$0.00'],
    [5, 'USD', '$0.05'],
    [1900, 'USD', '$19.00'],
    [24900, 'USD', '$249.00'],
    [123456789, 'USD', '$1,234,567.89'],
    [19000, 'CHF', '190.00 CHF'],
    [500, 'JPY', '500 JPY'],
    [1234500, 'JPY', '1,234,500 JPY'],
    [1234, 'KWD', '1.234 KWD'],
    [5, 'BHD', '0.005 BHD'],
  ])('Given %i minor units of %s, When formatted, Then %s', (minor, currency, text) => {
    expect(formatAmount({ amountMinor: minor, currency })).toBe(text);
  });

  it('Given a fractional, negative or unsafe amount, When made, Then refused', () => {
    expect(amount(19.99, 'USD').isErr()).toBe(true);
    expect(amount(-1, 'USD').isErr()).toBe(true);
    expect(amount(Number.MAX_SAFE_INTEGER + 1, 'USD').isErr()).toBe(true);
    expect(amount(100, 'usd')._unsafeUnwrap()).toEqual({ amountMinor: 100, currency: 'USD' });
  });
});
