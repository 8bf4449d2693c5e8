import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, password, signedUp, startApp, uniqueEmail } from './harness';

// Meeting someone from a course and talking live: two learners in the same demo course, one finds the
// other among the suggestions and asks to connect, the other accepts, and their messages appear in
// each other's open page without a reload (the worker announces them after commit).

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 30_000, interval: 250 };

/** A tRPC call over HTTP as the signed-in user (setup only: what the journey checks goes through the page). */
async function call(token: string | null, kind: 'query' | 'mutation', procedure: string, input: unknown) {
  const url = new URL(`/trpc/${procedure}`, app.baseUrl);
  if (kind === 'query') url.searchParams.set('input', JSON.stringify(input));
  const response = await fetch(url, {
    method: kind === 'query' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: kind === 'mutation' ? JSON.stringify(input) : undefined,
  });
  const body = (await response.json()) as { result?: { data: unknown } };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.result?.data as never;
}

async function enrolInFirstCourse(email: string): Promise<void> {
  const { accessToken } = await call(null, 'mutation', 'auth.login', { email, password });
  const catalog: { items: { id: string }[] } = await call(accessToken, 'query', 'courses.catalog', {});
  const courseId = catalog.items[0]?.id;
  expect(courseId).toBeDefined();
  await call(accessToken, 'mutation', 'courses.enroll', { courseId });
}

const unreadLabel = (page: Page) => page.getByTestId('messages-button').getAttribute('aria-label');

describe.skipIf(!chromiumAvailable)('networking journey in the browser', () => {
  it('suggests a classmate, connects on acceptance, and delivers their messages live both ways', async () => {
    const anaEmail = uniqueEmail('ana');
    const benEmail = uniqueEmail('ben');
    const ana = await signedUp(app, 'jobseeker', { name: 'Ana Networker', email: anaEmail });
    const ben = await signedUp(app, 'jobseeker', { name: 'Ben Classmate', email: benEmail });
    await enrolInFirstCourse(anaEmail);
    await enrolInFirstCourse(benEmail);

    await ana.page.getByRole('button', { name: /Ana Networker/ }).click();
    await ana.page.getByRole('menuitem', { name: 'Network' }).click();
    await ana.page.waitForURL('**/network');
    const suggestion = ana.page.getByTestId('suggestion').filter({ hasText: 'Ben Classmate' });
    await expect.poll(() => suggestion.textContent(), poll).toContain('Also in');
    await suggestion.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => ana.page.getByTestId('outgoing-request').filter({ hasText: 'Ben Classmate' }).count(), poll)
      .toBe(1);

    await ben.page.goto(`${app.baseUrl}/network`);
    const invitation = ben.page.getByTestId('incoming-request').filter({ hasText: 'Ana Networker' });
    await invitation.getByRole('button', { name: 'Accept' }).click();
    const connection = ben.page.getByTestId('connection').filter({ hasText: 'Ana Networker' });
    await expect.poll(() => connection.count(), poll).toBe(1);

    // Ana waits on her messages page; nothing is there yet.
    await ana.page.goto(`${app.baseUrl}/messages`);
    await expect.poll(() => ana.page.getByText('No messages yet').count(), poll).toBe(1);

    await connection.getByRole('link', { name: 'Message' }).click();
    await ben.page.waitForURL(/\/messages\/to\//);
    await ben.page.getByTestId('message-input').fill('Hi Ana, want to pair on the next lesson?');
    await ben.page.getByTestId('send-message').click();
    await ben.page.waitForURL(/\/messages\/[0-9a-f-]{36}$/);

    // Live: the conversation and the unread count arrive in Ana's open page.
    const item = ana.page.getByTestId('conversation-item').filter({ hasText: 'Ben Classmate' });
    await expect.poll(() => item.getByTestId('unread-count').textContent(), poll).toBe('1');
    expect(await unreadLabel(ana.page)).toBe('Messages, 1 unread');
    await item.click();
    await expect
      .poll(() => ana.page.getByTestId('message').last().textContent(), poll)
      .toContain('want to pair on the next lesson?');
    await expect.poll(() => unreadLabel(ana.page), poll).toBe('Messages');

    // And back: Ana's reply appears in Ben's open conversation.
    await ana.page.getByTestId('message-input').fill('Yes! Tomorrow at 10?');
    await ana.page.keyboard.press('Control+Enter');
    await expect
      .poll(() => ben.page.getByTestId('message').last().textContent(), poll)
      .toContain('Tomorrow at 10?');

    await ana.context.close();
    await ben.context.close();
  });
});
