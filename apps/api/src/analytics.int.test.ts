import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/eventually';
import { signUp, TEST_PASSWORD } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// The analytics dashboard through the real server, embedded mode with its in-process worker: sign-ups
// reach the analytics consumer through the outbox, and only an admin may read the dashboard.

const today = () => new Date().toISOString().slice(0, 10);

describe('analytics through the real server', () => {
  let t: TestServer;
  let admin: WireClient;
  let learner: WireClient;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    const email = `admin${Date.now()}@example.com`;
    const created = await t.runtime.services.createAdmin.execute(
      { email, password: TEST_PASSWORD, name: 'Ada Admin' },
      'analytics-test',
    );
    expect(created.isOk()).toBe(true);
    admin = new WireClient(t.baseUrl);
    const login = await admin.call('mutation', 'auth.login', { email, password: TEST_PASSWORD });
    admin.accessToken = login.body.result?.data.accessToken;
    learner = await signUp(t, 'jobseeker', 'Lena Learner');
    await signUp(t, 'employer', 'Emil Employer');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows an admin the sign-ups the worker recorded today, zero-filled over the range (the admin is not a sign-up)', async () => {
    const from = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
    const read = () => admin.call('query', 'analytics.dashboard', { from, to: today() });
    const res = await eventually(read, (r) => r.body.result?.data.totals.signUps === 2);
    expect(res.status).toBe(200);
    const view = res.body.result?.data;
    expect(view.totals).toMatchObject({ signUps: 2, acceptanceRate: null });
    expect(view.days).toHaveLength(7);
    expect(view.days.at(-1)).toMatchObject({ day: today(), signUps: 2 });
    expect(view.days[0]).toMatchObject({ signUps: 0, enrolments: 0 });
    expect(view.funnel.map((f: { stage: string }) => f.stage)).toEqual([
      'applied',
      'screening',
      'assessment',
      'interview',
      'offer',
      'hired',
      'rejected',
      'withdrawn',
    ]);
  });

  it('refuses everyone else: FORBIDDEN for a signed-in non-admin (whatever the input), UNAUTHORIZED without a token', async () => {
    for (const input of [{ from: today(), to: today() }, { from: 'yesterday' }]) {
      const res = await learner.call('query', 'analytics.dashboard', input);
      expect(res.status).toBe(403);
      expect(res.body.error?.data.appCode).toBe('ANALYTICS_001');
    }
    const anonymous = await new WireClient(t.baseUrl).call('query', 'analytics.dashboard', {
      from: today(),
      to: today(),
    });
    expect(anonymous.status).toBe(401);
  });

  it('answers an admin a bad range with 400 and the field to fix', async () => {
    const backwards = await admin.call('query', 'analytics.dashboard', { from: today(), to: '2020-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error?.data.fields).toEqual({ to: 'The last day must not be before the first.' });
    const tooLong = await admin.call('query', 'analytics.dashboard', {
      from: '2020-01-01',
      to: '2021-12-31',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.data.fields).toEqual({ from: 'Choose at most 366 days.' });
  });
});
