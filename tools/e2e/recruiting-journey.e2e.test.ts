import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, field, signedUp, startApp, uniqueEmail } from './harness';

// Hiring end to end in two browsers: an employer posts a job, a candidate finds it by search and
// applies, the employer walks it through the pipeline to a hire, and the candidate follows every
// step in the timeline and the notifications menu.

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 20_000, interval: 250 };

describe.skipIf(!chromiumAvailable)('recruiting journey in the browser', () => {
  it('posts a job, finds it by search, applies, drags it to screening, moves it to interview and offer, hires, and shows each step', async () => {
    // A word no seeded job has, so the search finds exactly this one.
    const marker = `Quokka${Math.random().toString(36).slice(2, 7)}`;
    const jobTitle = `${marker} Platform Engineer`;
    const employer = await signedUp(app, 'employer', {
      name: 'Erin Employer',
      email: uniqueEmail('employer'),
    });
    const candidate = await signedUp(app, 'jobseeker', {
      name: 'Casey Candidate',
      email: uniqueEmail('candidate'),
    });

    // Employer: create the company (the address follows the name), then post and publish a job.
    const ep = employer.page;
    await ep.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Employer' }).click();
    await ep.waitForURL('**/employer');
    const companyName = `${marker} Labs`;
    await field(ep, 'Company name').fill(companyName);
    expect(await field(ep, 'Company address').inputValue()).toBe(`${marker.toLowerCase()}-labs`);
    await field(ep, 'Location').fill('Berlin, Germany');
    await ep.getByRole('button', { name: 'Create company' }).click();
    await expect.poll(() => ep.getByTestId('company-name').textContent(), poll).toBe(companyName);

    await ep.getByRole('link', { name: 'Post a job' }).click();
    await ep.waitForURL('**/employer/jobs/new?company=*');
    await field(ep, 'Job title').fill(jobTitle);
    await ep
      .getByRole('textbox', { name: 'Description' })
      .fill('## What you will do\n\n- Build **the** platform');
    await field(ep, 'Location').fill('Berlin, Germany');
    await field(ep, 'Skill 1').fill('typescript');
    await ep.getByRole('textbox', { name: 'From' }).fill('70000');
    await ep.getByRole('textbox', { name: 'To' }).fill('90000');
    await ep.getByRole('button', { name: 'Publish' }).click();
    await ep.waitForURL(/\/employer\/jobs\/[0-9a-f-]{36}$/);
    const jobId = new URL(ep.url()).pathname.split('/').at(-1);
    await expect.poll(() => ep.getByText('No applicants yet').isVisible(), poll).toBe(true);

    // Candidate: search the board, open the job, apply.
    const cp = candidate.page;
    await cp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await cp.waitForURL('**/jobs');
    await cp.getByRole('textbox', { name: 'Search jobs' }).fill(marker);
    await cp.getByRole('button', { name: 'Search', exact: true }).click();
    await cp.waitForURL(`**/jobs?q=${marker}`);
    await expect.poll(() => cp.getByTestId('result-count').textContent(), poll).toBe('1 job');
    await cp.getByRole('link', { name: jobTitle }).click();
    await cp.waitForURL(`**/jobs/${jobId}`);
    // Minor units with a currency, shown in major units (70,000.00 EUR stored as 7,000,000 cents).
    expect(await cp.getByTestId('job-salary').textContent()).toMatch(/70,000.*90,000/);
    await cp.getByRole('textbox', { name: 'Cover letter' }).fill('I have built three platforms.');
    await field(cp, 'Resume link').fill('https://example.com/casey.pdf');
    await cp.getByRole('button', { name: 'Submit application' }).click();
    const applied = cp.getByTestId('already-applied');
    await expect.poll(() => applied.isVisible(), poll).toBe(true);
    await applied.getByRole('link').click();
    await cp.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await expectTimeline(cp, ['Application submitted']);

    // Employer: the pipeline shows the applicant under Applied; open them (the candidate is told).
    await ep.reload();
    const applicant = ep.getByTestId('column-applied').getByTestId('applicant-card');
    await expect.poll(() => applicant.count(), poll).toBe(1);
    await applicant.getByRole('link', { name: 'Casey Candidate' }).click();
    await ep.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect.poll(() => ep.getByText('I have built three platforms.').isVisible(), poll).toBe(true);
    await ep.getByRole('link', { name: '← Pipeline' }).click();

    // Screening by dragging the card; interview and offer through the keyboard-accessible menu; hire.
    await dragTo(ep, 'applied', 'screening');
    await moveTo(ep, 'Interview');
    await moveTo(ep, 'Offer');
    await ep.getByTestId('column-offer').getByRole('button', { name: 'Hire' }).click();
    const decided = ep.getByTestId('decided-card');
    await expect.poll(() => decided.textContent(), poll).toContain('Hired');

    // Candidate: every step in the timeline, and a notification for each.
    await cp.reload();
    await expectTimeline(cp, [
      'Application submitted',
      'The employer moved it from Applied to Screening',
      'The employer moved it from Screening to Interview',
      'The employer moved it from Interview to Offer',
      'Hired',
    ]);
    expect(await cp.getByTestId('application-status').textContent()).toBe('Hired');

    const expected = [
      "You're hired!",
      'Moved to Offer',
      'Moved to Interview',
      'Moved to Screening',
      'Your application was viewed',
    ];
    // The embedded worker writes notifications after the commit: reload until they have all landed.
    await expect
      .poll(async () => {
        await cp.reload();
        await cp.getByTestId('notifications-bell').click();
        const titles = await cp.getByTestId('notification').locator('p:first-child').allTextContents();
        await cp.keyboard.press('Escape');
        return titles.slice(0, expected.length);
      }, poll)
      .toEqual(expected);
    await expect
      .poll(() => cp.getByTestId('notifications-bell').getAttribute('aria-label'))
      .toMatch(/unread/);

    // The hire notification leads to the application; mark all read clears the count.
    await cp.getByTestId('notifications-bell').click();
    await cp.getByRole('button', { name: 'Mark all read' }).click();
    await expect
      .poll(() => cp.getByTestId('notifications-bell').getAttribute('aria-label'), poll)
      .toBe('Notifications');

    // The employer was told about the new applicant.
    await ep.reload();
    await ep.getByTestId('notifications-bell').click();
    await expect
      .poll(() => ep.getByTestId('notification').first().textContent(), poll)
      .toContain(`New applicant for ${jobTitle}`);

    await employer.context.close();
    await candidate.context.close();
  });
});

