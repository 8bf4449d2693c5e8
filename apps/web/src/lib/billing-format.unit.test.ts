import { describe, expect, it } from 'vitest';
import {
  attemptKey,
  CHECKOUT_WAIT,
  cardNumberError,
  checkoutSettled,
  formatCardNumber,
  formatMoney,
  isInAppPath,
  type MyBilling,
  newIdempotencyKey,
  type PlanView,
  planAction,
  pollEvery,
  priceLabel,
  RENEWAL_WAIT,
  renewalSettled,
  waitPhase,
} from './billing-format';

const plan = (code: PlanView['code'], audience: PlanView['audience'], amountMinor: number | null) => ({
  code,
  audience,
  price: amountMinor === null ? null : { amountMinor, currency: 'USD', formatted: '' },
});

type Mine = Pick<MyBilling, 'audience' | 'plan' | 'subscription'>;

function mine(
  current: PlanView['code'],
  subscription: { plan: PlanView['code']; status: string; cancelAtPeriodEnd: boolean } | null,
): Mine {
  return {
    audience: current.startsWith('employer') ? 'employer' : 'learner',
    plan: { code: current } as Mine['plan'],
    subscription: subscription as Mine['subscription'],
  };
}

describe('money', () => {
  it.each([
    [0, '$0.00'],
    [1, '$0.01'],
    [99, '$0.99'],
    [1900, '$19.00'],
    [19000, '$190.00'],
    [123456, '$1,234.56'],
    [-250, '-$2.50'],
    [Number.MAX_SAFE_INTEGER, '$90,071,992,547,409.91'],
  ])('Given %i minor units of USD, When formatted, Then it reads %s', (minor, text) => {
    expect(formatMoney(minor, 'USD', { locale: 'en-US' })).toBe(text);
  });

  it('Given amounts whose float division would round, When formatted, Then every cent is kept', () => {
    // 0.1 + 0.2 style errors: 1.005 * 100 is 100.49999… in floating point.
    expect(formatMoney(1005, 'USD', { locale: 'en-US' })).toBe('$10.05');
    expect(formatMoney(29, 'USD', { locale: 'en-US' })).toBe('$0.29');
    expect(formatMoney(2_000_000_000_001, 'USD', { locale: 'en-US' })).toBe('$20,000,000,000.01');
  });

  it('Given a currency without minor units or another locale, When formatted, Then Intl places the digits', () => {
    expect(formatMoney(1900, 'JPY', { locale: 'en-US' })).toBe('¥1,900');
    expect(formatMoney(123456, 'EUR', { locale: 'de-DE' })).toBe('1.234,56\u00a0€');
  });

  it('Given trim, When the cents are zero, Then they are dropped, and kept otherwise', () => {
    expect(formatMoney(1900, 'USD', { locale: 'en-US', trim: true })).toBe('$19');
    expect(formatMoney(1950, 'USD', { locale: 'en-US', trim: true })).toBe('$19.50');
  });

  it('Given a fraction of a cent, When formatted, Then it is refused rather than rounded', () => {
    expect(() => formatMoney(19.5, 'USD')).toThrow(/minor units/);
  });

  it('Given plans, When labelled, Then free plans read Free and paid ones carry their interval', () => {
    expect(priceLabel({ price: null, interval: null })).toBe('Free');
    expect(
      priceLabel(
        { price: { amountMinor: 24900, currency: 'USD', formatted: '' }, interval: 'month' },
        { locale: 'en-US' },
      ),
    ).toBe('$249 / month');
  });
});

