import type { RouterOutputs } from './router-types';

export type PlanView = RouterOutputs['billing']['plans'][number];
export type MyBilling = RouterOutputs['billing']['mine'];
export type SubscriptionView = NonNullable<MyBilling['subscription']>;
export type SubscriptionStatus = SubscriptionView['status'];
export type InvoiceView = MyBilling['invoices'][number];
export type InvoiceStatus = InvoiceView['status'];
export type PlanCode = PlanView['code'];
export type PlanAudience = PlanView['audience'];

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale: string | undefined, trim: boolean): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${trim}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(trim ? { minimumFractionDigits: 0 } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * "$1,234.56" from 123456 minor units. The integer is split into its major and minor digits as text
 * and handed to Intl as an exact decimal string, so no float ever rounds a cent away. With `trim`,
 * a whole amount drops its zero cents ("$19" on a price tag).
 */
export function formatMoney(
  amountMinor: number,
  currency: string,
  options: { locale?: string; trim?: boolean } = {},
): string {
  if (!Number.isSafeInteger(amountMinor)) throw new Error(`Not an amount in minor units: ${amountMinor}`);
  const digits = currencyFormat(currency, options.locale, false).resolvedOptions().maximumFractionDigits ?? 2;
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const minor = digits === 0 ? '' : text.slice(-digits);
  const trim = options.trim === true && /^0*$/.test(minor);
  // A decimal string is formatted exactly (Intl.NumberFormat v3), with no detour through a float.
  const decimal = (minor && !trim ? `${sign}${whole}.${minor}` : `${sign}${whole}`) as `${number}`;
  return currencyFormat(currency, options.locale, trim).format(decimal);
}

export const intervalLabels = { month: 'month', year: 'year' } as const;

/** "$19 / month", "Free". */
export function priceLabel(plan: Pick<PlanView, 'price' | 'interval'>, options: { locale?: string } = {}) {
  if (!plan.price) return 'Free';
  const amount = formatMoney(plan.price.amountMinor, plan.price.currency, { ...options, trim: true });
  return plan.interval ? `${amount} / ${intervalLabels[plan.interval]}` : amount;
}

export const subscriptionStatusLabels: Record<SubscriptionStatus, string> = {
  incomplete: 'Incomplete',
  incomplete_expired: 'Expired',
  trialing: 'Trial',
  active: 'Active',
  past_due: 'Past due',
  canceled: 'Canceled',
  unpaid: 'Unpaid',
  paused: 'Paused',
};

export const subscriptionStatusColors: Record<SubscriptionStatus, string> = {
  incomplete: 'yellow',
  incomplete_expired: 'gray',
  trialing: 'blue',
  active: 'teal',
  past_due: 'orange',
  canceled: 'gray',
  unpaid: 'red',
  paused: 'gray',
};

export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  paid: 'Paid',
  uncollectible: 'Uncollectible',
  void: 'Void',
};

export const invoiceStatusColors: Record<InvoiceStatus, string> = {
  draft: 'gray',
  open: 'orange',
  paid: 'teal',
  uncollectible: 'red',
  void: 'gray',
};

/** Statuses in which the provider still renews (or retries) the subscription: it can be cancelled. */
const RUNNING: readonly SubscriptionStatus[] = ['trialing', 'active', 'past_due'];

export function isRunning(subscription: Pick<SubscriptionView, 'status'> | null): boolean {
  return subscription !== null && RUNNING.includes(subscription.status);
}

/** What a plan card on the pricing page offers the visitor. */
export type PlanAction =
  | { kind: 'sign-up' }
  | { kind: 'other-audience' }
  | { kind: 'current' }
  | { kind: 'included' }
  | { kind: 'upgrade' }
  | { kind: 'change-on-billing' }
  | { kind: 'resume' };

export function planAction(
  plan: Pick<PlanView, 'code' | 'audience' | 'price'>,
  mine: Pick<MyBilling, 'audience' | 'plan' | 'subscription'> | null,
): PlanAction {
  if (!mine) return { kind: 'sign-up' };
  if (plan.audience !== mine.audience) return { kind: 'other-audience' };
  if (plan.code === mine.plan.code) {
    const ending = mine.subscription?.plan === plan.code && mine.subscription.cancelAtPeriodEnd;
    return ending && isRunning(mine.subscription) ? { kind: 'resume' } : { kind: 'current' };
  }
  if (!plan.price) return { kind: 'included' };
  // The provider takes one renewing paid plan at a time: switching goes through the billing page.
  const renewing = isRunning(mine.subscription) && !mine.subscription?.cancelAtPeriodEnd;
  return renewing ? { kind: 'change-on-billing' } : { kind: 'upgrade' };
}

