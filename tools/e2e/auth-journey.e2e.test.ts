import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppUnderTest,
  chromiumAvailable,
  fillSignIn,
  fillSignUp,
  password,
  registerThroughApi,
  startApp,
  uniqueEmail,
} from './harness';

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

describe.skipIf(!chromiumAvailable)('auth journey in the browser', () => {
  it('signs up, signs out, signs in, and keeps the session across a reload', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const user = { name: 'Grace Hopper', email: uniqueEmail('journey') };

    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('link', { name: 'Create your free account' }).click();
    await page.waitForURL('**/sign-up');
    await fillSignUp(page, user);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL('**/profile');
    await expectProfile(page, user, 'Job seeker');

    // The refresh token is a cookie page scripts cannot read.
    const refreshCookie = (await context.cookies()).find((cookie) => cookie.name === 'ts_refresh');
    expect(refreshCookie?.httpOnly).toBe(true);
    expect(await page.evaluate<string>('document.cookie')).not.toContain('ts_refresh');

    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await expect.poll(() => page.getByText('You have signed out.').isVisible()).toBe(true);

    // Signed out for real: a fresh load of a protected page lands on sign-in.
    await page.goto(`${app.baseUrl}/profile`);
    await page.waitForURL('**/sign-in');

    await fillSignIn(page, user.email, password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/profile');
    await expectProfile(page, user, 'Job seeker');

    await page.reload();
    await expectProfile(page, user, 'Job seeker');
    expect(new URL(page.url()).pathname).toBe('/profile');

    // An access token the server rejects is renewed silently and the call replayed: the reload's
    // refresh, then one more for the rejected auth.me, and the profile still shows.
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/trpc/auth.refresh') refreshes.push(request.url());
    });
    // The signed-in header polls notifications, which the batch link may send with auth.me.
    await page.route(
      (url) => batchedPaths(url).includes('auth.me'),
      (route) => route.fulfill(expiredTokenAnswer(batchedPaths(new URL(route.request().url())))),
      { times: 1 },
    );
    await page.reload();
    await expectProfile(page, user, 'Job seeker');
    expect(refreshes).toHaveLength(2);
    await context.close();
  });

  it('shows the invalid-credentials message for a wrong password', async () => {
    const user = { name: 'Alan Turing', email: uniqueEmail('wrong-password') };
    await registerThroughApi(app.baseUrl, user, 'employer');
    const context = await app.browser.newContext();
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/sign-in`);
    await fillSignIn(page, user.email, 'not the right password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not sign you in' });
    await expect.poll(() => alert.textContent()).toContain('That email and password do not match an account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('shows the account-exists message when signing up with a taken email', async () => {
    const user = { name: 'Katherine Johnson', email: uniqueEmail('taken') };
    await registerThroughApi(app.baseUrl, user, 'jobseeker');
    const context = await app.browser.newContext();
    const page = await context.newPage();

    await page.goto(`${app.baseUrl}/sign-up`);
    await fillSignUp(page, user);
    await page.getByRole('button', { name: 'Create account' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not create your account' });
    await expect.poll(() => alert.textContent()).toContain('An account with this email already exists');
    await expect.poll(() => page.getByText('This email is already registered.').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/sign-up');
    await context.close();
  });
});

async function expectProfile(page: Page, user: { name: string; email: string }, role: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('profile-name').textContent(), { timeout: 15_000 })
    .toBe(user.name);
  expect(await page.getByTestId('profile-email').textContent()).toBe(user.email);
  expect(await page.getByTestId('profile-role').textContent()).toBe(role);
}

function batchedPaths(url: URL): string[] {
  return url.pathname.startsWith('/trpc/') ? url.pathname.slice('/trpc/'.length).split(',') : [];
}

// What the server answers a batched call whose access token has expired: one error per procedure.
function expiredTokenAnswer(paths: string[]) {
  return {
    status: 401,
    contentType: 'application/json',
    body: JSON.stringify(
      paths.map((path) => ({
        error: {
          code: -32001,
          message: 'Your session has expired. Please sign in again.',
          data: { code: 'UNAUTHORIZED', httpStatus: 401, path, appCode: 'AUTH_002' },
        },
      })),
    ),
  };
}
