import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';
import type { LocalCardBehaviour } from './local-payment-store';
import { invalidCard, paymentDeclined } from './payment-errors';

/** The local checkout's test cards (Stripe's numbers for the same outcomes). */
export const LOCAL_TEST_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  /** The first charge succeeds; every renewal fails. */
  renewalsFail: '4000000000000341',
} as const;

const BEHAVIOURS: Readonly<Record<string, LocalCardBehaviour>> = {
  [LOCAL_TEST_CARDS.succeeds]: 'succeeds',
  [LOCAL_TEST_CARDS.renewalsFail]: 'renewals-fail',
};

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * What charging `input` (spaces allowed, as people type it) does at the local provider: a number
 * that is not a card is invalid; a card other than a succeeding test card is declined.
 */
export function chargeCard(
  input: string,
): Result<{ last4: string; behaviour: LocalCardBehaviour }, AppError> {
  const digits = input.replace(/\s+/g, '');
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) {
    return err(invalidCard('This is not a valid card number'));
  }
  if (digits === LOCAL_TEST_CARDS.declined) return err(paymentDeclined('Your card was declined'));
  const behaviour = BEHAVIOURS[digits];
  if (!behaviour) {
    return err(
      paymentDeclined(
        'Your card was declined: this offline checkout takes only test cards such as 4242 4242 4242 4242',
      ),
    );
  }
  return ok({ last4: digits.slice(-4), behaviour });
}
