import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The whole product as a visitor meets it: the real api process (embedded mode, fresh PGlite data
// folder) serving the built web app, driven through Debian's headless Chromium.

const root = fileURLToPath(new URL('../..', import.meta.url));
const webIndex = path.join(root, 'apps/web/dist/index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const password = 'violet harbour lantern 42';

// A machine without Chromium skips the journeys loudly; CI must have it (.ci/run installs it).
const chromiumAvailable = existsSync(chromiumPath);
if (!chromiumAvailable) {
  const message = `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${message}: CI must run the browser journeys.`);
  console.warn(`\n⚠️  ${message}. The browser journeys are SKIPPED on this machine.\n`);
}

/** The journeys run the embedded default, even where CI exports the full-mode service URLs. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, REDIS_URL: _redis, AMQP_URL: _amqp, ...rest } = process.env;
  return rest;
}

let api: ChildProcess | undefined;
let apiOutput = '';
let dataDir: string;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumAvailable) return;
  if (!existsSync(webIndex)) {
    throw new Error(
      `${webIndex} is missing: build the web app first (pnpm --filter @talentsphere/web build)`,
    );
  }
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  dataDir = await mkdtemp(path.join(tmpdir(), 'talentsphere-e2e-'));
  api = spawn(path.join(root, 'node_modules/.bin/tsx'), ['apps/api/src/main.ts'], {
    cwd: root,
    env: { ...embeddedEnv(), PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (chunk: Buffer) => {
    apiOutput += chunk.toString();
  });
  api.stderr?.on('data', (chunk: Buffer) => {
    apiOutput += chunk.toString();
  });
  await waitForHealth(`${baseUrl}/health`, api, 120_000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api?.once('exit', resolve));
    api.kill('SIGTERM');
    await Promise.race([exited, delay(10_000)]);
    if (api.exitCode === null) api.kill('SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.skipIf(!chromiumAvailable)('auth journey in the browser', () => {
  it('signs up, signs out, signs in, and keeps the session across a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const user = { name: 'Grace Hopper', email: uniqueEmail('journey') };

    await page.goto(`${baseUrl}/`);
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
    await page.goto(`${baseUrl}/profile`);
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
    await page.route(
      (url) => url.pathname === '/trpc/auth.me',
      (route) => route.fulfill(expiredTokenAnswer),
      {
        times: 1,
      },
    );
    await page.reload();
    await expectProfile(page, user, 'Job seeker');
    expect(refreshes).toHaveLength(2);
    await context.close();
  });

  it('shows the invalid-credentials message for a wrong password', async () => {
    const user = { name: 'Alan Turing', email: uniqueEmail('wrong-password') };
    await registerThroughApi(user, 'employer');
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${baseUrl}/sign-in`);
    await fillSignIn(page, user.email, 'not the right password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not sign you in' });
    await expect.poll(() => alert.textContent()).toContain('That email and password do not match an account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('shows the account-exists message when signing up with a taken email', async () => {
    const user = { name: 'Katherine Johnson', email: uniqueEmail('taken') };
    await registerThroughApi(user, 'jobseeker');
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${baseUrl}/sign-up`);
    await fillSignUp(page, user);
    await page.getByRole('button', { name: 'Create account' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not create your account' });
    await expect.poll(() => alert.textContent()).toContain('An account with this email already exists');
    await expect.poll(() => page.getByText('This email is already registered.').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/sign-up');
    await context.close();
  });
});

async function fillSignUp(page: Page, user: { name: string; email: string }): Promise<void> {
  await field(page, 'Name').fill(user.name);
  await field(page, 'Email').fill(user.email);
  await field(page, 'Password').fill(password);
  await page.getByRole('radio', { name: /I want to get hired/ }).click();
}

async function fillSignIn(page: Page, email: string, secret: string): Promise<void> {
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(secret);
}

/** Form controls by accessible name (the required asterisk is aria-hidden, so it is not part of it). */
function field(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

async function expectProfile(page: Page, user: { name: string; email: string }, role: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId('profile-name').textContent(), { timeout: 15_000 })
    .toBe(user.name);
  expect(await page.getByTestId('profile-email').textContent()).toBe(user.email);
  expect(await page.getByTestId('profile-role').textContent()).toBe(role);
}

/** Seeds an account over the public API (tRPC over HTTP, no transformer), as another client would. */
async function registerThroughApi(user: { name: string; email: string }, role: string): Promise<void> {
  const response = await fetch(`${baseUrl}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...user, password, role }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

// What the server answers a batched call whose access token has expired.
const expiredTokenAnswer = {
  status: 401,
  contentType: 'application/json',
  body: JSON.stringify([
    {
      error: {
        code: -32001,
        message: 'Your session has expired. Please sign in again.',
        data: { code: 'UNAUTHORIZED', httpStatus: 401, path: 'auth.me', appCode: 'AUTH_002' },
      },
    },
  ]),
};

function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`api exited with ${child.exitCode} before it was healthy:\n${apiOutput}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`api not healthy at ${url} within ${timeoutMs} ms:\n${apiOutput}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
