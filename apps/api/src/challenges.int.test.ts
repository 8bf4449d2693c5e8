import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from './testing/sign-up';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

// Coding challenges through the real server, embedded mode with its in-process worker and the real
// isolated-vm sandbox: an instructor publishes a validated challenge, a learner runs and submits, and
// the verdict arrives over the subscription's event stream.

const HIDDEN_INPUT = [[1, 5, 9, 14], 23];
const challenge = {
  details: {
    title: 'Pair with target sum',
    slug: `pair-sum-${Date.now()}`,
    statement: 'Return the indices of the two numbers that add up to `target`.',
    difficulty: 'easy',
    skills: [{ name: 'Algorithms', level: 'beginner' }],
    starterCode: {
      javascript: 'function pairSum(nums, target) {\n}\n',
      typescript: 'function pairSum(nums: number[], target: number): number[] {\n  return [];\n}\n',
    },
  },
  grading: {
    entryFunction: 'pairSum',
    tests: [
      {
        id: 's1',
        input: [[2, 7, 11, 15], 9],
        expected: [0, 1],
        comparison: 'unordered',
        visibility: 'sample',
      },
      { id: 'h1', input: HIDDEN_INPUT, expected: [2, 3], comparison: 'unordered', visibility: 'hidden' },
      { id: 'h2', input: [[3, 3], 6], expected: [0, 1], comparison: 'unordered', visibility: 'hidden' },
    ],
    limits: { timeMs: 1000, memoryMb: 64, outputBytes: 65536 },
    referenceSolution: {
      language: 'javascript',
      source:
        'function pairSum(nums, target) { const seen = new Map(); for (let i = 0; i < nums.length; i++) { if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i]; seen.set(nums[i], i); } return []; }',
    },
  },
};
const wrong = 'function pairSum(nums: number[], target: number): number[] { return [0, nums.length - 1]; }';
const right =
  'function pairSum(nums: number[], target: number): number[] { for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i, j]; return []; }';

describe('coding challenges through the real server', () => {
  let t: TestServer;
  let instructor: WireClient;
  let learner: WireClient;
  let challengeId: string;

  beforeAll(async () => {
    t = await startTestServer({}, { withWorker: true });
    instructor = await signUp(t, 'instructor', 'Ines Instructor');
    learner = await signUp(t, 'jobseeker', 'Lena Learner');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('publishes a challenge only after its reference solution passes every test in the sandbox', async () => {
    const created = await instructor.call('mutation', 'challengeStudio.create', challenge);
    expect(created.status).toBe(200);
    challengeId = created.body.result?.data.id;
    const early = await instructor.call('mutation', 'challengeStudio.publish', { challengeId });
    expect(early.body.error?.data.appCode).toBe('CHALLENGE_003');

    const validated = await instructor.call('mutation', 'challengeStudio.validate', { challengeId });
    expect(validated.body.result?.data.results.map((r: { verdict: string }) => r.verdict)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
    const published = await instructor.call('mutation', 'challengeStudio.publish', { challengeId });
    expect(published.body.result?.data.status).toBe('published');

    const page = await new WireClient(t.baseUrl).call('query', 'challenges.get', { challengeId });
    expect(page.body.result?.data).toMatchObject({ samples: [{ id: 's1' }], hiddenTestCount: 2 });
    expect(JSON.stringify(page.body)).not.toContain(JSON.stringify(HIDDEN_INPUT));
  });

  it('runs the samples within the request, then grades a submission and streams the verdict live', async () => {
    const run = await learner.call('mutation', 'challenges.run', {
      challengeId,
      language: 'typescript',
      source: wrong,
    });
    expect(run.body.result?.data).toEqual([
      expect.objectContaining({ testId: 's1', verdict: 'WRONG_ANSWER', actual: [0, 3], expected: [0, 1] }),
    ]);

    const submitted = await learner.call('mutation', 'challenges.submit', {
      challengeId,
      language: 'typescript',
      source: right,
    });
    expect(submitted.body.result?.data).toMatchObject({ status: 'queued', verdict: null });
    const submissionId = submitted.body.result?.data.id;
    const stream = await learner.subscribe<{ status: string; verdict: string | null; passed: number | null }>(
      'challenges.submissionUpdates',
      { submissionId },
      (view) => view.status === 'judged',
    );
    expect(stream.at(-1)).toMatchObject({ status: 'judged', verdict: 'ACCEPTED', passed: 3, total: 3 });

    const history = await learner.call('query', 'challenges.mySubmissions', { challengeId });
    expect(history.body.result?.data[0]).toMatchObject({ id: submissionId, source: right });
    expect(JSON.stringify(history.body)).not.toContain(JSON.stringify(HIDDEN_INPUT));
    const leaderboard = await new WireClient(t.baseUrl).call('query', 'challenges.leaderboard', {
      challengeId,
    });
    expect(leaderboard.body.result?.data).toEqual([
      expect.objectContaining({ rank: 1, name: 'Lena Learner' }),
    ]);
  });

  it("keeps a learner's submissions to themselves and refuses bad input with clear errors", async () => {
    const mine = await learner.call('query', 'challenges.mySubmissions', { challengeId });
    const submissionId = mine.body.result?.data[0].id;
    const stranger = await signUp(t, 'jobseeker', 'Sam Stranger');
    const peek = await stranger.call('query', 'challenges.submission', { submissionId });
    expect(peek.status).toBe(404);
    expect(peek.body.error?.data.appCode).toBe('SUBMISSION_001');

    const empty = await learner.call('mutation', 'challenges.submit', {
      challengeId,
      language: 'javascript',
      source: ' ',
    });
    expect(empty.status).toBe(400);
    const anonymous = await new WireClient(t.baseUrl).call('mutation', 'challenges.run', {
      challengeId,
      language: 'javascript',
      source: right,
    });
    expect(anonymous.status).toBe(401);
  });
});
