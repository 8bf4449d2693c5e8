import {
  type ChallengeListInput,
  type ChallengeListResult,
  type ChallengeQueries,
  challengeListInput,
} from '@talentsphere/application/challenges';
import type { UnitOfWork } from '@talentsphere/application/shared';
import type { Challenge, Submission } from '@talentsphere/domain/challenges';
import type { User } from '@talentsphere/domain/identity';
import { ANONYMOUS_LEARNER, emptyProfile } from '@talentsphere/domain/profile';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aChallenge,
  aJudgedSubmission,
  aSubmission,
  everyTestKind,
  HIDDEN_EXPECTED,
  HIDDEN_INPUT,
  REFERENCE_MARKER,
  running,
} from './challenge-fixtures';
import { committed } from './contract-fixtures';
import { minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

type Key = 'twoSum' | 'binary' | 'graph' | 'anagram' | 'draft' | 'retired';
type Learner = 'alice' | 'bob' | 'carol' | 'dave' | 'erin' | 'frank';
type Author = 'author' | 'coAuthor';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What every ChallengeQueries adapter must do. `open` gives a store of its own (list totals, facets
 * and the overall leaderboard count everything), seeded once by the suite through the repositories.
 */
export function challengeQueriesContract(
  adapter: string,
  open: () => Promise<{ uow: UnitOfWork; queries: ChallengeQueries; close?: () => Promise<void> }>,
): void {
  describe(`ChallengeQueries contract: ${adapter}`, () => {
    let queries: ChallengeQueries;
    let close: (() => Promise<void>) | undefined;
    let subjectUow: UnitOfWork;
    const challenge = {} as Record<Key, Challenge>;
    const user = {} as Record<Learner | Author, User>;
    /** Alice's submissions to Two sum, oldest first: wrong, accepted, accepted again faster. */
    const alicesTwoSum: Submission[] = [];
    let erinsQueued: Submission;

    const list = (input: Partial<ChallengeListInput>, viewer: Learner | null = null) =>
      queries.list(challengeListInput.parse(input), viewer && user[viewer].id);
    const ids = (result: ChallengeListResult) => result.items.map((c) => c.id);
    const idsOf = (...keys: Key[]) => keys.map((k) => challenge[k].id);
    const userIds = (...names: Learner[]) => names.map((n) => user[n].id);

    beforeAll(async () => {
      const subject = await open();
      queries = subject.queries;
      close = subject.close;
      subjectUow = subject.uow;
      await committed(subject.uow, async (scope) => {
        user.author = await storedUser(scope, 'Ines Instructor');
        user.coAuthor = await storedUser(scope, 'Carl Coauthor');
        for (const name of ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'] as const)
          user[name] = await storedUser(scope, `${name[0]?.toUpperCase()}${name.slice(1)} Learner`);
        const author = user.author.id;

        challenge.twoSum = aChallenge(author, {
          title: 'Two sum',
          skills: ['algorithms', 'arrays'],
          coAuthorId: user.coAuthor.id,
          at: minutes(1),
        });
        challenge.binary = aChallenge(author, {
          title: 'Binary search',
          statement: 'Find the position of a value in a sorted array.',
          difficulty: 'medium',
          skills: ['algorithms', 'searching'],
          at: minutes(2),
        });
        challenge.graph = aChallenge(author, {
          title: 'Graph paths',
          statement: 'Count the shortest paths between two nodes.',
          difficulty: 'hard',
          skills: ['graphs'],
          at: minutes(3),
        });
        // Published at the same time as Graph paths: the title decides.
        challenge.anagram = aChallenge(author, {
          title: 'Anagram groups',
          statement: 'Group the words that are anagrams.',
          skills: ['strings', 'hashing'],
          at: minutes(3),
        });
        challenge.draft = aChallenge(author, {
          title: 'Binary draft',
          skills: ['algorithms', 'drafting'],
          status: 'draft',
          at: minutes(4),
        });
        challenge.retired = aChallenge(author, {
          title: 'Binary retired',
          skills: ['algorithms', 'retiring'],
          status: 'retired',
          at: minutes(4),
        });
        for (const c of Object.values(challenge)) expect(await scope.challenges.insert(c)).toBe('inserted');

        const { twoSum, binary, graph } = challenge;
        // Judged at `minute`, submitted `queued` minutes before (one unless said).
        const judged = (
          c: Challenge,
          who: Learner | Author,
          minute: number,
          timeMs: number,
          wrong = false,
          queued = 1,
        ) =>
          aJudgedSubmission(c, user[who].id, minutes(minute), {
            timeMs,
            verdict: wrong ? 'WRONG_ANSWER' : 'ACCEPTED',
            queuedMs: queued * 60_000,
          });
        alicesTwoSum.push(
          judged(twoSum, 'alice', 10, 3, true),
          judged(twoSum, 'alice', 20, 30),
          // Later and faster: it must not improve her place.
          judged(twoSum, 'alice', 40, 5),
        );
        erinsQueued = aSubmission(twoSum, user.erin.id, minutes(30));
        const submissions = [
          ...alicesTwoSum,
          judged(twoSum, 'bob', 20, 10),
          // Judged with Bob but submitted a minute before him: the queue does not reorder them.
          judged(twoSum, 'dave', 20, 10, false, 2),
          judged(twoSum, 'carol', 15, 50),
          erinsQueued,
          running(aSubmission(twoSum, user.erin.id, minutes(31)), minutes(32)),
          judged(binary, 'bob', 25, 10),
          judged(binary, 'bob', 60, 1),
          judged(binary, 'alice', 30, 20),
          judged(binary, 'carol', 26, 10, true),
          judged(graph, 'frank', 15, 40),
          judged(graph, 'alice', 50, 40),
          // Authors solving their own Two sum first and fastest (after a wrong try): never ranked for
          // it, nor counted in its stats.
          judged(twoSum, 'author', 4, 1, true),
          judged(twoSum, 'author', 5, 1),
          judged(twoSum, 'coAuthor', 6, 2),
          // The co-author solving a challenge he did not write: ranked like any learner.
          judged(binary, 'coAuthor', 70, 15),
        ];
        for (const s of submissions) await scope.submissions.insert(s);
      });
    });

    afterAll(async () => {
      await close?.();
    });

    it('Given no filters, When listing, Then published challenges come oldest published first, then by title; drafts and retired ones never show', async () => {
      const result = await list({});
      expect(ids(result)).toEqual(idsOf('twoSum', 'binary', 'anagram', 'graph'));
      expect(result.total).toBe(4);
    });

    it('Given a query, When listing, Then a challenge must match every word in its title, statement or skills, and none excluded', async () => {
      expect(ids(await list({ q: 'binary' }))).toEqual(idsOf('binary'));
      expect(ids(await list({ q: 'Two SUM' }))).toEqual(idsOf('twoSum'));
      expect(ids(await list({ q: 'two' }))).toEqual(idsOf('twoSum', 'graph'));
      expect(ids(await list({ q: 'two -paths' }))).toEqual(idsOf('twoSum'));
      expect(ids(await list({ q: 'algorithms -binary' }))).toEqual(idsOf('twoSum'));
      expect(ids(await list({ q: 'hashing' }))).toEqual(idsOf('anagram'));
      expect(ids(await list({ q: 'sorted' }))).toEqual(idsOf('binary'));
      const none = await list({ q: 'cobol' });
      expect([none.items, none.total]).toEqual([[], 0]);
    });

    it('Given difficulty and skill filters, When listing, Then only the challenges that pass them come back', async () => {
      expect(ids(await list({ difficulties: ['easy'] }))).toEqual(idsOf('twoSum', 'anagram'));
      expect(ids(await list({ difficulties: ['medium', 'hard'] }))).toEqual(idsOf('binary', 'graph'));
      expect(ids(await list({ skill: 'algorithms' }))).toEqual(idsOf('twoSum', 'binary'));
      expect(ids(await list({ skill: 'drafting' }))).toEqual([]);
      expect(ids(await list({ q: 'two', difficulties: ['hard'] }))).toEqual(idsOf('graph'));
      expect((await list({ skill: 'algorithms', difficulties: ['medium'] })).total).toBe(1);
    });

    it('Given a viewer, When listing by progress, Then solved means an accepted submission; a wrong answer or a pending one is unsolved', async () => {
      expect(ids(await list({ progress: 'solved' }, 'alice'))).toEqual(idsOf('twoSum', 'binary', 'graph'));
      expect(ids(await list({ progress: 'unsolved' }, 'alice'))).toEqual(idsOf('anagram'));
      expect(ids(await list({ progress: 'solved' }, 'carol'))).toEqual(idsOf('twoSum'));
      expect(ids(await list({ progress: 'unsolved' }, 'carol'))).toEqual(idsOf('binary', 'anagram', 'graph'));
      expect(ids(await list({ progress: 'solved' }, 'erin'))).toEqual([]);
      expect(ids(await list({ progress: 'unsolved', skill: 'algorithms' }, 'carol'))).toEqual(
        idsOf('binary'),
      );
      expect((await list({ progress: 'solved' }, 'alice')).total).toBe(3);
    });

    it('Given a visitor, When listing solved or unsolved, Then every challenge shows and none is marked', async () => {
      for (const progress of ['solved', 'unsolved'] as const) {
        const result = await list({ progress });
        expect(ids(result)).toEqual(idsOf('twoSum', 'binary', 'anagram', 'graph'));
        expect(result.items.map((c) => c.solvedByViewer)).toEqual([null, null, null, null]);
      }
      const marks = (await list({}, 'carol')).items.map((c) => c.solvedByViewer);
      expect(marks).toEqual([true, false, false, false]);
    });

    it('Given pages of three, When paging, Then the pages join into the whole list and each has the total', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => list({ page, pageSize: 3 })));
      expect(pages.map((p) => p.items.length)).toEqual([3, 1, 0]);
      expect(pages.flatMap(ids)).toEqual(idsOf('twoSum', 'binary', 'anagram', 'graph'));
      expect(pages.map((p) => [p.total, p.page, p.pageSize])).toEqual([
        [4, 1, 3],
        [4, 2, 3],
        [4, 3, 3],
      ]);
    });

    it('Given the skill facet, When listing with or without filters, Then it counts every published challenge’s skills, biggest first', async () => {
      const expected = [
        { name: 'algorithms', count: 2 },
        { name: 'arrays', count: 1 },
        { name: 'graphs', count: 1 },
        { name: 'hashing', count: 1 },
        { name: 'searching', count: 1 },
        { name: 'strings', count: 1 },
      ];
      expect((await list({})).skills).toEqual(expected);
      expect((await list({ q: 'binary', difficulties: ['hard'] }, 'alice')).skills).toEqual(expected);
    });

    it('Given a card, When listed, Then it has the languages, stats from judged submissions only and whether the viewer solved it', async () => {
      const [card] = (await list({ q: 'sum' }, 'alice')).items;
      const { twoSum } = challenge;
      expect(card).toEqual({
        id: twoSum.id,
        slug: twoSum.slug,
        title: 'Two sum',
        difficulty: 'easy',
        skills: [
          { name: 'algorithms', level: 'beginner' },
          { name: 'arrays', level: 'beginner' },
        ],
        languages: ['javascript', 'typescript'],
        // Alice three times (one wrong), Bob, Dave and Carol; Erin's queued and running ones and the
        // authors' own do not count.
        stats: { submissions: 6, accepted: 5, solvers: 4 },
        solvedByViewer: true,
        publishedAt: minutes(1).toISOString(),
      });
      const stats = (await list({})).items.map((c) => c.stats);
      expect(stats).toEqual([
        { submissions: 6, accepted: 5, solvers: 4 },
        // The co-author counts on Binary search, which he did not write.
        { submissions: 5, accepted: 4, solvers: 3 },
        { submissions: 0, accepted: 0, solvers: 0 },
        { submissions: 2, accepted: 2, solvers: 2 },
      ]);
    });

    it('Given a challenge, When its detail is read, Then it has the statement, starter code, samples and limits, and hidden tests only as a count', async () => {
      const { twoSum } = challenge;
      const detail = await queries.detail(twoSum.id);
      expect(detail).toEqual({
        id: twoSum.id,
        slug: twoSum.slug,
        title: 'Two sum',
        difficulty: 'easy',
        skills: [
          { name: 'algorithms', level: 'beginner' },
          { name: 'arrays', level: 'beginner' },
        ],
        languages: ['javascript', 'typescript'],
        stats: { submissions: 6, accepted: 5, solvers: 4 },
        publishedAt: minutes(1).toISOString(),
        statement: twoSum.statement,
        status: 'published',
        starterCode: twoSum.starterCode,
        entryFunction: 'twoSum',
        samples: everyTestKind
          .filter((t) => t.visibility === 'sample')
          .map((t) => ({ id: t.id, input: t.input, expected: t.expected })),
        hiddenTestCount: 2,
        limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
        authors: [
          { id: user.author.id, name: 'Ines Instructor' },
          { id: user.coAuthor.id, name: 'Carl Coauthor' },
        ],
      });
      const text = JSON.stringify(detail);
      for (const secret of [
        HIDDEN_INPUT,
        HIDDEN_EXPECTED,
        REFERENCE_MARKER,
        'hidden-unordered',
        'hidden-object',
      ])
        expect(text).not.toContain(secret);
      expect(await queries.detail(challenge.draft.id)).toMatchObject({ status: 'draft', publishedAt: null });
      expect(await queries.detail(challenge.retired.id)).toMatchObject({ status: 'retired' });
      expect(await queries.detail(v7())).toBeUndefined();
    });

    it('Given a challenge, When its studio view is read, Then it has everything: hidden tests, reference solution, validation and stats', async () => {
      const { twoSum, draft } = challenge;
      const studio = await queries.studio(twoSum.id);
      expect(studio).toEqual({
        id: twoSum.id,
        slug: twoSum.slug,
        title: 'Two sum',
        statement: twoSum.statement,
        difficulty: 'easy',
        skills: [
          { name: 'algorithms', level: 'beginner' },
          { name: 'arrays', level: 'beginner' },
        ],
        starterCode: twoSum.starterCode,
        entryFunction: 'twoSum',
        tests: everyTestKind,
        limits: twoSum.limits,
        referenceSolution: twoSum.referenceSolution,
        gradingVersion: 1,
        validation: { version: 1, passed: true, at: minutes(1).toISOString() },
        validated: true,
        status: 'published',
        authors: [
          { id: user.author.id, name: 'Ines Instructor' },
          { id: user.coAuthor.id, name: 'Carl Coauthor' },
        ],
        stats: { submissions: 6, accepted: 5, solvers: 4 },
        publishedAt: minutes(1).toISOString(),
        updatedAt: minutes(1).toISOString(),
      });
      expect(JSON.stringify(studio)).toContain(HIDDEN_EXPECTED);
      expect(await queries.studio(draft.id)).toMatchObject({
        status: 'draft',
        validation: null,
        validated: false,
        stats: { submissions: 0, accepted: 0, solvers: 0 },
        publishedAt: null,
      });
      expect(await queries.studio(v7())).toBeUndefined();
    });

    it('Given authors, When listing their challenges, Then every status shows, most recently edited first, with validity and stats', async () => {
      const rows = await queries.challengesOfAuthor(user.author.id);
      expect(rows.map((r) => r.id)).toEqual(
        idsOf('retired', 'draft', 'anagram', 'graph', 'binary', 'twoSum'),
      );
      expect(rows.find((r) => r.id === challenge.twoSum.id)).toEqual({
        id: challenge.twoSum.id,
        slug: challenge.twoSum.slug,
        title: 'Two sum',
        difficulty: 'easy',
        status: 'published',
        validated: true,
        stats: { submissions: 6, accepted: 5, solvers: 4 },
        updatedAt: minutes(1).toISOString(),
      });
      expect(rows.find((r) => r.id === challenge.draft.id)).toMatchObject({
        status: 'draft',
        validated: false,
      });
      expect((await queries.challengesOfAuthor(user.coAuthor.id)).map((r) => r.id)).toEqual(idsOf('twoSum'));
      expect(await queries.challengesOfAuthor(user.alice.id)).toEqual([]);
    });

    it('Given a judged submission, When read, Then it has the code, verdict, score, costs and every test’s result, hidden ones without input or expected output', async () => {
      const judged = alicesTwoSum[0] as Submission;
      const view = await queries.submission(judged.id);
      expect(view).toEqual({
        id: judged.id,
        challengeId: challenge.twoSum.id,
        userId: user.alice.id,
        language: 'javascript',
        source: judged.source,
        status: 'judged',
        verdict: 'WRONG_ANSWER',
        passed: 3,
        total: 4,
        // Overall and hidden costs in coarse steps: exact ones would leak hidden inputs.
        timeMs: 10,
        memoryBytes: 2_097_152,
        results: [
          {
            testId: 'sample-exact',
            visibility: 'sample',
            verdict: 'ACCEPTED',
            timeMs: 3,
            memoryBytes: 1_048_576,
          },
          {
            testId: 'sample-float',
            visibility: 'sample',
            verdict: 'ACCEPTED',
            timeMs: 2.75,
            memoryBytes: 1_048_577,
          },
          {
            testId: 'hidden-1',
            visibility: 'hidden',
            verdict: 'WRONG_ANSWER',
            timeMs: 10,
            memoryBytes: 2_097_152,
          },
          {
            testId: 'hidden-2',
            visibility: 'hidden',
            verdict: 'ACCEPTED',
            timeMs: 10,
            memoryBytes: 2_097_152,
          },
        ],
        submittedAt: minutes(9).toISOString(),
        judgedAt: minutes(10).toISOString(),
      });
      expect(JSON.stringify(view)).not.toContain(HIDDEN_EXPECTED);
      expect(JSON.stringify(view)).not.toContain(HIDDEN_INPUT);
    });

    it('Given a queued submission, When read, Then it has no verdict or results yet; an unknown id finds nothing', async () => {
      expect(await queries.submission(erinsQueued.id)).toEqual({
        id: erinsQueued.id,
        challengeId: challenge.twoSum.id,
        userId: user.erin.id,
        language: 'javascript',
        source: erinsQueued.source,
        status: 'queued',
        verdict: null,
        passed: null,
        total: null,
        timeMs: null,
        memoryBytes: null,
        results: [],
        submittedAt: minutes(30).toISOString(),
        judgedAt: null,
      });
      expect(await queries.submission(v7())).toBeUndefined();
    });

    it('Given a learner’s submissions, When listed for a challenge, Then they come newest first, at most the limit, and only theirs', async () => {
      const newestFirst = [...alicesTwoSum].reverse().map((s) => s.id);
      const { alice, bob, erin } = user;
      expect((await queries.submissionsOf(alice.id, challenge.twoSum.id, 10)).map((s) => s.id)).toEqual(
        newestFirst,
      );
      expect((await queries.submissionsOf(alice.id, challenge.twoSum.id, 2)).map((s) => s.id)).toEqual(
        newestFirst.slice(0, 2),
      );
      const erins = await queries.submissionsOf(erin.id, challenge.twoSum.id, 10);
      expect(erins.map((s) => s.status)).toEqual(['running', 'queued']);
      expect(await queries.submissionsOf(bob.id, challenge.twoSum.id, 10)).toHaveLength(1);
      expect(await queries.submissionsOf(alice.id, challenge.anagram.id, 10)).toEqual([]);
    });

    it('Given accepted submissions, When reading a challenge’s leaderboard, Then each learner appears once by their first accepted submission’s time, ties broken by runtime and then by user id', async () => {
      const board = await queries.leaderboard(challenge.twoSum.id, 10, null);
      expect(board).toEqual([
        {
          rank: 1,
          userId: user.carol.id,
          name: 'Carol Learner',
          acceptedAt: minutes(14).toISOString(),
          timeMs: 50,
          language: 'javascript',
        },
        {
          rank: 2,
          userId: user.dave.id,
          name: 'Dave Learner',
          acceptedAt: minutes(18).toISOString(),
          timeMs: 10,
          language: 'javascript',
        },
        {
          rank: 3,
          userId: user.bob.id,
          name: 'Bob Learner',
          acceptedAt: minutes(19).toISOString(),
          timeMs: 10,
          language: 'javascript',
        },
        // Her faster acceptance submitted at minute 39 does not count: the first one does. Same
        // time as Bob: the faster run goes first.
        {
          rank: 4,
          userId: user.alice.id,
          name: 'Alice Learner',
          acceptedAt: minutes(19).toISOString(),
          timeMs: 30,
          language: 'javascript',
        },
      ]);
      expect((await queries.leaderboard(challenge.twoSum.id, 2, null)).map((e) => e.rank)).toEqual([1, 2]);
      const binary = await queries.leaderboard(challenge.binary.id, 10, null);
      expect(binary.map((e) => [e.userId, e.acceptedAt, e.timeMs])).toEqual([
        [user.bob.id, minutes(24).toISOString(), 10],
        [user.alice.id, minutes(29).toISOString(), 20],
        [user.coAuthor.id, minutes(69).toISOString(), 15],
      ]);
      expect(await queries.leaderboard(challenge.anagram.id, 10, null)).toEqual([]);
      expect(await queries.leaderboard(v7(), 10, null)).toEqual([]);
    });

    it('Given solves across challenges, When reading the overall leaderboard, Then learners come by challenges solved, then by who reached their count first, then by user id', async () => {
      const [carolOrFrank, frankOrCarol] = [user.carol, user.frank].sort(byId) as [User, User];
      expect(await queries.overallLeaderboard(10, null)).toEqual([
        // Her last first-acceptance (Graph paths) is what counts, not the re-acceptance at minute 39.
        {
          rank: 1,
          userId: user.alice.id,
          name: 'Alice Learner',
          solved: 3,
          lastSolvedAt: minutes(49).toISOString(),
        },
        // Bob's re-acceptance of Binary search at minute 59 does not move his time.
        {
          rank: 2,
          userId: user.bob.id,
          name: 'Bob Learner',
          solved: 2,
          lastSolvedAt: minutes(24).toISOString(),
        },
        {
          rank: 3,
          userId: carolOrFrank.id,
          name: carolOrFrank.name,
          solved: 1,
          lastSolvedAt: minutes(14).toISOString(),
        },
        {
          rank: 4,
          userId: frankOrCarol.id,
          name: frankOrCarol.name,
          solved: 1,
          lastSolvedAt: minutes(14).toISOString(),
        },
        {
          rank: 5,
          userId: user.dave.id,
          name: 'Dave Learner',
          solved: 1,
          lastSolvedAt: minutes(18).toISOString(),
        },
        // Binary search only: his solve of the Two sum he co-wrote does not count.
        {
          rank: 6,
          userId: user.coAuthor.id,
          name: 'Carl Coauthor',
          solved: 1,
          lastSolvedAt: minutes(69).toISOString(),
        },
      ]);
      expect((await queries.overallLeaderboard(2, null)).map((e) => e.userId)).toEqual(
        userIds('alice', 'bob'),
      );
    });

    it('Given authors who solved their own challenge, When reading the leaderboards and stats, Then those solves are neither ranked nor counted, their solves of other challenges are, and they still see their own submissions', async () => {
      const { author, coAuthor } = user;
      const { twoSum, binary } = challenge;
      const ranked = async (challengeId: string) =>
        (await queries.leaderboard(challengeId, 10, null)).map((e) => e.userId);
      expect(await ranked(twoSum.id)).not.toContain(author.id);
      expect(await ranked(twoSum.id)).not.toContain(coAuthor.id);
      expect(await ranked(binary.id)).toContain(coAuthor.id);
      const overall = await queries.overallLeaderboard(10, null);
      expect(overall.map((e) => e.userId)).not.toContain(author.id);
      expect(overall.find((e) => e.userId === coAuthor.id)?.solved).toBe(1);

      const learnersOnly = { submissions: 6, accepted: 5, solvers: 4 };
      expect((await queries.detail(twoSum.id))?.stats).toEqual(learnersOnly);
      expect((await queries.studio(twoSum.id))?.stats).toEqual(learnersOnly);
      const mine = await queries.challengesOfAuthor(coAuthor.id);
      expect(mine.find((c) => c.id === twoSum.id)?.stats).toEqual(learnersOnly);

      const own = await queries.submissionsOf(author.id, twoSum.id, 10);
      expect(own.map((s) => [s.userId, s.status, s.verdict])).toEqual([
        [author.id, 'judged', 'ACCEPTED'],
        [author.id, 'judged', 'WRONG_ANSWER'],
      ]);
      const solved = await queries.list(challengeListInput.parse({ progress: 'solved' }), author.id);
      expect(ids(solved)).toEqual(idsOf('twoSum'));
    });
    // Last: it hides Dave for the rest of the suite.
    it('Given a learner who keeps their name off public leaderboards, When others read the boards, Then their row keeps its rank with no name or id, and they see it as theirs', async () => {
      const { dave } = user;
      const before = await queries.leaderboard(challenge.twoSum.id, 10, null);
      const overallBefore = await queries.overallLeaderboard(10, null);
      await committed(subjectUow, async (scope) => {
        const profile = emptyProfile(dave.id, minutes(90));
        await scope.profiles.save({
          ...profile,
          visibility: { ...profile.visibility, leaderboards: 'private' },
        });
      });
      const anonymous = { userId: null, name: ANONYMOUS_LEARNER };

      for (const viewer of [null, user.alice.id]) {
        const board = await queries.leaderboard(challenge.twoSum.id, 10, viewer);
        expect(board).toEqual(before.map((e) => (e.userId === dave.id ? { ...e, ...anonymous } : e)));
        expect(board[1]).toMatchObject({ rank: 2, ...anonymous, timeMs: 10 });
        const overall = await queries.overallLeaderboard(10, viewer);
        expect(overall).toEqual(
          overallBefore.map((e) => (e.userId === dave.id ? { ...e, ...anonymous } : e)),
        );
        expect(JSON.stringify([board, overall])).not.toContain('Dave');
      }

      expect(await queries.leaderboard(challenge.twoSum.id, 10, dave.id)).toEqual(before);
      expect(await queries.overallLeaderboard(10, dave.id)).toEqual(overallBefore);
    });
  });
}
