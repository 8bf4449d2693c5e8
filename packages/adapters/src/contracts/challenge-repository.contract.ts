import type { UnitOfWork } from '@talentsphere/application/shared';
import { editChallengeDetails, editGradingSpec, retireChallenge } from '@talentsphere/domain/challenges';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aChallenge, everyTestKind } from './challenge-fixtures';
import { committed } from './contract-fixtures';
import { minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

/** What every ChallengeRepository adapter must do, through its unit of work. */
export function challengeRepositoryContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork }>,
): void {
  describe(`ChallengeRepository contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    beforeEach(async () => {
      ({ uow } = await subject());
    });

    const storedAuthors = () =>
      committed(uow, async (scope) => ({
        author: await storedUser(scope, 'Ines Instructor'),
        coAuthor: await storedUser(scope, 'Carl Coauthor'),
      }));

    const detailsOf = (challenge: ReturnType<typeof aChallenge>, title: string, slug = challenge.slug) => ({
      title,
      slug,
      statement: challenge.statement,
      difficulty: challenge.difficulty,
      skills: challenge.skills,
      starterCode: challenge.starterCode,
    });

    it('Given a published challenge with two authors and tests of every kind, When found by id, Then every field comes back, tests in order', async () => {
      const { author, coAuthor } = await storedAuthors();
      const challenge = aChallenge(author.id, { coAuthorId: coAuthor.id, skills: ['algorithms', 'arrays'] });
      expect(challenge.tests).toEqual(everyTestKind);
      expect(challenge.validation).not.toBeNull();
      expect(await committed(uow, (scope) => scope.challenges.insert(challenge))).toBe('inserted');
      const found = await committed(uow, (scope) => scope.challenges.findById(challenge.id));
      expect(found).toEqual(challenge);
      expect(found?.authorIds).toEqual([author.id, coAuthor.id]);
      expect(found?.tests.map((t) => t.id)).toEqual(everyTestKind.map((t) => t.id));
      expect(await committed(uow, (scope) => scope.challenges.findById(v7()))).toBeUndefined();
    });

    it.each(['draft', 'retired'] as const)(
      'Given a %s challenge, When found by id, Then its status, dates and validation come back',
      async (status) => {
        const { author } = await storedAuthors();
        const challenge = aChallenge(author.id, { status, at: minutes(3) });
        await committed(uow, (scope) => scope.challenges.insert(challenge));
        const found = await committed(uow, (scope) => scope.challenges.findById(challenge.id));
        expect(found).toEqual(challenge);
        expect(found?.status).toBe(status);
        expect(found?.validation).toEqual(
          status === 'draft' ? null : { version: 1, passed: true, at: minutes(3) },
        );
      },
    );

    it('Given a challenge, When another with its slug is inserted, Then it is slug-taken, nothing is stored and the transaction goes on', async () => {
      const { author } = await storedAuthors();
      const first = aChallenge(author.id);
      const second = aChallenge(author.id, { slug: first.slug });
      const third = aChallenge(author.id);
      await committed(uow, async (scope) => {
        expect(await scope.challenges.insert(first)).toBe('inserted');
        expect(await scope.challenges.insert(second)).toBe('slug-taken');
        expect(await scope.challenges.insert(third)).toBe('inserted');
      });
      expect(await committed(uow, (scope) => scope.challenges.findById(second.id))).toBeUndefined();
      expect(await committed(uow, (scope) => scope.challenges.findById(first.id))).toEqual(first);
      expect(await committed(uow, (scope) => scope.challenges.findById(third.id))).toEqual(third);
    });

    it('Given two challenges, When one is updated to the other’s slug, Then it is slug-taken, keeps its stored state and the transaction goes on', async () => {
      const { author } = await storedAuthors();
      const first = aChallenge(author.id);
      const second = aChallenge(author.id);
      await committed(uow, async (scope) => {
        await scope.challenges.insert(first);
        await scope.challenges.insert(second);
      });
      const clash = editChallengeDetails(
        second,
        { actorId: author.id, details: detailsOf(second, 'Renamed', first.slug) },
        { now: minutes(1) },
      )._unsafeUnwrap().state;
      const fine = editChallengeDetails(
        first,
        { actorId: author.id, details: detailsOf(first, 'Renamed fine') },
        { now: minutes(1) },
      )._unsafeUnwrap().state;
      await committed(uow, async (scope) => {
        expect(await scope.challenges.update(clash)).toBe('slug-taken');
        expect(await scope.challenges.update(fine)).toBe('updated');
      });
      expect(await committed(uow, (scope) => scope.challenges.findById(second.id))).toEqual(second);
      expect(await committed(uow, (scope) => scope.challenges.findById(first.id))).toEqual(fine);
    });

    it('Given a published challenge, When its details, grading spec (with a passing validation) and authors change and it is retired, Then exactly the new state is stored', async () => {
      const { author, coAuthor } = await storedAuthors();
      const challenge = aChallenge(author.id, { coAuthorId: coAuthor.id });
      await committed(uow, (scope) => scope.challenges.insert(challenge));
      const now = { now: minutes(5) };
      let edited = editChallengeDetails(
        challenge,
        {
          actorId: author.id,
          details: {
            ...detailsOf(challenge, 'Three sum'),
            difficulty: 'hard',
            skills: [{ name: 'graphs', level: 'advanced' }],
            starterCode: { typescript: 'function threeSum() {}' },
          },
        },
        now,
      )._unsafeUnwrap().state;
      edited = editGradingSpec(
        edited,
        {
          actorId: coAuthor.id,
          grading: {
            entryFunction: 'threeSum',
            tests: [...everyTestKind].reverse().map((t) => ({ ...t, id: `v2-${t.id}` })),
            limits: { timeMs: 2_000, memoryMb: 128, outputBytes: 2_048 },
            referenceSolution: { language: 'typescript', source: 'function threeSum() { return []; }' },
          },
          validation: { passed: true },
        },
        now,
      )._unsafeUnwrap().state;
      edited = { ...edited, authorIds: [coAuthor.id, author.id] };
      expect(edited.gradingVersion).toBe(2);
      expect(await committed(uow, (scope) => scope.challenges.update(edited))).toBe('updated');
      expect(await committed(uow, (scope) => scope.challenges.findById(challenge.id))).toEqual(edited);

      const retired = retireChallenge(edited, { actorId: author.id }, { now: minutes(6) })._unsafeUnwrap()
        .state;
      await committed(uow, (scope) => scope.challenges.update(retired));
      expect(await committed(uow, (scope) => scope.challenges.findById(challenge.id))).toEqual(retired);
    });

    it.each(['update', 'share'] as const)(
      'Given a challenge, When read with a %s lock, Then it comes back like an unlocked read',
      async (lock) => {
        const { author } = await storedAuthors();
        const challenge = aChallenge(author.id);
        await committed(uow, (scope) => scope.challenges.insert(challenge));
        expect(await committed(uow, (scope) => scope.challenges.findById(challenge.id, lock))).toEqual(
          challenge,
        );
      },
    );

    it('Given a challenge read for update, When another transaction edits it meanwhile, Then the second waits and builds on the first', async () => {
      const { author } = await storedAuthors();
      const challenge = aChallenge(author.id);
      await committed(uow, (scope) => scope.challenges.insert(challenge));
      let firstHoldsLock!: () => void;
      const locked = new Promise<void>((resolve) => {
        firstHoldsLock = resolve;
      });
      const rename = committed(uow, async (scope) => {
        const read = await scope.challenges.findById(challenge.id, 'update');
        firstHoldsLock();
        await new Promise((resolve) => setTimeout(resolve, 50)); // a missing lock lets the retirement in now
        if (read) {
          const renamed = editChallengeDetails(
            read,
            { actorId: author.id, details: detailsOf(read, 'Renamed first') },
            { now: minutes(1) },
          )._unsafeUnwrap().state;
          await scope.challenges.update(renamed);
        }
      });
      await locked;
      const retire = committed(uow, async (scope) => {
        const read = await scope.challenges.findById(challenge.id, 'update');
        if (read)
          await scope.challenges.update(
            retireChallenge(read, { actorId: author.id }, { now: minutes(2) })._unsafeUnwrap().state,
          );
      });
      await Promise.all([rename, retire]);
      expect(await committed(uow, (scope) => scope.challenges.findById(challenge.id))).toMatchObject({
        title: 'Renamed first',
        status: 'retired',
      });
    });
  });
}
