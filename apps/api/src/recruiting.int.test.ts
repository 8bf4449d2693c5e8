import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// The hiring half of the loop through the real server, embedded mode with its in-process worker:
// the wire format a client in any language sees.

const posting = {
  title: 'Senior TypeScript Engineer',
  description: 'Build the hiring platform of the future with **TypeScript**, PostgreSQL and RabbitMQ.',
  requirements: ['5 years of TypeScript'],
  location: 'Berlin',
  remotePolicy: 'hybrid',
  employmentType: 'full-time',
  salary: { min: 7_000_000, max: 9_000_000, currency: 'EUR' },
  skills: [{ name: 'TypeScript', level: 'advanced' }],
};

describe('recruiting through the real server', () => {
  let t: TestServer;
  let employer: WireClient;
  let candidate: WireClient;
  let companyId: string;
  let jobId: string;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    employer = await signUp(t, 'employer', 'Erin Employer');
    candidate = await signUp(t, 'jobseeker', 'Cara Candidate');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets an employer create a company and post a job that search finds', async () => {
    const created = await employer.call('mutation', 'companies.create', {
      name: 'Acme Robotics',
      slug: `acme-${Date.now()}`,
      size: '11-50',
      location: 'Berlin',
      description: 'We build robots.',
    });
    expect(created.status).toBe(200);
    companyId = created.body.result?.data.companyId;

    const posted = await employer.call('mutation', 'jobs.post', { ...posting, companyId, publish: true });
    expect(posted.status).toBe(200);
    jobId = posted.body.result?.data.jobId;

    const found = await candidate.call('query', 'jobs.search', {
      query: 'typescript engineer',
      remote: ['hybrid'],
    });
    expect(found.body.result?.data.items.map((j: { id: string }) => j.id)).toContain(jobId);
    expect(found.body.result?.data.facets.remote).toContainEqual({
      value: 'hybrid',
      count: expect.any(Number),
    });

    const detail = await new WireClient(t.baseUrl).call('query', 'jobs.get', { jobId });
    expect(detail.body.result?.data).toMatchObject({
      title: posting.title,
      salary: posting.salary,
      company: { id: companyId },
    });
  });

  it('takes one application per candidate (JOB_003) and refuses employers applying', async () => {
    const applied = await candidate.call('mutation', 'applications.submit', {
      jobId,
      coverLetter: 'I love robots.',
    });
    expect(applied.status).toBe(200);
    applicationId = applied.body.result?.data.applicationId;

    const again = await candidate.call('mutation', 'applications.submit', { jobId });
    expect(again.status).toBe(409);
    expect(again.body.error?.data.appCode).toBe('JOB_003');

    const byEmployer = await employer.call('mutation', 'applications.submit', { jobId });
    expect(byEmployer.status).toBe(403);
  });

  it('walks the pipeline to a hire, and the candidate sees every step and is notified', async () => {
    const pipeline = await employer.call('query', 'jobs.pipeline', { jobId });
    expect(pipeline.body.result?.data.applications.map((a: { id: string }) => a.id)).toEqual([applicationId]);

    expect((await employer.call('mutation', 'applications.view', { applicationId })).status).toBe(200);
    for (const stage of ['screening', 'interview', 'offer']) {
      const moved = await employer.call('mutation', 'applications.move', { applicationId, stage });
      expect(moved.body.result?.data).toMatchObject({ status: 'active', stage });
    }
    const hired = await employer.call('mutation', 'applications.hire', { applicationId });
    expect(hired.body.result?.data).toMatchObject({ status: 'hired', stage: 'offer' });

    const mine = await candidate.call('query', 'applications.mine');
    const timeline = mine.body.result?.data[0].timeline.map(
      (e: { kind: string; toStage: string }) => `${e.kind}:${e.toStage}`,
    );
    expect(timeline).toEqual([
      'submitted:applied',
      'stage_changed:screening',
      'stage_changed:interview',
      'stage_changed:offer',
      'hired:offer',
    ]);

    const notified = await eventually(
      () => candidate.call('query', 'notifications.list', {}),
      (res) => res.body.result?.data.items.some((i: { title: string }) => i.title === "You're hired!"),
    );
    expect(notified.body.result?.data.items.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(["You're hired!", 'Moved to Offer', 'Your application was viewed']),
    );
    const employerInbox = await eventually(
      () => employer.call('query', 'notifications.list', { unreadOnly: true }),
      (res) => res.body.result?.data.unread > 0,
    );
    expect(employerInbox.body.result?.data.items[0].title).toBe(`New applicant for ${posting.title}`);
    const marked = await employer.call('mutation', 'notifications.markRead', { ids: null });
    expect(marked.body.result?.data.marked).toBeGreaterThan(0);
    expect((await employer.call('query', 'notifications.list', {})).body.result?.data.unread).toBe(0);
  });

  it("keeps other tenants out: another company's employer and another candidate get NOT_FOUND or FORBIDDEN, and nothing leaks", async () => {
    const rival = await signUp(t, 'employer', 'Rita Rival');
    const stranger = await signUp(t, 'jobseeker', 'Sam Stranger');
    const attempts = [
      await rival.call('query', 'jobs.pipeline', { jobId }),
      await rival.call('mutation', 'jobs.close', { jobId }),
      await rival.call('mutation', 'jobs.edit', { ...posting, jobId, title: 'Hijacked' }),
      await rival.call('query', 'companies.jobs', { companyId }),
      await rival.call('mutation', 'applications.view', { applicationId }),
      await rival.call('mutation', 'applications.move', { applicationId, stage: 'screening' }),
      await stranger.call('mutation', 'applications.view', { applicationId }),
      await stranger.call('mutation', 'applications.withdraw', { applicationId }),
      await stranger.call('mutation', 'applications.view', {
        applicationId: '0190f5a2-0000-7000-8000-000000000000',
      }),
    ];
    for (const attempt of attempts) {
      expect([403, 404]).toContain(attempt.status);
      expect(JSON.stringify(attempt.body)).not.toMatch(/Cara Candidate|I love robots/);
    }
    const detail = await new WireClient(t.baseUrl).call('query', 'jobs.get', { jobId });
    expect(detail.body.result?.data.title).toBe(posting.title);
  });

  it('answers bad input with field errors and a tampered search cursor with a clear error', async () => {
    const bad = await employer.call('mutation', 'jobs.post', {
      ...posting,
      companyId,
      salary: { min: 9, max: 1, currency: 'EUR' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.data.fields?.salary).toMatch(/minimum salary cannot be above the maximum/);
    const cursor = await candidate.call('query', 'jobs.search', { query: '', cursor: 'forged' });
    expect(cursor.status).toBe(400);
    expect(cursor.body.error?.data.fields?.cursor).toBeDefined();
  });
});