/** The paid plan an upgrade prompt offers a role (employers hire, everyone else learns). */
export function upgradePlanFor(role: string): PlanCode {
  return role === 'employer' ? 'employer-business-monthly' : 'learner-pro-monthly';
}

export function audienceForRole(role: string | undefined): PlanAudience {
  return role === 'employer' ? 'employer' : 'learner';
}

/** Digits only, as the payment desk reads a card number typed with spaces or dashes. */
export function cardDigits(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** "4242 4242 4242 4242" while typing: groups of four, other characters dropped, at most 19 digits. */
export function formatCardNumber(input: string): string {
  const digits = input.replace(/\D/g, '').slice(0, 19);
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function passesLuhn(digits: string): boolean {
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

/** Why a typed card number cannot be a card (null when it can). */
export function cardNumberError(input: string): string | null {
  const digits = cardDigits(input);
  if (!digits) return 'Enter the card number.';
  if (!/^\d+$/.test(digits)) return 'A card number has digits only.';
  if (digits.length < 12 || digits.length > 19) return 'A card number has 12 to 19 digits.';
  if (!passesLuhn(digits)) return 'This card number is not valid: check it for a typo.';
  return null;
}

export const TEST_CARDS = [
  { number: '4242 4242 4242 4242', outcome: 'succeeds' },
  { number: '4000 0000 0000 0002', outcome: 'is declined' },
  { number: '4000 0000 0000 0341', outcome: 'succeeds now, every renewal fails' },
] as const;

/**
 * A fresh Idempotency-Key. crypto.randomUUID exists only in secure contexts (https, localhost); on
 * a plain-http address the same 122 random bits come from getRandomValues.
 */
export function newIdempotencyKey(source: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = crypto) {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The key for an attempt to buy `plan`: the pending attempt's when it is the same plan (a retry of
 * a request that may have landed), else a fresh one.
 */
export function attemptKey(
  pending: { readonly plan: PlanCode; readonly key: string } | null,
  plan: PlanCode,
  fresh: () => string = newIdempotencyKey,
): string {
  return pending?.plan === plan ? pending.key : fresh();
}

/** In-app paths are routed; anything else (Stripe's hosted pages) is a full navigation. */
export function isInAppPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Whether the mirror shows what a return from checkout promised: a paid plan in effect whose
 * subscription runs and renews. Until the provider's webhook lands it still shows the free plan (or,
 * after buying another plan while one was ending, the ending one).
 */
export function checkoutSettled(billing: Pick<MyBilling, 'plan' | 'subscription'>): boolean {
  const { plan, subscription } = billing;
  return plan.price !== null && isRunning(subscription) && subscription?.cancelAtPeriodEnd === false;
}

/** Whether the mirror shows the renewal asked for (cancel: `cancelAtPeriodEnd` true; resume: false). */
export function renewalSettled(
  billing: Pick<MyBilling, 'subscription'>,
  cancelAtPeriodEnd: boolean,
): boolean {
  return billing.subscription?.cancelAtPeriodEnd === cancelAtPeriodEnd;
}

/** How often and how long the page reads the mirror while waiting for the provider's webhook. */
export interface WaitPolicy {
  readonly everyMs: number;
  readonly forMs: number;
}

export const CHECKOUT_WAIT: WaitPolicy = { everyMs: 2_000, forMs: 60_000 };
export const RENEWAL_WAIT: WaitPolicy = { everyMs: 1_000, forMs: 20_000 };

/** Where a wait for the webhook stands: nothing asked, still waiting, mirrored, or given up. */
export type WaitPhase = 'idle' | 'waiting' | 'settled' | 'timed-out';

/** `settled` is undefined while the mirror has not been read yet. A late confirmation still counts. */
export function waitPhase(asked: boolean, settled: boolean | undefined, expired: boolean): WaitPhase {
  if (!asked) return 'idle';
  if (settled) return 'settled';
  return expired ? 'timed-out' : 'waiting';
}

/** The refetch interval for react-query: poll only while waiting. */
export function pollEvery(phase: WaitPhase, policy: WaitPolicy): number | false {
  return phase === 'waiting' ? policy.everyMs : false;
}
