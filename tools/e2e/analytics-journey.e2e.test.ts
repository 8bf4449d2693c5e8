import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../apps/api/src/demo-data';
import { type AppUnderTest, chromiumAvailable, fillSignIn, signedUp, startApp, uniqueEmail } from './harness';

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;

describe.skipIf(!chromiumAvailable)('analytics journey in the browser', () => {
  it('shows the demo admin the dashboard the demo data filled, and a preset range in the address', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await fillSignIn(page, admin.email, admin.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.waitForURL('**/admin/analytics');
    await page.getByRole('heading', { name: 'Hiring funnel' }).waitFor();
    // The seeded applications reached the analytics consumer: the 30-day count is not zero.
    const applications = page
      .getByText('Applications', { exact: true })
      .locator('xpath=following-sibling::*[1]');
    await expect
      .poll(async () => Number((await applications.textContent())?.replace(/,/g, '')))
      .toBeGreaterThan(0);

    await page.getByText('7 days', { exact: true }).click();
    await page.waitForURL('**/admin/analytics?days=7');
    await page.getByRole('heading', { name: 'Hiring funnel' }).waitFor();
    await context.close();
  });

  it('keeps it from everyone else: no link, and the page says who it is for', async () => {
    const { context, page } = await signedUp(app, 'jobseeker', {
      name: 'Nosy Parker',
      email: uniqueEmail('analytics'),
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Courses' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Analytics' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/admin/analytics`);
    await page.getByText('Analytics is for administrators').waitFor();
    await context.close();
  });
});
