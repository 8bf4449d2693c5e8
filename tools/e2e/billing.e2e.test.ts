import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, fillSignUp, startApp, uniqueEmail } from './harness';

// Billing end to end with the embedded (local) payment provider: a visitor signs up from the
// pricing page and returns to it, meets a pro course's upgrade prompt, pays through the local
// checkout (a declined card first, then a good one), enrols, cancels and keeps access; the api's
// test clock then moves past the period end and access ends: the course enrolled while paid keeps
// its page and progress, its lessons show the upgrade prompt.

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp({ env: { TALENTSPHERE_TEST_CLOCK: '1' } });
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 20_000, interval: 250 };
const DAY_MS = 86_400_000;

// Three pro courses of the demo catalog: one enrolled while paid, one while cancelling, one after.
const PRO_COURSES = [
  'Advanced TypeScript types',
  'PostgreSQL performance and indexing',
  'Designing event-driven systems',
] as const;

describe.skipIf(!chromiumAvailable)('billing journey in the browser', () => {
  it('upgrades through the local checkout after a declined card, enrols in a pro course, cancels and keeps access until the period ends', async () => {
    // A visitor on the pricing page signs up from the Pro card and comes back to it.
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/pricing`);
    await page.getByRole('link', { name: 'Sign up to get Pro', exact: true }).click();
    await page.waitForURL('**/sign-up');
    await fillSignUp(page, { name: 'Paula Payer', email: uniqueEmail('payer') }, 'jobseeker');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/pricing?for=learner');
    const freeCard = page
      .getByTestId('plan-card')
      .filter({ has: page.getByRole('heading', { name: 'Free', exact: true }) });
    await expect.poll(() => freeCard.textContent(), poll).toContain('Current plan');

    // A pro course without Pro: enrolling answers PAYMENT_REQUIRED, shown as an upgrade prompt.
    const firstCourse = await openCourse(page, PRO_COURSES[0]);
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    const prompt = page.getByTestId('upgrade-prompt');
    await expect.poll(() => prompt.isVisible(), poll).toBe(true);
    expect(await prompt.textContent()).toContain('upgrade to Pro');

    // Straight to the local checkout of Pro from the prompt.
    await prompt.getByRole('button', { name: 'Upgrade to Pro' }).click();
    await page.waitForURL(/\/billing\/checkout\/[^/]+$/);
    await expect.poll(() => page.getByTestId('checkout-amount').textContent(), poll).toMatch(/^\$19\.00/);

    // A number that is not a card never leaves the form.
    const card = page.getByRole('textbox', { name: 'Card number' });
    await card.fill('4242 4242');
    await page.getByRole('button', { name: 'Pay $19.00' }).click();
    await expect
      .poll(() => page.getByText('A card number has 12 to 19 digits.').isVisible(), poll)
      .toBe(true);

    // The declined test card: a clear error, nothing bought, the same checkout can be paid again.
    await card.fill('4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Pay $19.00' }).click();
    const declined = page.getByTestId('payment-error');
    await expect.poll(() => declined.isVisible(), poll).toBe(true);
    expect(await declined.textContent()).toMatch(/declined/i);
    expect(page.url()).toMatch(/\/billing\/checkout\/[^/]+$/);

    await page.getByRole('button', { name: 'Use test card 4242 4242 4242 4242' }).click();
    expect(await card.inputValue()).toBe('4242 4242 4242 4242');
    await page.getByRole('button', { name: 'Pay $19.00' }).click();
    await page.waitForURL('**/billing?checkout=success');
    await expect.poll(() => page.getByTestId('checkout-success').isVisible(), poll).toBe(true);
    await expect.poll(() => page.getByTestId('subscription-status').textContent(), poll).toBe('Active');
    const renews = await page.getByTestId('renews-on').textContent();
    expect(renews).toMatch(/^Next renewal on /);
    const invoice = page.getByTestId('invoice-row');
    await expect.poll(() => invoice.count(), poll).toBe(1);
    expect(await invoice.textContent()).toContain('$19.00');
    expect(await invoice.textContent()).toContain('Paid');

    // With Pro the same course takes the enrolment.
    await page.goto(firstCourse);
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Start the course' }).isVisible(), poll)
      .toBe(true);

    // Cancel at period end: confirmed in a dialog that says until when access lasts.
    await page.goto(`${app.baseUrl}/billing`);
    await page.getByRole('button', { name: 'Cancel plan' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/You keep access until /);
    await dialog.getByRole('button', { name: 'Cancel plan' }).click();
    const endsOn = page.getByTestId('ends-on');
    await expect.poll(() => endsOn.isVisible(), poll).toBe(true);
    expect(await endsOn.textContent()).toMatch(/You keep access until /);
    expect(await page.getByTestId('subscription-status').textContent()).toBe('Cancels at period end');
    expect(await page.getByRole('button', { name: 'Resume plan' }).isVisible()).toBe(true);

    // Still paid for: another pro course takes the enrolment.
    await openCourse(page, PRO_COURSES[1]);
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'Start the course' }).isVisible(), poll)
      .toBe(true);

    // The period ends (a month and a few days later on the api's clock): access ends with it.
    const moved = await fetch(`${app.baseUrl}/testing/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 35 * DAY_MS }),
    });
    expect(moved.status, await moved.clone().text()).toBe(200);

    await openCourse(page, PRO_COURSES[2]);
    await page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect.poll(() => page.getByTestId('upgrade-prompt').isVisible(), poll).toBe(true);

    // The course enrolled while paid: its page and progress stay, its lessons wait for Pro again.
    await page.goto(firstCourse);
    const panel = page.getByTestId('enrollment-panel');
    await expect.poll(() => panel.getByTestId('upgrade-prompt').isVisible(), poll).toBe(true);
    await panel.getByRole('link', { name: 'Start the course' }).click();
    await page.waitForURL(/\/courses\/[0-9a-f-]{36}\/lessons\/[0-9a-f-]{36}$/);
    const lessonPrompt = page.getByTestId('upgrade-prompt');
    await expect.poll(() => lessonPrompt.isVisible(), poll).toBe(true);
    expect(await lessonPrompt.textContent()).toContain('Your progress is kept');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), poll).toBe(PRO_COURSES[0]);

    await page.goto(`${app.baseUrl}/billing`);
    await expect.poll(() => page.getByTestId('subscription-status').textContent(), poll).toBe('Canceled');
    await expect.poll(() => page.getByTestId('subscription-ended').isVisible(), poll).toBe(true);
    expect(await page.getByRole('button', { name: 'Cancel plan' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'See plans' }).isVisible()).toBe(true);

    // The pricing page marks Free as the plan in effect and offers Pro again.
    await page.goto(`${app.baseUrl}/pricing`);
    const pro = page.getByTestId('plan-card').filter({ hasText: 'Every pro course' });
    await expect.poll(() => pro.getByRole('button', { name: 'Upgrade to Pro' }).isVisible(), poll).toBe(true);
    expect(await freeCard.textContent()).toContain('Current plan');

    await context.close();
  });
});

/** Finds a course through the catalog search and opens it; answers its address. */
async function openCourse(page: Page, title: string): Promise<string> {
  await page.goto(`${app.baseUrl}/courses`);
  await page.getByRole('textbox', { name: 'Search courses' }).fill(title);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), poll).toBe(title);
  return page.url();
}
