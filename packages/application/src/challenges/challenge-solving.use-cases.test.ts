import { ChallengeTestbed, CORRECT_SOURCE, type TestUser } from '@talentsphere/adapters/in-memory';
import { ANONYMOUS_LEARNER, emptyProfile } from '@talentsphere/domain/profile';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { challengeCacheInvalidation } from './challenge-cache-invalidation.handler';
import { CodeRunnerBusyError } from './code-runner.port';
import { gradeSubmissions } from './grade-submissions.handler';

describe('solving challenges', () => {
  let bed: ChallengeTestbed;
  let author: TestUser;
  let learner: TestUser;
  beforeEach(() => {
    bed = new ChallengeTestbed();
    author = bed.user('instructor');
    learner = bed.user('jobseeker', 'Lena Learner');
  });

  const submit = (challengeId: string, source: string, who: TestUser = learner) =>
    bed.services.submitSolution.execute(who, { challengeId, language: 'javascript', source }, bed.ctx);

  /** What the worker does with the newest challenges.submitted event. */
  const grade = async () => {
    const submitted = bed.db.tables.outbox.filter((e) => e.eventType === 'challenges.submitted').at(-1);
    if (!submitted) throw new Error('nothing was submitted');
    await bed.handle(gradeSubmissions(bed.runner), submitted);
  };

  it('Given a learner, When they run code, Then only the sample tests run and every detail of them is shown', async () => {
    const challengeId = await bed.challenge(author);
    const run = await bed.services.runSampleTests.execute(
      learner,
      { challengeId, language: 'javascript', source: 'function twoSum() {}' },
      bed.ctx,
    );
    expect(run._unsafeUnwrap()).toEqual([
      expect.objectContaining({
        testId: 's1',
        verdict: 'ACCEPTED',
        input: [[2, 7, 11, 15], 9],
        expected: [0, 1],
      }),
    ]);
    expect(bed.runner.runs.at(-1)?.tests.map((t) => t.id)).toEqual(['s1']);
  });

  it('Given a runner with too many runs waiting, When a learner runs code, Then CHALLENGE_008 asks them to retry shortly', async () => {
    const challengeId = await bed.challenge(author);
    vi.spyOn(bed.runner, 'run').mockRejectedValueOnce(new CodeRunnerBusyError());
    const run = await bed.services.runSampleTests.execute(
      learner,
      { challengeId, language: 'javascript', source: 'function twoSum() {}' },
      bed.ctx,
    );
    expect(run._unsafeUnwrapErr()).toMatchObject({
      kind: 'Unavailable',
      code: 'CHALLENGE_008',
      retryAfterSeconds: 5,
    });
  });

  it('Given a wrong then a right submission, When the worker grades them, Then each is judged once and only verdicts of hidden tests are kept', async () => {
    const challengeId = await bed.challenge(author);
    const wrong = (await submit(challengeId, 'function twoSum() { return [0, 0]; }'))._unsafeUnwrap();
    expect(wrong).toMatchObject({ status: 'queued', verdict: null, userId: learner.userId });
    await grade();
    await grade();

    const judged = (
      await bed.services.getSubmission.execute(learner, { submissionId: wrong.id })
    )._unsafeUnwrap();
    expect(judged).toMatchObject({ status: 'judged', verdict: 'WRONG_ANSWER', passed: 1, total: 3 });
    expect(judged.results).toEqual([
      { testId: 's1', visibility: 'sample', verdict: 'ACCEPTED', timeMs: 2, memoryBytes: 1_048_576 },
      // Hidden tests: numbered, with costs in coarse steps (exact ones would leak their input).
      {
        testId: 'hidden-1',
        visibility: 'hidden',
        verdict: 'WRONG_ANSWER',
        timeMs: 10,
        memoryBytes: 1_048_576,
      },
      {
        testId: 'hidden-2',
        visibility: 'hidden',
        verdict: 'WRONG_ANSWER',
        timeMs: 10,
        memoryBytes: 1_048_576,
      },
    ]);
    expect(bed.db.tables.outbox.filter((e) => e.eventType === 'challenges.rejected')).toHaveLength(1);

    const right = (await submit(challengeId, CORRECT_SOURCE))._unsafeUnwrap();
    await grade();
    expect(
      (await bed.services.getSubmission.execute(learner, { submissionId: right.id }))._unsafeUnwrap().verdict,
    ).toBe('ACCEPTED');
    const history = (await bed.services.listMySubmissions.execute(learner, { challengeId }))._unsafeUnwrap();
    expect(history.map((s) => s.id)).toEqual([right.id, wrong.id]);
  });

  it("Given an author solving their own challenge and a colleague's, When graded, Then only the own one's approval is by an author, it is left out of the stats, and the author still sees it", async () => {
    const own = await bed.challenge(author);
    const colleagues = await bed.challenge(bed.user('instructor', 'Carl Colleague'));
    const approvals = () =>
      bed.db.tables.outbox
        .filter((e) => e.eventType === 'challenges.approved')
        .map((e) => e.data as { challengeId: string; userId: string; byAuthor: boolean });

    const solved = (await submit(own, CORRECT_SOURCE, author))._unsafeUnwrap();
    await grade();
    await submit(colleagues, CORRECT_SOURCE, author);
    await grade();
    await submit(own, CORRECT_SOURCE);
    await grade();
    expect(approvals()).toEqual([
      expect.objectContaining({ challengeId: own, userId: author.userId, byAuthor: true }),
      expect.objectContaining({ challengeId: colleagues, userId: author.userId, byAuthor: false }),
      expect.objectContaining({ challengeId: own, userId: learner.userId, byAuthor: false }),
    ]);

    const stats = async (challengeId: string) =>
      (await bed.services.getChallenge.execute(null, { challengeId }))._unsafeUnwrap().stats;
    expect(await stats(own)).toEqual({ submissions: 1, accepted: 1, solvers: 1 });
    expect(await stats(colleagues)).toEqual({ submissions: 1, accepted: 1, solvers: 1 });
    const history = (
      await bed.services.listMySubmissions.execute(author, { challengeId: own })
    )._unsafeUnwrap();
    expect(history).toEqual([expect.objectContaining({ id: solved.id, verdict: 'ACCEPTED' })]);
  });

  it("Given another learner's submission, When it is read, Then SUBMISSION_001", async () => {
    const challengeId = await bed.challenge(author);
    const mine = (await submit(challengeId, CORRECT_SOURCE))._unsafeUnwrap();
    const other = await bed.services.getSubmission.execute(bed.user('jobseeker'), { submissionId: mine.id });
    expect(other._unsafeUnwrapErr().code).toBe('SUBMISSION_001');
  });

  it('Given a draft or a language not offered, When submitting, Then CHALLENGE_001 / CHALLENGE_007 and nothing is stored', async () => {
    const draft = await bed.challenge(author, { publish: false });
    expect((await submit(draft, CORRECT_SOURCE))._unsafeUnwrapErr().code).toBe('CHALLENGE_001');
    const jsOnly = await bed.challenge(author, {
      details: { starterCode: { javascript: 'function twoSum() {}' } },
    });
    const ts = await bed.services.submitSolution.execute(
      learner,
      { challengeId: jsOnly, language: 'typescript', source: CORRECT_SOURCE },
      bed.ctx,
    );
    expect(ts._unsafeUnwrapErr().code).toBe('CHALLENGE_007');
    expect(bed.db.tables.submissions.size).toBe(0);
  });

  it('Given many submissions in a minute, When the learner keeps submitting, Then TOO_MANY_REQUESTS with a wait', async () => {
    const challengeId = await bed.challenge(author);
    for (let i = 0; i < 10; i++) (await submit(challengeId, CORRECT_SOURCE))._unsafeUnwrap();
    const limited = await submit(challengeId, CORRECT_SOURCE);
    expect(limited._unsafeUnwrapErr()).toMatchObject({
      kind: 'RateLimited',
      retryAfterSeconds: expect.any(Number),
    });
    expect(bed.db.tables.submissions.size).toBe(10);
  });

  it('Given a cached challenge page, When a submission is judged and the worker handles it, Then the stats move', async () => {
    const challengeId = await bed.challenge(author);
    const page = () => bed.services.getChallenge.execute(null, { challengeId });
    expect((await page())._unsafeUnwrap().stats).toEqual({ submissions: 0, accepted: 0, solvers: 0 });
    await submit(challengeId, 'function twoSum() {}');
    await grade();
    const rejected = bed.db.tables.outbox.find((e) => e.eventType === 'challenges.rejected');
    if (!rejected) throw new Error('not rejected');
    expect((await page())._unsafeUnwrap().stats.submissions).toBe(0);
    await bed.handle(challengeCacheInvalidation(bed.cache), rejected);
    expect((await page())._unsafeUnwrap().stats).toEqual({ submissions: 1, accepted: 0, solvers: 0 });
  });

  it('Given a cached leaderboard, When a submission is accepted and the worker handles it, Then the learner appears', async () => {
    const challengeId = await bed.challenge(author);
    const leaderboard = () => bed.services.getChallengeLeaderboard.execute(null, { challengeId });
    const loads = vi.spyOn(bed.queries, 'leaderboard');
    expect((await leaderboard())._unsafeUnwrap()).toEqual([]);
    expect((await leaderboard())._unsafeUnwrap()).toEqual([]);
    expect(loads).toHaveBeenCalledTimes(1);

    await submit(challengeId, CORRECT_SOURCE);
    await grade();
    const approved = bed.db.tables.outbox.find((e) => e.eventType === 'challenges.approved');
    if (!approved) throw new Error('not approved');
    await bed.handle(challengeCacheInvalidation(bed.cache), approved);

    expect((await leaderboard())._unsafeUnwrap()).toEqual([
      expect.objectContaining({ rank: 1, userId: learner.userId, name: 'Lena Learner' }),
    ]);
    const overall = (await bed.services.getOverallLeaderboard.execute(null))._unsafeUnwrap();
    expect(overall).toEqual([expect.objectContaining({ rank: 1, name: 'Lena Learner', solved: 1 })]);
  });
  it('Given a cached board with a learner who keeps their name off it, When others and the learner read it, Then others see an anonymous row and the learner their own', async () => {
    const challengeId = await bed.challenge(author);
    await submit(challengeId, CORRECT_SOURCE);
    await grade();
    const profile = emptyProfile(learner.userId, new Date());
    bed.db.tables.profiles.set(learner.userId, {
      ...profile,
      visibility: { ...profile.visibility, leaderboards: 'private' },
    });
    const other = bed.user('jobseeker', 'Omar Other');
    const board = async (viewer: TestUser | null) =>
      (await bed.services.getChallengeLeaderboard.execute(viewer, { challengeId }))._unsafeUnwrap();
    const overall = async (viewer: TestUser | null) =>
      (await bed.services.getOverallLeaderboard.execute(viewer))._unsafeUnwrap();

    const anonymous = { rank: 1, userId: null, name: ANONYMOUS_LEARNER };
    expect(await board(null)).toEqual([expect.objectContaining(anonymous)]);
    expect(await board(other)).toEqual([expect.objectContaining(anonymous)]);
    expect(await overall(other)).toEqual([expect.objectContaining(anonymous)]);
    // The public board is cached by now: the learner still gets their own row.
    const theirs = { rank: 1, userId: learner.userId, name: 'Lena Learner' };
    expect(await board(learner)).toEqual([expect.objectContaining(theirs)]);
    expect(await overall(learner)).toEqual([expect.objectContaining(theirs)]);
    expect(await board(other)).toEqual([expect.objectContaining(anonymous)]);
  });
});
