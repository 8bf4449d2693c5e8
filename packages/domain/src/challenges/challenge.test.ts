import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  editChallengeDetails,
  editGradingSpec,
  isValidated,
  publishChallenge,
  recordValidation,
  retireChallenge,
  sampleTests,
} from './challenge';
import { AUTHOR, aDraft, aPublishedChallenge, at, twoSumDetails, twoSumGrading } from './challenges.fixtures';

const STRANGER = '0190f5a2-0000-7000-8000-00000000d001';

describe('Challenge', () => {
  it('Given valid input, When created, Then it is an unvalidated draft of version 1 with normalised skills', () => {
    const created = createChallenge(
      {
        id: 'c1',
        authorId: AUTHOR,
        details: twoSumDetails({
          skills: [
            { name: ' Algorithms ', level: 'beginner' },
            { name: 'algorithms', level: 'advanced' },
          ],
        }),
        grading: twoSumGrading(),
      },
      { now: at(0) },
    )._unsafeUnwrap();
    expect(created.events).toEqual([]);
    expect(created.state).toMatchObject({ status: 'draft', gradingVersion: 1, validation: null });
    expect(created.state.skills).toEqual([{ name: 'algorithms', level: 'advanced' }]);
    expect(sampleTests(created.state).map((t) => t.id)).toEqual(['t1']);
  });

  it.each([
    ['no hidden test', { tests: twoSumGrading().tests.filter((t) => t.visibility === 'sample') }, 'tests'],
    ['an entry function that is no identifier', { entryFunction: 'two sum' }, 'entryFunction'],
    [
      'a time limit over 10 s',
      { limits: { timeMs: 60_000, memoryMb: 64, outputBytes: 65_536 } },
      'limits.timeMs',
    ],
    [
      'a tolerance of 1',
      { tests: twoSumGrading().tests.map((t) => ({ ...t, comparison: { tolerance: 1 } })) },
      'tests',
    ],
    [
      'a reference in a language not offered',
      { referenceSolution: { language: 'typescript' as const, source: 'x' } },
      'referenceSolution',
    ],
  ])('Given %s, When created, Then VALIDATION on %s', (_, grading, field) => {
    const created = createChallenge(
      { id: 'c1', authorId: AUTHOR, details: twoSumDetails(), grading: twoSumGrading(grading) },
      { now: at(0) },
    );
    expect(created._unsafeUnwrapErr()).toMatchObject({
      kind: 'Validation',
      fields: { [field]: expect.any(String) },
    });
  });

  it('Given an unvalidated draft, When published, Then CHALLENGE_003; validated for an older version also refuses', () => {
    const draft = aDraft();
    expect(publishChallenge(draft, { actorId: AUTHOR }, { now: at(1) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_003',
    );

    const validated = recordValidation(
      draft,
      { actorId: AUTHOR, version: 1, passed: true },
      { now: at(1) },
    )._unsafeUnwrap().state;
    const changed = editGradingSpec(
      validated,
      { actorId: AUTHOR, grading: twoSumGrading({ entryFunction: 'solve' }) },
      { now: at(2) },
    )._unsafeUnwrap().state;
    expect(changed.gradingVersion).toBe(2);
    expect(isValidated(changed)).toBe(false);
    expect(publishChallenge(changed, { actorId: AUTHOR }, { now: at(3) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_003',
    );
    expect(
      recordValidation(
        changed,
        { actorId: AUTHOR, version: 1, passed: true },
        { now: at(3) },
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_004');
  });

  it('Given a failed validation, When published, Then CHALLENGE_003; a passing one publishes with its event', () => {
    const failed = recordValidation(
      aDraft(),
      { actorId: AUTHOR, version: 1, passed: false },
      { now: at(1) },
    )._unsafeUnwrap().state;
    expect(publishChallenge(failed, { actorId: AUTHOR }, { now: at(2) }).isErr()).toBe(true);
    const published = publishChallenge(
      recordValidation(failed, { actorId: AUTHOR, version: 1, passed: true }, { now: at(3) })._unsafeUnwrap()
        .state,
      { actorId: AUTHOR },
      { now: at(4) },
    )._unsafeUnwrap();
    expect(published.state).toMatchObject({ status: 'published', publishedAt: at(4) });
    expect(published.events.map((e) => e.type)).toEqual(['challenges.challenge.published']);
  });

  it('Given a published challenge, When its tests change without a passing validation, Then CHALLENGE_003; with one, it takes the new version', () => {
    const published = aPublishedChallenge();
    const grading = twoSumGrading({ limits: { timeMs: 500, memoryMb: 64, outputBytes: 65_536 } });
    expect(
      editGradingSpec(published, { actorId: AUTHOR, grading }, { now: at(5) })._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_003');
    expect(
      editGradingSpec(
        published,
        { actorId: AUTHOR, grading, validation: { passed: false } },
        { now: at(5) },
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_003');
    const changed = editGradingSpec(
      published,
      { actorId: AUTHOR, grading, validation: { passed: true } },
      { now: at(5) },
    )._unsafeUnwrap();
    expect(changed.state).toMatchObject({ status: 'published', gradingVersion: 2, limits: { timeMs: 500 } });
    expect(isValidated(changed.state)).toBe(true);
  });

  it('Given a published challenge, When its statement changes, Then the validation stands', () => {
    const edited = editChallengeDetails(
      aPublishedChallenge(),
      { actorId: AUTHOR, details: twoSumDetails({ statement: 'Clearer wording.' }) },
      { now: at(5) },
    )._unsafeUnwrap();
    expect(edited.state.statement).toBe('Clearer wording.');
    expect(isValidated(edited.state)).toBe(true);
    expect(edited.events.map((e) => e.type)).toEqual(['challenges.challenge.updated']);
  });

  it('Given someone not an author, When they edit, publish or retire, Then CHALLENGE_002', () => {
    const published = aPublishedChallenge();
    expect(
      editChallengeDetails(
        published,
        { actorId: STRANGER, details: twoSumDetails() },
        { now: at(5) },
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_002');
    expect(retireChallenge(published, { actorId: STRANGER }, { now: at(5) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_002',
    );
    expect(publishChallenge(aDraft(), { actorId: STRANGER }, { now: at(5) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_002',
    );
  });

  it('Given a retired challenge, When edited or published, Then CHALLENGE_004; retiring a draft also refuses', () => {
    const retired = retireChallenge(
      aPublishedChallenge(),
      { actorId: AUTHOR },
      { now: at(5) },
    )._unsafeUnwrap().state;
    expect(retired.status).toBe('retired');
    expect(
      editChallengeDetails(
        retired,
        { actorId: AUTHOR, details: twoSumDetails() },
        { now: at(6) },
      )._unsafeUnwrapErr().code,
    ).toBe('CHALLENGE_004');
    expect(publishChallenge(retired, { actorId: AUTHOR }, { now: at(6) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_004',
    );
    expect(retireChallenge(aDraft(), { actorId: AUTHOR }, { now: at(6) })._unsafeUnwrapErr().code).toBe(
      'CHALLENGE_004',
    );
  });
});
