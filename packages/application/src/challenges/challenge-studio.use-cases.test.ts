import { aChallenge, aGradingSpec, ChallengeTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CodeRunnerBusyError } from './code-runner.port';

describe('challenge studio use cases', () => {
  let bed: ChallengeTestbed;
  let author: TestUser;
  beforeEach(() => {
    bed = new ChallengeTestbed();
    author = bed.user('instructor', 'Ines Instructor');
  });

  it('Given a learner, When they create a challenge, Then CHALLENGE_006 and nothing is written', async () => {
    const created = await bed.services.createChallenge.execute(
      bed.user('jobseeker'),
      { details: aChallenge(), grading: aGradingSpec() },
      bed.ctx,
    );
    expect(created._unsafeUnwrapErr()).toMatchObject({ kind: 'Forbidden', code: 'CHALLENGE_006' });
    expect(bed.db.tables.challenges.size).toBe(0);
  });

  it('Given a new draft, When it is published before validation, Then CHALLENGE_003; validated by the reference, it publishes', async () => {
    const challengeId = await bed.challenge(author, { publish: false });
    const early = await bed.services.editChallenge.publish(author, { challengeId }, bed.ctx);
    expect(early._unsafeUnwrapErr().code).toBe('CHALLENGE_003');

    const validated = (
      await bed.services.editChallenge.validate(author, { challengeId }, bed.ctx)
    )._unsafeUnwrap();
    expect(validated.results.map((r) => r.verdict)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    expect(validated.challenge).toMatchObject({ validated: true, validation: { version: 1, passed: true } });
    expect(bed.runner.runs.at(-1)?.tests.map((t) => t.id)).toEqual(['s1', 'h1', 'h2']);

    const published = await bed.services.editChallenge.publish(author, { challengeId }, bed.ctx);
    expect(published._unsafeUnwrap().status).toBe('published');
    expect(bed.db.tables.outbox.at(-1)?.eventType).toBe('challenges.challenge.published');
  });

  it('Given a runner with too many runs waiting, When a draft is validated, Then CHALLENGE_008 and no validation is recorded', async () => {
    const challengeId = await bed.challenge(author, { publish: false });
    vi.spyOn(bed.runner, 'run').mockRejectedValueOnce(new CodeRunnerBusyError());
    const validated = await bed.services.editChallenge.validate(author, { challengeId }, bed.ctx);
    expect(validated._unsafeUnwrapErr()).toMatchObject({ kind: 'Unavailable', code: 'CHALLENGE_008' });
    const published = await bed.services.editChallenge.publish(author, { challengeId }, bed.ctx);
    expect(published._unsafeUnwrapErr().code).toBe('CHALLENGE_003');
  });

  it('Given a reference solution that fails, When validated, Then it is recorded as failed and publishing refuses', async () => {
    const challengeId = await bed.challenge(author, {
      grading: { referenceSolution: { language: 'javascript', source: 'function twoSum() { return []; }' } },
      publish: false,
    });
    const validated = (
      await bed.services.editChallenge.validate(author, { challengeId }, bed.ctx)
    )._unsafeUnwrap();
    expect(validated.challenge).toMatchObject({ validated: false, validation: { passed: false } });
    expect(
      (await bed.services.editChallenge.publish(author, { challengeId }, bed.ctx))._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_003');
  });

  it('Given a published challenge, When its tests change to ones the reference fails, Then CHALLENGE_003 and the old tests stay', async () => {
    const challengeId = await bed.challenge(author);
    const broken = aGradingSpec({
      referenceSolution: { language: 'javascript', source: 'function twoSum() {}' },
    });

    const changed = await bed.services.editChallenge.grading(
      author,
      { challengeId, grading: broken },
      bed.ctx,
    );
    expect(changed._unsafeUnwrapErr().code).toBe('CHALLENGE_003');
    expect(bed.db.tables.challenges.get(challengeId)?.gradingVersion).toBe(1);

    const fine = await bed.services.editChallenge.grading(
      author,
      { challengeId, grading: aGradingSpec({ limits: { timeMs: 500, memoryMb: 64, outputBytes: 65_536 } }) },
      bed.ctx,
    );
    expect(fine._unsafeUnwrap()).toMatchObject({ status: 'published', gradingVersion: 2, validated: true });
  });

  it("Given someone else's challenge, When they edit it, Then a draft is not found and a published one is forbidden", async () => {
    const stranger = bed.user('instructor');
    const draft = await bed.challenge(author, { publish: false });
    const published = await bed.challenge(author);

    expect(
      (
        await bed.services.editChallenge.validate(stranger, { challengeId: draft }, bed.ctx)
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_001');
    expect(
      (
        await bed.services.editChallenge.retire(stranger, { challengeId: published }, bed.ctx)
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_002');
    expect(
      (await bed.services.getStudioChallenge.execute(stranger, { challengeId: draft }))._unsafeUnwrapErr()
        .code,
    ).toBe('CHALLENGE_001');
    expect(bed.runner.runs).toHaveLength(1);
  });
});
