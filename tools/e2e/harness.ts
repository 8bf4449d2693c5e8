import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

// The whole product as a visitor meets it: the real api process (embedded mode, fresh PGlite data
// folder) serving the built web app, driven through Debian's headless Chromium. Shared by every
// browser journey.

const root = fileURLToPath(new URL('../..', import.meta.url));
const webIndex = path.join(root, 'apps/web/dist/index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const password = 'violet harbour lantern 42';

// A machine without Chromium skips the journeys loudly; CI must have it (.ci/run installs it).
export const chromiumAvailable = existsSync(chromiumPath);
if (!chromiumAvailable) {
  const message = `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${message}: CI must run the browser journeys.`);
  console.warn(`\n⚠️  ${message}. The browser journeys are SKIPPED on this machine.\n`);
}

export interface AppUnderTest {
  readonly baseUrl: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

/** The journeys run the embedded default, even where CI exports the full-mode service URLs. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, REDIS_URL: _redis, AMQP_URL: _amqp, ...rest } = process.env;
  return rest;
}

/**
 * Starts the api on a free port with a fresh data folder, waits for /health, launches Chromium.
 * `env` adds settings a journey needs (TALENTSPHERE_TEST_CLOCK to move time).
 */
export async function startApp(options: { env?: NodeJS.ProcessEnv } = {}): Promise<AppUnderTest> {
  if (!existsSync(webIndex)) {
    throw new Error(
      `${webIndex} is missing: build the web app first (pnpm --filter @talentsphere/web build)`,
    );
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'talentsphere-e2e-'));
  let output = '';
  const api = spawn(path.join(root, 'node_modules/.bin/tsx'), ['apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...embeddedEnv(),
      ...options.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  api.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stopApi = async () => {
    if (api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, delay(10_000)]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${baseUrl}/health`, api, 240_000, () => output);
  } catch (error) {
    await stopApi();
    throw error;
  }
  const browser = await chromium.launch({
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
  return {
    baseUrl,
    browser,
    async stop() {
      await browser.close();
      await stopApi();
    },
  };
}

export type SignUpRole = 'jobseeker' | 'employer' | 'instructor';

const ROLE_CHOICES: Record<SignUpRole, RegExp> = {
  jobseeker: /I want to get hired/,
  employer: /I am hiring/,
  instructor: /Teach: instructor/,
};

export async function fillSignUp(
  page: Page,
  user: { name: string; email: string },
  role: SignUpRole = 'jobseeker',
): Promise<void> {
  await field(page, 'Name').fill(user.name);
  await field(page, 'Email').fill(user.email);
  await field(page, 'Password').fill(password);
  await page.getByRole('radio', { name: ROLE_CHOICES[role] }).click();
}

/** A new browser session (desktop size) signed up through the sign-up page as `role`. */
export async function signedUp(
  app: AppUnderTest,
  role: SignUpRole,
  user: { name: string; email: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-up`);
  await fillSignUp(page, user, role);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/profile');
  return { context, page };
}

export async function fillSignIn(page: Page, email: string, secret: string): Promise<void> {
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(secret);
}

/** Form controls by accessible name (the required asterisk is aria-hidden, so it is not part of it). */
export function field(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

/** Seeds an account over the public API (tRPC over HTTP, no transformer), as another client would. */
export async function registerThroughApi(
  baseUrl: string,
  user: { name: string; email: string },
  role: SignUpRole,
): Promise<void> {
  const response = await fetch(`${baseUrl}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...user, password, role }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

export function uniqueEmail(label: string): string {
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

async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`api exited with ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`api not healthy at ${url} within ${timeoutMs} ms:\n${output()}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
