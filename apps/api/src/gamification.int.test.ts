import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { createApiRuntime } from './container';
import { createEmbeddedWorker } from './embedded-worker';
import { eventually } from './testing/eventually';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Points, badges and leaderboards through the real server, embedded mode with its in-process worker:
// sign-ups and an application become points and a badge, read back over the wire.

describe('gamification through the real server', () => {
  let t: TestServer;
  let employer: WireClient;
  let candidate: WireClient;
  let candidateId: string;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    employer = await signUp(t, 'employer', 'Erin Employer');
    candidate = await signUp(t, 'jobseeker', 'Cara Candidate');
    candidateId = (await candidate.call('query', 'auth.me')).body.result?.data.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives the welcome bonus, then points and the first-application badge for applying, once', async () => {
    const welcomed = await eventually(
      () => candidate.call('query', 'gamification.me'),
      (r) => r.body.result?.data.points === 50,
    );
    expect(welcomed.body.result?.data).toEqual({
      points: 50,
      level: 1,
      levelStartsAt: 0,
      nextLevelAt: 100,
      badges: [],
    });

    const company = await employer.call('mutation', 'companies.create', {
      name: 'Acme Points',
      slug: `acme-points-${Date.now()}`,
      size: '11-50',
      location: 'Berlin',
      description: 'We count things.',
    });
    const job = await employer.call('mutation', 'jobs.post', {
      companyId: company.body.result?.data.companyId,
      publish: true,
      title: 'Points Engineer',
      description: 'Keep the **ledger** straight, in TypeScript and PostgreSQL.',
      requirements: ['Counting'],
      location: 'Berlin',
      remotePolicy: 'remote',
      employmentType: 'full-time',
      skills: [{ name: 'TypeScript', level: 'advanced' }],
    });
    expect(job.status).toBe(200);
    const applied = await candidate.call('mutation', 'applications.submit', {
      jobId: job.body.result?.data.jobId,
    });
    expect(applied.status).toBe(200);

    const after = await eventually(
      () => candidate.call('query', 'gamification.me'),
      (r) => r.body.result?.data.badges.length === 1,
    );
    expect(after.body.result?.data).toMatchObject({
      points: 60,
      badges: [{ id: 'first-application', name: 'Go-getter', description: 'Sent a first job application' }],
    });
    const publicBadges = await new WireClient(t.baseUrl).call('query', 'gamification.userBadges', {
      userId: candidateId,
    });
    expect(publicBadges.body.result?.data).toMatchObject({
      userId: candidateId,
      level: 1,
      badges: [{ id: 'first-application' }],
    });
  });

  it('ranks all time and this week, with the caller’s own place', async () => {
    const board = await eventually(
      () => candidate.call('query', 'gamification.leaderboard', { period: 'weekly', limit: 10 }),
      (r) => r.body.result?.data.rows.length === 2,
    );
    expect(board.body.result?.data).toMatchObject({
      period: 'weekly',
      week: expect.stringMatching(/^\d{4}-W\d{2}$/),
      rows: [
        { rank: 1, userId: candidateId, name: 'Cara Candidate', points: 60, level: 1 },
        { rank: 2, name: 'Erin Employer', points: 50 },
      ],
      me: { rank: 1, points: 60 },
    });
    const anonymous = await new WireClient(t.baseUrl).call('query', 'gamification.leaderboard', {
      period: 'all-time',
    });
    expect(anonymous.body.result?.data).toMatchObject({ period: 'all-time', week: null, me: null });
    expect(anonymous.body.result?.data.rows).toHaveLength(2);
  });

  it('answers mistakes with 4xx: no session, a bad period, an unknown user', async () => {
    const stranger = new WireClient(t.baseUrl);
    expect((await stranger.call('query', 'gamification.me')).status).toBe(401);
    expect((await stranger.call('query', 'gamification.leaderboard', { period: 'monthly' })).status).toBe(
      400,
    );
    expect((await stranger.call('query', 'gamification.leaderboard', { limit: 1000 })).status).toBe(400);
    const unknown = await stranger.call('query', 'gamification.userBadges', {
      userId: '0190f5a2-0000-7000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.data.appCode).toBe('USER_001');
  });
});

describe('embedded leaderboards across a restart', () => {
  it('live in the api process and come back from the ledger when it starts again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ts-gamification-'));
    const logger = pino({ level: 'silent' });
    const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir, NODE_ENV: 'test' });
    try {
      const first = await createApiRuntime(config, logger);
      const worker = createEmbeddedWorker(first, logger);
      await worker.start();
      const registered = await first.services.registerUser.execute(
        {
          email: `restart${Date.now()}@example.com`,
          password: 'correct horse battery staple',
          name: 'Rae Restart',
          role: 'jobseeker',
        },
        { correlationId: 'restart-test', ipAddress: '127.0.0.1' },
      );
      const userId = registered._unsafeUnwrap().user.id;
      const before = await eventually(
        () => first.leaderboards.top('all-time', 10),
        (top) => top.length === 1,
      );
      await worker.stop();
      await first.close();
      expect(before).toEqual([{ userId, score: 50 }]);

      const second = await createApiRuntime(config, logger);
      try {
        expect(await second.leaderboards.top('all-time', 10)).toEqual([{ userId, score: 50 }]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Two PGlite boots with migrations on a shared machine.
  }, 120_000);
});
