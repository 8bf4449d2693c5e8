import type { ProfileQueries } from '@talentsphere/application/profile';
import type { UnitOfWork } from '@talentsphere/application/shared';
import {
  DEFAULT_VISIBILITY,
  emptyProfile,
  type SkillEvidence,
  updateProfile,
} from '@talentsphere/domain/profile';
import { conflict } from '@talentsphere/domain/shared';
import { errAsync, ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission } from './challenge-fixtures';
import { aCorrelationId, committed, NOW } from './contract-fixtures';
import { aCourse, anEnrollment, completing, lessonIds, minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

export interface ProfileContractSubject {
  readonly uow: UnitOfWork;
  readonly queries: ProfileQueries;
}

const evidence = (userId: string, o: Partial<SkillEvidence> = {}): SkillEvidence => ({
  id: `challenge-passed:${v7()}:typescript`,
  userId,
  skill: 'typescript',
  level: 'advanced',
  kind: 'challenge-passed',
  sourceId: v7(),
  sourceTitle: 'Two sum',
  link: '/challenges/x',
  difficulty: 'hard',
  occurredAt: NOW,
  ...o,
});

/**
 * Profiles, verified evidence and the reads matching needs. Tests share one database: every test
 * makes its own users and skill names, and reads only what belongs to them.
 */
export function profileContract(name: string, open: () => Promise<ProfileContractSubject>): void {
  describe(`profile store (${name})`, () => {
    it('saves a profile, replaces it on the next save, and reads it back whole', async () => {
      const { uow, queries } = await open();
      const user = await committed(uow, (scope) => storedUser(scope, 'Pat Profile'));
      const profile = updateProfile(
        emptyProfile(user.id, NOW),
        {
          headline: 'Engineer',
          summary: 'Hello',
          location: 'Porto',
          photoUrl: 'https://example.com/p.png',
          links: { website: 'https://pat.dev', github: 'https://github.com/pat', linkedin: '' },
          experience: [
            {
              title: 'Dev',
              organisation: 'Acme',
              startMonth: '2020-01',
              endMonth: '2021-02',
              description: 'x',
            },
          ],
          education: [{ school: 'Uni', degree: 'BSc', startMonth: '2016-09', endMonth: null }],
          skills: [{ name: 'go', level: 'expert' }],
          visibility: { ...DEFAULT_VISIBILITY, education: 'private' },
        },
        { now: NOW },
      )._unsafeUnwrap();
      await committed(uow, (scope) => scope.profiles.save(profile));
      expect(await queries.profileOf(user.id)).toEqual(profile);
      const changed = { ...profile, headline: 'Staff engineer', updatedAt: minutes(5) };
      await committed(uow, async (scope) => {
        expect(await scope.profiles.findByUser(user.id, 'update')).toEqual(profile);
        await scope.profiles.save(changed);
      });
      expect(await committed(uow, (scope) => scope.profiles.findByUser(user.id))).toEqual(changed);
      expect(await queries.nameOf(user.id)).toBe('Pat Profile');
      expect(await queries.nameOf(v7())).toBeUndefined();
      await committed(uow, (scope) =>
        scope.profiles.save({ ...changed, visibility: { ...changed.visibility, about: 'private' } }),
      );
      expect(await queries.photosOf([user.id])).toEqual(new Map([[user.id, null]]));
      await committed(uow, (scope) => scope.profiles.save(changed));
      expect(await queries.photosOf([user.id, v7()])).toEqual(
        new Map([
          [user.id, 'https://example.com/p.png'],
          [expect.any(String), null],
        ]),
      );
    });

    it('records evidence once per user and id, and reads it per user', async () => {
      const { uow, queries } = await open();
      const [ada, bob] = await committed(uow, async (scope) => [
        await storedUser(scope),
        await storedUser(scope),
      ]);
      const first = evidence(ada.id);
      const course = evidence(ada.id, {
        id: `course-completed:${v7()}:sql`,
        skill: 'sql',
        kind: 'course-completed',
        difficulty: null,
        link: null,
      });
      expect(await committed(uow, (scope) => scope.skillEvidence.record([first, course]))).toBe(2);
      expect(await committed(uow, (scope) => scope.skillEvidence.record([first, evidence(bob.id)]))).toBe(1);
      expect(await committed(uow, (scope) => scope.skillEvidence.record([]))).toBe(0);

      const sort = (items: SkillEvidence[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(await queries.evidenceOf(ada.id))).toEqual(sort([first, course]));
      const both = await queries.evidenceOfUsers([ada.id, bob.id, v7()]);
      expect(both.get(ada.id)).toHaveLength(2);
      expect(both.get(bob.id)).toHaveLength(1);
      expect([...both.values()].map((items) => items.length)).toEqual([2, 1, 0]);
    });

    it('lists the facts evidence derives from: completed courses, certificates and accepted submissions', async () => {
      const { uow } = await open();
      const [author, learner] = await committed(uow, async (scope) => [
        await storedUser(scope),
        await storedUser(scope),
      ]);
      const course = aCourse(author.id, { skills: ['sql'] });
      const done = completing(anEnrollment(course, learner.id), course, lessonIds(course), minutes(3));
      const challenge = aChallenge(author.id, { skills: ['typescript'] });
      const accepted = aJudgedSubmission(challenge, learner.id, minutes(4));
      const wrong = aJudgedSubmission(challenge, learner.id, minutes(5), { verdict: 'WRONG_ANSWER' });
      await committed(uow, async (scope) => {
        await scope.courses.insert(course);
        await scope.enrollments.insert(done);
        await scope.challenges.insert(challenge);
        await scope.submissions.insert(accepted);
        await scope.submissions.insert(wrong);
      });
      const facts = (await committed(uow, (scope) => scope.skillEvidence.facts())).filter(
        (f) => f.userId === learner.id,
      );
      if (done.status !== 'completed') throw new Error('the fixture should complete the course');
      expect(facts.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        {
          kind: 'certificate',
          userId: learner.id,
          certificateId: done.certificate.id,
          verificationCode: done.certificate.verificationCode,
          courseId: course.id,
          at: done.certificate.issuedAt,
        },
        {
          kind: 'challenge-passed',
          userId: learner.id,
          submissionId: accepted.id,
          challengeId: challenge.id,
          at: minutes(4),
        },
        {
          kind: 'course-completed',
          userId: learner.id,
          enrollmentId: done.id,
          courseId: course.id,
          at: minutes(3),
        },
      ]);
    });

    it('leaves out of the facts the submissions authors accepted to their own challenges, not to others’', async () => {
      const { uow } = await open();
      const [author, coAuthor, colleague] = await committed(uow, async (scope) => [
        await storedUser(scope),
        await storedUser(scope),
        await storedUser(scope),
      ]);
      const own = aChallenge(author.id, { coAuthorId: coAuthor.id });
      const theirs = aChallenge(colleague.id);
      const byAuthor = aJudgedSubmission(own, author.id, minutes(4));
      const byCoAuthor = aJudgedSubmission(own, coAuthor.id, minutes(5));
      const elsewhere = aJudgedSubmission(theirs, author.id, minutes(6));
      await committed(uow, async (scope) => {
        for (const c of [own, theirs]) await scope.challenges.insert(c);
        for (const s of [byAuthor, byCoAuthor, elsewhere]) await scope.submissions.insert(s);
      });
      const facts = (await committed(uow, (scope) => scope.skillEvidence.facts())).filter((f) =>
        [author.id, coAuthor.id].includes(f.userId),
      );
      expect(facts).toEqual([
        {
          kind: 'challenge-passed',
          userId: author.id,
          submissionId: elsewhere.id,
          challengeId: theirs.id,
          at: minutes(6),
        },
      ]);
    });

    it('deletes all evidence for a rebuild, inside the transaction', async () => {
      const { uow, queries } = await open();
      const user = await committed(uow, (scope) => storedUser(scope));
      await committed(uow, (scope) => scope.skillEvidence.record([evidence(user.id)]));
      const rolledBack = await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(scope.skillEvidence.deleteAll()).andThen(() =>
            errAsync(conflict('TEST', 'Undo the rebuild.')),
          ),
        { correlationId: aCorrelationId() },
      );
      expect(rolledBack.isErr()).toBe(true);
      expect(await queries.evidenceOf(user.id)).toHaveLength(1);
      await committed(uow, (scope) => scope.skillEvidence.deleteAll());
      expect(await queries.evidenceOf(user.id)).toEqual([]);
    });

    it('offers published courses and challenges listing any of the skills', async () => {
      const { uow, queries } = await open();
      const author = await committed(uow, (scope) => storedUser(scope));
      const wanted = `s-${v7()}`;
      const other = `s-${v7()}`;
      const course = aCourse(author.id, {
        title: 'Wanted course',
        skills: [wanted, 'node'],
        skillLevel: 'advanced',
      });
      const draft = aCourse(author.id, { skills: [wanted], status: 'draft' });
      const unrelated = aCourse(author.id, { skills: [other] });
      const challenge = aChallenge(author.id, { title: 'Wanted challenge', skills: [wanted] });
      const retired = aChallenge(author.id, { skills: [wanted], status: 'retired' });
      await committed(uow, async (scope) => {
        for (const c of [course, draft, unrelated]) await scope.courses.insert(c);
        for (const c of [challenge, retired]) await scope.challenges.insert(c);
      });
      const options = await queries.learningOptions([wanted, `s-${v7()}`]);
      expect(options).toEqual([
        { kind: 'course', id: course.id, title: 'Wanted course', skills: course.skills },
        { kind: 'challenge', id: challenge.id, title: 'Wanted challenge', skills: challenge.skills },
      ]);
      expect(await queries.learningOptions([])).toEqual([]);
    });
  });
}
