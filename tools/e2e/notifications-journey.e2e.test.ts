import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, field, password, startApp, uniqueEmail } from './harness';

// Notifications as a candidate meets them: the bell counts a step the employer takes while the page
// stays open (pushed over the live stream, no reload), the item leads to the application, mark all
// read clears the count, and the settings page switches a category with the keyboard.

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 20_000, interval: 200 };

/** A client of the public API, as the employer's own tools would be. */
async function apiClient(role: 'employer' | 'jobseeker', name: string) {
  const email = uniqueEmail(role);
  const call = async (procedure: string, input: unknown, token?: string) => {
    const response = await fetch(`${app.baseUrl}/trpc/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: Record<string, string> }; error?: unknown };
    expect(body.error, `${procedure}: ${JSON.stringify(body.error)}`).toBeUndefined();
    return body.result?.data ?? {};
  };
  const { accessToken } = await call('auth.register', { email, password, name, role });
  return { email, mutate: (procedure: string, input: unknown) => call(procedure, input, accessToken) };
}

describe.skipIf(!chromiumAvailable)('notifications journey in the browser', () => {
  it('counts and lists a notification pushed while the page is open, opens it, marks all read, and saves a preference by keyboard', async () => {
    const employer = await apiClient('employer', 'Erin Employer');
    const candidate = await apiClient('jobseeker', 'Casey Candidate');
    const { companyId } = await employer.mutate('companies.create', {
      name: 'Live Labs',
      slug: `live-labs-${Date.now()}`,
      size: '11-50',
      location: 'Berlin',
      description: 'Events, as they happen.',
    });
    const { jobId } = await employer.mutate('jobs.post', {
      title: 'Realtime Engineer',
      description: 'Push updates to every open page; do not poll.',
      requirements: [],
      location: 'Berlin',
      remotePolicy: 'remote',
      employmentType: 'full-time',
      skills: [{ name: 'TypeScript', level: 'advanced' }],
      companyId,
      publish: true,
    });
    const { applicationId } = await candidate.mutate('applications.submit', { jobId });

    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await field(page, 'Email').fill(candidate.email);
    await field(page, 'Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const bell = page.getByTestId('notifications-bell');
    // The welcome (and the first-application badge) land through the embedded worker.
    await expect.poll(() => bell.getAttribute('aria-label'), poll).toMatch(/unread/);
    await page.waitForTimeout(1_000);
    const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1]);
    const loads: string[] = [];
    page.on('framenavigated', (frame) => loads.push(frame.url()));

    await employer.mutate('applications.view', { applicationId });

    await expect
      .poll(() => bell.getAttribute('aria-label'), poll)
      .toBe(`Notifications, ${before + 1} unread`);
    expect(loads).toEqual([]);
    await bell.click();
    const newest = page.getByTestId('notification').first();
    await expect
      .poll(() => newest.locator('p').first().textContent(), poll)
      .toBe('Your application was viewed');
    await newest.click();
    await page.waitForURL(`**/applications/${applicationId}`);
    await expect.poll(() => bell.getAttribute('aria-label'), poll).toBe(`Notifications, ${before} unread`);

    await bell.click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => bell.getAttribute('aria-label'), poll).toBe('Notifications');
    await page.getByRole('link', { name: 'Notification settings' }).click();
    await page.waitForURL('**/settings/notifications');

    const hiring = page.getByRole('switch', { name: 'Applications and hiring' });
    await expect.poll(() => hiring.isChecked(), poll).toBe(true);
    expect(await page.getByRole('switch', { name: 'Billing' }).isDisabled()).toBe(true);
    await hiring.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => hiring.isChecked(), poll).toBe(false);
    await page.waitForTimeout(500);
    await page.reload();
    await expect
      .poll(() => page.getByRole('switch', { name: 'Applications and hiring' }).isChecked(), poll)
      .toBe(false);
    await context.close();
  });
});
