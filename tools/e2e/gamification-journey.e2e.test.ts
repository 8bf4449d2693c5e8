import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, signedUp, startApp, uniqueEmail } from './harness';

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

describe.skipIf(!chromiumAvailable)('gamification journey in the browser', () => {
  it('shows the welcome points in the header and on the profile, and the caller on the leaderboard', async () => {
    const { context, page } = await signedUp(app, 'jobseeker', {
      name: 'Pat Points',
      email: uniqueEmail('points'),
    });

    // The worker awards the welcome bonus after the sign-up committed: reload until it shows.
    for (let attempt = 0; attempt < 20; attempt++) {
      if (
        (await page
          .getByTestId('profile-points')
          .textContent()
          .catch(() => null)) === '50 pts'
      )
        break;
      await page.waitForTimeout(250);
      await page.reload();
    }
    await expect.poll(() => page.getByTestId('profile-points').textContent()).toBe('50 pts');
    expect(await page.getByTestId('profile-level').textContent()).toBe('Level 1');
    expect(await page.getByRole('heading', { name: 'Achievements' }).isVisible()).toBe(true);

    const pill = page.getByTestId('points-pill').first();
    expect(await pill.getAttribute('aria-label')).toBe('Level 1, 50 pts: see the leaderboard');
    await pill.click();
    await page.waitForURL('**/leaderboard/points');
    await page.getByRole('tab', { name: 'This week' }).click();
    await page.waitForURL('**/leaderboard/points?period=weekly');
    // On the board (highlighted) or, below the top 50 of the demo data, told where.
    await expect
      .poll(
        async () =>
          (await page.getByText('Pat Points (you)').count()) > 0 ||
          (await page.getByTestId('my-standing').count()) > 0,
      )
      .toBe(true);
    await context.close();
  });
});
