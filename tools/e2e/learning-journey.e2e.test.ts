import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppUnderTest, chromiumAvailable, field, signedUp, startApp, uniqueEmail } from './harness';

// Learning end to end in three browsers: an instructor builds and publishes a course in the studio,
// a learner finds it in the catalog, enrols, completes every lesson and opens the certificate, and a
// visitor who is not signed in verifies it on its public page.

let app: AppUnderTest;

beforeAll(async () => {
  if (chromiumAvailable) app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

const poll = { timeout: 20_000, interval: 250 };

describe.skipIf(!chromiumAvailable)('learning journey in the browser', () => {
  it('publishes a course from the studio; a learner enrols, completes it and gets a certificate anyone can verify', async () => {
    // A word no demo course has, so the catalog search finds exactly this one.
    const marker = `Axolotl${Math.random().toString(36).slice(2, 7)}`;
    const courseTitle = `${marker} query planning`;
    const instructor = await signedUp(app, 'instructor', {
      name: 'Ines Instructor',
      email: uniqueEmail('instructor'),
    });
    const learner = await signedUp(app, 'jobseeker', { name: 'Lena Learner', email: uniqueEmail('learner') });

    // Instructor: create the course (its address follows the title), a section and two lessons.
    const ip = instructor.page;
    await ip.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Studio' }).click();
    await ip.waitForURL('**/studio');
    await ip.getByRole('link', { name: 'New course' }).first().click();
    await ip.waitForURL('**/studio/new');
    await field(ip, 'Title').fill(courseTitle);
    await field(ip, 'Summary').fill('Read plans and make slow queries fast.');
    await ip.getByRole('textbox', { name: 'Description' }).fill('## You will learn\n\n- **EXPLAIN** output');
    await ip.getByRole('button', { name: 'Create course' }).click();
    await ip.waitForURL(/\/studio\/courses\/[0-9a-f-]{36}$/);
    const courseId = new URL(ip.url()).pathname.split('/').at(-1);

    await ip.getByRole('textbox', { name: 'New section title' }).fill('Reading plans');
    await ip.getByRole('button', { name: 'Add section' }).click();
    await addLesson(ip, 'Reading plans', 'Sequential and index scans', {
      kind: 'article',
      text: 'A **sequential scan** reads every row.',
    });
    await addLesson(ip, 'Reading plans', 'EXPLAIN ANALYZE walkthrough', {
      kind: 'video',
      url: 'https://example.com/explain.mp4',
      length: '7:30',
    });
    await expect.poll(() => ip.getByTestId('studio-lesson').count(), poll).toBe(2);

    await ip.getByRole('button', { name: 'Publish', exact: true }).click();
    await ip.getByRole('button', { name: 'Publish course' }).click();
    await expect.poll(() => ip.getByTestId('course-status').textContent(), poll).toMatch(/published/i);

    // Learner: find it in the catalog, open it, enrol and start.
    const lp = learner.page;
    await lp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Courses' }).click();
    await lp.waitForURL('**/courses');
    await lp.getByRole('textbox', { name: 'Search courses' }).fill(marker);
    await lp.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => lp.getByTestId('course-card').count(), poll).toBe(1);
    await lp.getByRole('link', { name: courseTitle }).click();
    await lp.waitForURL(`**/courses/${courseId}`);
    await expect.poll(() => lp.getByTestId('syllabus-lesson').count(), poll).toBe(2);
    await lp.getByRole('button', { name: 'Enrol', exact: true }).click();
    await lp.getByRole('link', { name: 'Start the course' }).click();
    await lp.waitForURL(`**/courses/${courseId}/lessons/*`);

    // Both lessons: mark complete, then next; the last one completes the course.
    await expect
      .poll(() => lp.getByRole('heading', { level: 1 }).textContent(), poll)
      .toBe('Sequential and index scans');
    await expect.poll(() => lp.getByText('A sequential scan reads every row.').isVisible(), poll).toBe(true);
    await lp.getByRole('button', { name: 'Mark complete' }).click();
    await expect
      .poll(() => lp.getByRole('progressbar').first().getAttribute('aria-label'), poll)
      .toBe('Course progress: 50%');
    await lp.getByRole('link', { name: 'Next' }).click();
    await expect
      .poll(() => lp.getByRole('heading', { level: 1 }).textContent(), poll)
      .toBe('EXPLAIN ANALYZE walkthrough');
    await lp.getByRole('button', { name: 'Mark complete' }).click();
    const complete = lp.getByTestId('course-complete');
    await expect.poll(() => complete.isVisible(), poll).toBe(true);
    await complete.getByRole('link', { name: 'View certificate' }).click();
    await lp.waitForURL(/\/certificates\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const certificateUrl = lp.url();
    await expect.poll(() => lp.getByTestId('certificate-learner').textContent(), poll).toBe('Lena Learner');

    // My learning shows it completed.
    await lp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My learning' }).click();
    await lp.waitForURL('**/learning');
    await expect.poll(() => lp.getByText(courseTitle).first().isVisible(), poll).toBe(true);

    // A visitor (an employer, say) verifies the certificate without signing in.
    const visitor = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const vp = await visitor.newPage();
    await vp.goto(certificateUrl);
    const certificate = vp.getByTestId('certificate');
    await expect.poll(() => certificate.isVisible(), poll).toBe(true);
    expect(await vp.getByTestId('certificate-learner').textContent()).toBe('Lena Learner');
    expect(await certificate.textContent()).toContain(courseTitle);
    expect(await vp.getByTestId('certificate-code').textContent()).toBe(certificateUrl.split('/').at(-1));
    await vp.goto(`${app.baseUrl}/certificates/ZZZZ-ZZZZ-ZZZZ`);
    await expect.poll(() => vp.getByTestId('certificate-not-found').isVisible(), poll).toBe(true);

    await visitor.close();
    await instructor.context.close();
    await learner.context.close();
  });
});

async function addLesson(
  page: Page,
  section: string,
  title: string,
  content: { kind: 'article'; text: string } | { kind: 'video'; url: string; length: string },
): Promise<void> {
  await page.getByRole('button', { name: `Add a lesson to ${section}` }).click();
  const dialog = page.getByRole('dialog');
  await field(page, 'Lesson title').fill(title);
  if (content.kind === 'article') {
    await dialog.getByRole('textbox', { name: 'Lesson text' }).fill(content.text);
  } else {
    await dialog.getByText('Video', { exact: true }).click();
    await field(page, 'Video link').fill(content.url);
    await field(page, 'Length').fill(content.length);
  }
  await dialog.getByRole('button', { name: 'Add lesson' }).click();
  await expect.poll(() => page.getByRole('button', { name: `Edit lesson ${title}` }).count(), poll).toBe(1);
}