describe('plan actions', () => {
  const pro = plan('learner-pro-monthly', 'learner', 1900);
  const yearly = plan('learner-pro-yearly', 'learner', 19000);
  const free = plan('learner-free', 'learner', null);
  const business = plan('employer-business-monthly', 'employer', 24900);

  it('Given a visitor, When a plan is shown, Then it asks them to sign up', () => {
    expect(planAction(pro, null).kind).toBe('sign-up');
  });

  it('Given a learner on Free, When plans are shown, Then Free is current, Pro an upgrade, employer plans not theirs', () => {
    const me = mine('learner-free', null);
    expect(planAction(free, me).kind).toBe('current');
    expect(planAction(pro, me).kind).toBe('upgrade');
    expect(planAction(business, me).kind).toBe('other-audience');
  });

  it('Given a renewing Pro plan, When plans are shown, Then Pro is current and the others change on the billing page', () => {
    const me = mine('learner-pro-monthly', {
      plan: 'learner-pro-monthly',
      status: 'active',
      cancelAtPeriodEnd: false,
    });
    expect(planAction(pro, me).kind).toBe('current');
    expect(planAction(yearly, me).kind).toBe('change-on-billing');
    expect(planAction(free, me).kind).toBe('included');
  });

  it('Given Pro cancelled at period end, When plans are shown, Then Pro offers resume and yearly an upgrade', () => {
    const me = mine('learner-pro-monthly', {
      plan: 'learner-pro-monthly',
      status: 'active',
      cancelAtPeriodEnd: true,
    });
    expect(planAction(pro, me).kind).toBe('resume');
    expect(planAction(yearly, me).kind).toBe('upgrade');
  });

  it('Given a subscription that has ended, When plans are shown, Then Pro is an upgrade again', () => {
    const me = mine('learner-free', {
      plan: 'learner-pro-monthly',
      status: 'canceled',
      cancelAtPeriodEnd: true,
    });
    expect(planAction(pro, me).kind).toBe('upgrade');
    expect(planAction(free, me).kind).toBe('current');
  });
});

describe('card numbers', () => {
  it.each([
    ['4242424242424242', '4242 4242 4242 4242'],
    ['4000-0000-0000-0002', '4000 0000 0000 0002'],
    ['42424', '4242 4'],
    ['4242 4242 4242 4242 4242 4242', '4242 4242 4242 4242 424'],
  ])('Given %s typed, When formatted, Then it reads %s', (typed, shown) => {
    expect(formatCardNumber(typed)).toBe(shown);
  });

  it.each([
    ['', 'Enter the card number.'],
    ['4242 abcd', 'A card number has digits only.'],
    ['4242 4242', 'A card number has 12 to 19 digits.'],
    ['4242 4242 4242 4241', 'This card number is not valid: check it for a typo.'],
  ])('Given %j, When checked, Then it says %s', (typed, message) => {
    expect(cardNumberError(typed)).toBe(message);
  });

  it.each(['4242 4242 4242 4242', '4000 0000 0000 0002', '4000-0000-0000-0341'])(
    'Given the test card %s, When checked, Then it is a valid number',
    (typed) => {
      expect(cardNumberError(typed)).toBeNull();
    },
  );
});

describe('idempotency keys and redirects', () => {
  const serverPattern = /^[A-Za-z0-9._:-]{8,100}$/;

  it('Given crypto.randomUUID, When a key is made, Then each is fresh and the server accepts it', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(serverPattern);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('Given an insecure page without randomUUID, When a key is made, Then 16 random bytes make it', () => {
    const source = { getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array) };
    const key = newIdempotencyKey(source as Pick<Crypto, 'getRandomValues'>);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).toMatch(serverPattern);
  });

  it('Given an attempt that got no answer, When the same plan is tried again, Then its key is reused; another plan gets a fresh one', () => {
    let made = 0;
    const fresh = () => `key-${++made}-xxxxxxxx`;
    const first = attemptKey(null, 'learner-pro-monthly', fresh);
    expect(first).toBe('key-1-xxxxxxxx');
    expect(attemptKey({ plan: 'learner-pro-monthly', key: first }, 'learner-pro-monthly', fresh)).toBe(first);
    expect(attemptKey({ plan: 'learner-pro-monthly', key: first }, 'learner-pro-yearly', fresh)).toBe(
      'key-2-xxxxxxxx',
    );
  });

  it.each([
    ['/billing/checkout/abc', true],
    ['/billing?checkout=success', true],
    ['//evil.example/x', false],
    ['https://checkout.stripe.com/c/pay/cs_1', false],
  ])('Given %s, When routed, Then in-app is %s', (url, inApp) => {
    expect(isInAppPath(url)).toBe(inApp);
  });
});