async function moveTo(page: Page, stage: 'Interview' | 'Offer'): Promise<void> {
  await page.getByRole('button', { name: 'Move Casey Candidate to…' }).click();
  await page.getByRole('menuitem', { name: stage }).click();
  const column = page.getByTestId(`column-${stage.toLowerCase()}`).getByTestId('applicant-card');
  await expect.poll(() => column.count(), poll).toBe(1);
}

/** A real pointer drag of the card's handle onto another column (the board uses @dnd-kit). */
async function dragTo(page: Page, from: string, to: string): Promise<void> {
  const handle = await page
    .getByTestId(`column-${from}`)
    .getByRole('button', { name: /^Drag / })
    .boundingBox();
  const target = await page.getByTestId(`column-${to}`).boundingBox();
  if (!handle || !target) throw new Error('board not rendered');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 30, handle.y + 10, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 100, { steps: 15 });
  await page.mouse.up();
  const column = page.getByTestId(`column-${to}`).getByTestId('applicant-card');
  await expect.poll(() => column.count(), poll).toBe(1);
}

async function expectTimeline(page: Page, steps: string[]): Promise<void> {
  const items = page.getByTestId('timeline').locator('.mantine-Timeline-itemTitle');
  await expect.poll(() => items.allTextContents(), poll).toEqual(steps);
}
