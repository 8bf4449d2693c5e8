import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Billing through the real server, embedded mode with the local payment provider, its in-process
// worker and the test clock: a free learner is refused a pro course, checks out (the same answer for
// a repeated Idempotency-Key), pays on the local checkout page, enrols, cancels and keeps Pro until
// the period ends, when the course's lessons close (its page and their progress stay) until they
// subscribe again; an employer on Starter is refused a fourth open job; a forged webhook is refused.

const DAY_MS = 86_400_000;
const PAID = '4242 4242 4242 4242';
const DECLINED = '4000000000000002';

const posting = {
  title: 'Platform Engineer',
  description: 'Run the platform our learners and employers depend on.',
  requirements: ['3 years of operations'],
  location: 'Berlin',
  remotePolicy: 'hybrid',
  employmentType: 'full-time',
  salary: { min: 6_000_000, max: 8_000_000, currency: 'EUR' },
  skills: [{ name: 'PostgreSQL', level: 'advanced' }],
};

describe('billing through the real server', () => {
  let t: TestServer;
  let instructor: WireClient;
  let learner: WireClient;
  let courseId: string;
  let lessonIds: string[];

  beforeAll(async () => {
    t = await startTestServer({ TALENTSPHERE_TEST_CLOCK: '1' }, { withWorker: true });
    instructor = await signUp(t, 'instructor', 'Ines Instructor');
    learner = await signUp(t, 'jobseeker', 'Lena Learner');
    const created = await instructor.call('mutation', 'studio.create', {
      title: 'Query planning, pro edition',
      slug: `query-planning-pro-${Date.now()}`,
      level: 'advanced',
      skills: [],
      accessTier: 'pro',
    });
    courseId = created.body.result?.data.id;
    const section = await instructor.call('mutation', 'studio.addSection', { courseId, title: 'Plans' });
    const sectionId = section.body.result?.data.sections[0].id;
    for (const title of ['Reading plans', 'Choosing indexes']) {
      await instructor.call('mutation', 'studio.addLesson', {
        courseId,
        sectionId,
        lesson: { title, content: { kind: 'article', markdown: `${title}.` } },
      });
    }
    const studio = await instructor.call('query', 'studio.get', { courseId });
    lessonIds = studio.body.result?.data.sections[0].lessons.map((l: { id: string }) => l.id);
    const published = await instructor.call('mutation', 'studio.publish', { courseId });
    expect(published.body.result?.data.status).toBe('published');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the plans publicly, with integer prices and their text', async () => {
    const plans = await new WireClient(t.baseUrl).call('query', 'billing.plans', { audience: 'learner' });
    expect(plans.body.result?.data.map((p: { code: string }) => p.code)).toEqual([
      'learner-free',
      'learner-pro-monthly',
      'learner-pro-yearly',
    ]);
    expect(plans.body.result?.data[1].price).toEqual({
      amountMinor: 1900,
      currency: 'USD',
      formatted: '$19.00',
    });
  });

  it('refuses a free learner a pro course with 402 PAYMENT_REQUIRED, then enrols them once they paid on the local checkout page', async () => {
    const refused = await learner.call('mutation', 'courses.enroll', { courseId });
    expect(refused.status).toBe(402);
    expect(refused.body.error?.data).toMatchObject({ code: 'PAYMENT_REQUIRED', appCode: 'BILLING_001' });

    const input = { plan: 'learner-pro-monthly', idempotencyKey: 'journey-checkout-0001' };
    const first = await learner.call('mutation', 'billing.checkout', input);
    expect(first.body.result?.data.url).toMatch(/^\/billing\/checkout\/.+/);
    const repeat = await learner.call('mutation', 'billing.checkout', input);
    expect(repeat.body.result?.data).toEqual(first.body.result?.data);
    const checkoutId: string = first.body.result?.data.checkoutId;

    const page = await learner.call('query', 'billing.describeLocalCheckout', { checkoutId });
    expect(page.body.result?.data).toMatchObject({ status: 'open', plan: 'learner-pro-monthly' });
    const stranger = await signUp(t, 'jobseeker', 'Sam Stranger');
    const theirs = await stranger.call('query', 'billing.describeLocalCheckout', { checkoutId });
    expect(theirs.body.error?.data.appCode).toBe('BILLING_011');

    const declined = await learner.call('mutation', 'billing.payLocalCheckout', {
      checkoutId,
      cardNumber: DECLINED,
    });
    expect(declined.status).toBe(400);
    expect(declined.body.error?.data.appCode).toBe('PAYMENT_DECLINED');
    const paid = await learner.call('mutation', 'billing.payLocalCheckout', { checkoutId, cardNumber: PAID });
    expect(paid.status).toBe(200);

    const mine = await learner.call('query', 'billing.mine');
    expect(mine.body.result?.data).toMatchObject({
      provider: 'local',
      plan: { code: 'learner-pro-monthly' },
      subscription: { status: 'active', cancelAtPeriodEnd: false },
      invoices: [{ status: 'paid', amountPaid: { amountMinor: 1900, formatted: '$19.00' } }],
    });
    const enrolled = await learner.call('mutation', 'courses.enroll', { courseId });
    expect(enrolled.body.result?.data).toMatchObject({ status: 'active' });

    const again = await learner.call('mutation', 'billing.checkout', {
      plan: 'learner-pro-yearly',
      idempotencyKey: 'journey-checkout-0002',
    });
    expect(again.body.error?.data).toMatchObject({ code: 'CONFLICT', appCode: 'BILLING_004' });

    const told = await eventually(
      () => learner.call('query', 'notifications.list', { limit: 20 }),
      (res) => (res.body.result?.data.items ?? res.body.result?.data ?? []).length >= 2,
    );
    expect(JSON.stringify(told.body.result?.data)).toContain('Welcome to Pro');
  });

  it('keeps Pro after a cancellation until the period ends, then the learner is on Free again', async () => {
    const cancelled = await learner.call('mutation', 'billing.cancel', {
      idempotencyKey: 'journey-cancel-0001',
    });
    expect(cancelled.body.result?.data).toMatchObject({ cancelAtPeriodEnd: true });
    const lesson = { courseId, lessonId: lessonIds[0] };
    expect((await learner.call('query', 'courses.lesson', lesson)).status).toBe(200);
    const completed = await learner.call('mutation', 'courses.completeLesson', lesson);
    expect(completed.body.result?.data).toMatchObject({ completedLessons: 1, percentComplete: 50 });
    let mine = await learner.call('query', 'billing.mine');
    expect(mine.body.result?.data).toMatchObject({
      plan: { code: 'learner-pro-monthly' },
      subscription: { cancelAtPeriodEnd: true, renewsAt: null },
    });

    const moved = await fetch(new URL('/testing/clock', t.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 32 * DAY_MS }),
    });
    expect(moved.status).toBe(200);
    mine = await learner.call('query', 'billing.mine');
    expect(mine.body.result?.data).toMatchObject({
      plan: { code: 'learner-free' },
      accessUntil: null,
      subscription: { status: 'canceled' },
    });
  });

  it('closes the pro course’s lessons once the plan lapsed with 402 BILLING_001, keeps its page and the progress, and opens them again on subscribing', async () => {
    const lesson = { courseId, lessonId: lessonIds[1] };
    for (const [type, path] of [
      ['query', 'courses.lesson'],
      ['mutation', 'courses.visitLesson'],
      ['mutation', 'courses.completeLesson'],
    ] as const) {
      const refused = await learner.call(type, path, lesson);
      expect(refused.status, path).toBe(402);
      expect(refused.body.error?.data, path).toMatchObject({
        code: 'PAYMENT_REQUIRED',
        appCode: 'BILLING_001',
      });
    }
    expect((await learner.call('query', 'courses.get', { courseId })).status).toBe(200);
    const kept = await learner.call('query', 'courses.myEnrollment', { courseId });
    expect(kept.body.result?.data).toMatchObject({
      status: 'active',
      completedLessons: 1,
      percentComplete: 50,
    });
    const myLearning = await learner.call('query', 'courses.myLearning');
    expect(myLearning.body.result?.data.map((row: { course: { id: string } }) => row.course.id)).toContain(
      courseId,
    );
    // The author reads their own course without a plan.
    expect((await instructor.call('query', 'courses.lesson', lesson)).status).toBe(200);

    const checkout = await learner.call('mutation', 'billing.checkout', {
      plan: 'learner-pro-monthly',
      idempotencyKey: 'journey-checkout-0003',
    });
    const paid = await learner.call('mutation', 'billing.payLocalCheckout', {
      checkoutId: checkout.body.result?.data.checkoutId,
      cardNumber: PAID,
    });
    expect(paid.status).toBe(200);
    const reopened = await learner.call('query', 'courses.lesson', lesson);
    expect(reopened.status).toBe(200);
    expect(reopened.body.result?.data.enrollment).toMatchObject({ completedLessons: 1, percentComplete: 50 });
    const finished = await learner.call('mutation', 'courses.completeLesson', lesson);
    expect(finished.body.result?.data).toMatchObject({ status: 'completed', percentComplete: 100 });
  });

  it('refuses a Starter employer a fourth open job with 402 PAYMENT_REQUIRED; a draft is fine', async () => {
    const employer = await signUp(t, 'employer', 'Erin Employer');
    const company = await employer.call('mutation', 'companies.create', {
      name: 'Acme Billing',
      slug: `acme-billing-${Date.now()}`,
      size: '11-50',
      location: 'Berlin',
      description: 'We sell plans.',
    });
    const companyId = company.body.result?.data.companyId;
    for (let i = 0; i < 3; i += 1) {
      const posted = await employer.call('mutation', 'jobs.post', { ...posting, companyId, publish: true });
      expect(posted.status).toBe(200);
    }
    const fourth = await employer.call('mutation', 'jobs.post', { ...posting, companyId, publish: true });
    expect(fourth.status).toBe(402);
    expect(fourth.body.error?.data.appCode).toBe('BILLING_001');
    const draft = await employer.call('mutation', 'jobs.post', { ...posting, companyId, publish: false });
    expect(draft.status).toBe(200);
  });

  it('answers a webhook with a bad signature with 400 and changes nothing', async () => {
    const response = await fetch(new URL('/webhooks/stripe', t.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=forged' },
      body: JSON.stringify({ id: 'evt_forged', type: 'customer.subscription.updated' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('the test clock', () => {
  // Started in a hook: an embedded server's start-up (PGlite, migrations) alone can take most of a
  // test's time on a busy machine.
  let plain: TestServer;
  beforeAll(async () => {
    plain = await startTestServer();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('is not served unless TALENTSPHERE_TEST_CLOCK is set', async () => {
    const response = await fetch(new URL('/testing/clock', plain.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: DAY_MS }),
    });
    expect(response.status).toBe(404);
  });
});
