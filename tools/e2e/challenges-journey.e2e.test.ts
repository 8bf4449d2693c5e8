import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, signedUp, startApp, uniqueEmail } from './harness';

// Proving a skill end to end: a learner opens a demo challenge, runs the samples with a wrong answer,
// fixes it, submits, and sees ACCEPTED arrive over the live stream and their name on the leaderboard.

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 30_000, interval: 250 };

const wrong = 'function twoSum(nums, target) {\n  return [0, 1];\n}\n';
const right =
  'function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n';

describe.skipIf(!chromiumAvailable)('challenges journey in the browser', () => {
  it('runs the samples with a wrong answer, fixes it, submits, sees ACCEPTED live and joins the leaderboard', async () => {
    const { context, page } = await signedUp(app, 'jobseeker', {
      name: 'Priya Prover',
      email: uniqueEmail('prover'),
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Challenges' }).click();
    await page.waitForURL('**/challenges');
    await page.getByRole('textbox', { name: 'Search challenges' }).fill('Two Sum');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Two Sum', exact: true }).click();
    await page.waitForURL(/\/challenges\/[0-9a-f-]{36}$/);

    await replaceCode(page, wrong);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const runResults = page.getByTestId('run-results');
    await expect
      .poll(() => runResults.getByRole('status').textContent(), poll)
      .toBe('1 of 2 sample tests passed');
    expect(await runResults.getByText('Wrong answer').count()).toBe(1);

    await replaceCode(page, right);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => runResults.getByRole('status').textContent(), poll)
      .toBe('All 2 sample tests passed');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect.poll(() => page.getByTestId('submission-verdict').textContent(), poll).toBe('Accepted');
    expect(await page.getByTestId('submission-result').textContent()).toMatch(/(\d+) \/ \1 tests passed/);

    // The worker drops the cached leaderboard after the acceptance commits: reload until it shows.
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByRole('tab', { name: 'Leaderboard' }).click();
        const leaderboard = page.getByTestId('challenge-leaderboard');
        await leaderboard.waitFor({ timeout: 5_000 }).catch(() => undefined);
        return leaderboard.getByText('Priya Prover').isVisible();
      }, poll)
      .toBe(true);
    await context.close();
  });
});

/** Replaces the editor's content as a paste would (typing would trigger bracket auto-closing). */
async function replaceCode(page: Page, code: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Code editor' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}