describe('waiting for the provider to confirm', () => {
  const free = plan('learner-free', 'learner', null);
  const pro = plan('learner-pro-monthly', 'learner', 1900);
  const billing = (
    inEffect: ReturnType<typeof plan>,
    subscription: { status: string; cancelAtPeriodEnd: boolean } | null,
  ) =>
    ({
      plan: inEffect,
      subscription: subscription && { plan: 'learner-pro-monthly', ...subscription },
    }) as Pick<MyBilling, 'plan' | 'subscription'>;

  it('Given a return from checkout, When the mirror still shows Free, Then the checkout is not settled', () => {
    expect(checkoutSettled(billing(free, null))).toBe(false);
    expect(checkoutSettled(billing(free, { status: 'incomplete', cancelAtPeriodEnd: false }))).toBe(false);
  });

  it('Given a return from checkout, When the mirror shows the paid plan renewing, Then it is settled', () => {
    expect(checkoutSettled(billing(pro, { status: 'active', cancelAtPeriodEnd: false }))).toBe(true);
    expect(checkoutSettled(billing(pro, { status: 'trialing', cancelAtPeriodEnd: false }))).toBe(true);
  });

  it('Given a plan bought while another was ending, When the mirror still shows the ending one, Then it is not settled', () => {
    expect(checkoutSettled(billing(pro, { status: 'active', cancelAtPeriodEnd: true }))).toBe(false);
  });

  it('Given a cancel or resume, When the mirror shows the asked renewal, Then only that one is settled', () => {
    const ending = billing(pro, { status: 'active', cancelAtPeriodEnd: true });
    const renewing = billing(pro, { status: 'active', cancelAtPeriodEnd: false });
    expect(renewalSettled(ending, true)).toBe(true);
    expect(renewalSettled(renewing, true)).toBe(false);
    expect(renewalSettled(renewing, false)).toBe(true);
    expect(renewalSettled(ending, false)).toBe(false);
    expect(renewalSettled(billing(free, null), false)).toBe(false);
  });

  it('Given a wait, When it is settled, pending or out of time, Then it polls only while waiting', () => {
    expect(waitPhase(false, false, false)).toBe('idle');
    expect(waitPhase(true, undefined, false)).toBe('waiting');
    expect(waitPhase(true, false, false)).toBe('waiting');
    expect(waitPhase(true, true, false)).toBe('settled');
    expect(waitPhase(true, false, true)).toBe('timed-out');
    // A confirmation read after the deadline still settles the wait.
    expect(waitPhase(true, true, true)).toBe('settled');
    expect(pollEvery('waiting', CHECKOUT_WAIT)).toBe(2_000);
    expect(pollEvery('waiting', RENEWAL_WAIT)).toBe(RENEWAL_WAIT.everyMs);
    for (const phase of ['idle', 'settled', 'timed-out'] as const)
      expect(pollEvery(phase, CHECKOUT_WAIT)).toBe(false);
  });

  it('Given the wait policies, When compared, Then checkout polls every 2 s for about a minute and renewals are shorter', () => {
    expect(CHECKOUT_WAIT).toEqual({ everyMs: 2_000, forMs: 60_000 });
    expect(RENEWAL_WAIT.everyMs).toBeLessThan(CHECKOUT_WAIT.everyMs);
    expect(RENEWAL_WAIT.forMs).toBeLessThan(CHECKOUT_WAIT.forMs);
  });
});
