import { GamificationTestbed as Bed } from '@talentsphere/adapters/in-memory';
import { uuidV7Ids } from '@talentsphere/adapters/system';
import { ANONYMOUS_LEARNER, emptyProfile } from '@talentsphere/domain/profile';
import { describe, expect, it } from 'vitest';
import { rebuildLeaderboards } from './gamification.use-cases';

const NOW = Bed.NOW;

describe('awarding points from events', () => {
  it('Given an accepted challenge, Then the learner gets its difficulty’s points once: accepting it again earns nothing', async () => {
    const bed = new Bed();
    const ada = bed.user();
    const hard = bed.challenge('hard');

    await bed.handle(bed.approved(ada, hard));
    await bed.handle(bed.approved(ada, hard));

    expect(bed.db.tables.gamificationLedger).toEqual([
      expect.objectContaining({ userId: ada.userId, ruleId: 'challenge-solved', subject: hard, points: 100 }),
    ]);
    expect(bed.outbox('gamification.points.awarded').map((e) => e.data)).toEqual([
      expect.objectContaining({ userId: ada.userId, points: 100, totalPoints: 100, subject: hard }),
    ]);
    expect(bed.outbox('gamification.level.up').map((e) => e.data)).toEqual([
      { userId: ada.userId, fromLevel: 1, toLevel: 2, totalPoints: 100 },
    ]);
  });

  it('Given an author solving their own challenge, Then no points, badge progress or level; solving someone else’s pays as for anyone', async () => {
    const bed = new Bed();
    const ines = bed.user('Ines');
    const own = bed.challenge('hard', ines);

    await bed.handle(bed.approved(ines, own, NOW, { byAuthor: true }));
    expect(bed.db.tables.gamificationLedger).toEqual([]);
    expect(bed.db.tables.outbox).toEqual([]);
    expect((await bed.service.me(ines))._unsafeUnwrap()).toMatchObject({ points: 0, level: 1 });

    const theirs = bed.challenge('hard');
    await bed.handle(bed.approved(ines, theirs));
    expect(bed.db.tables.gamificationLedger).toEqual([
      expect.objectContaining({
        userId: ines.userId,
        ruleId: 'challenge-solved',
        subject: theirs,
        points: 100,
      }),
    ]);
  });

  it('Given five solves of which one is of the learner’s own challenge, Then the solver-5 badge waits for a fifth of others’', async () => {
    const bed = new Bed();
    const ines = bed.user('Ines');
    await bed.handle(bed.approved(ines, bed.challenge('easy', ines), NOW, { byAuthor: true }));
    for (let i = 0; i < 4; i++) await bed.handle(bed.approved(ines, bed.challenge('easy')));
    expect(bed.outbox('gamification.badge.earned')).toEqual([]);
    await bed.handle(bed.approved(ines, bed.challenge('easy')));
    expect(bed.outbox('gamification.badge.earned').map((e) => (e.data as { badge: string }).badge)).toEqual([
      'solver-5',
    ]);
  });

  it('Given the same event handled twice (a replay past the inbox), Then the ledger holds it once', async () => {
    const bed = new Bed();
    const ada = bed.user();
    const applied = bed.event('jobs.application.submitted', {
      applicationId: uuidV7Ids.next(),
      jobId: uuidV7Ids.next(),
      companyId: uuidV7Ids.next(),
      candidateId: ada.userId,
    });
    await bed.handle(applied);
    await bed.handle(applied);
    expect(bed.db.tables.gamificationLedger).toHaveLength(1);
    expect(bed.outbox('gamification.badge.earned').map((e) => e.data)).toEqual([
      { userId: ada.userId, badge: 'first-application', name: 'Go-getter', earnedAt: NOW.toISOString() },
    ]);
  });

  it('Given five different challenges solved, Then the solver-5 badge is earned on the fifth', async () => {
    const bed = new Bed();
    const ada = bed.user();
    for (let i = 0; i < 5; i++) await bed.handle(bed.approved(ada, bed.challenge('easy')));
    expect(bed.outbox('gamification.badge.earned').map((e) => (e.data as { badge: string }).badge)).toEqual([
      'solver-5',
    ]);
    const me = (await bed.service.me(ada))._unsafeUnwrap();
    expect(me).toMatchObject({ points: 100, level: 2, levelStartsAt: 100, nextLevelAt: 250 });
    expect(me.badges.map((b) => b.name)).toEqual(['Problem solver']);
  });

  it('Given lessons beyond the daily cap, Then they are kept at 0 points and announce nothing', async () => {
    const bed = new Bed();
    const ada = bed.user();
    const enrollment = { enrollmentId: uuidV7Ids.next(), userId: ada.userId, courseId: uuidV7Ids.next() };
    for (let i = 0; i < 6; i++)
      await bed.handle(bed.event('lms.lesson.completed', { ...enrollment, lessonId: uuidV7Ids.next() }));
    expect(bed.db.tables.gamificationLedger.map((e) => e.points)).toEqual([10, 10, 10, 10, 10, 0]);
    expect(bed.outbox('gamification.points.awarded')).toHaveLength(5);
  });

  it('Given a sign-up, a course, its certificate: each rule pays once; an unknown user or challenge earns nothing', async () => {
    const bed = new Bed();
    const ada = bed.user();
    const courseId = uuidV7Ids.next();
    const enrollment = { enrollmentId: uuidV7Ids.next(), userId: ada.userId, courseId };
    await bed.handle(
      bed.event('auth.user.registered', {
        userId: ada.userId,
        email: ada.email,
        name: ada.name,
        role: 'jobseeker',
      }),
    );
    await bed.handle(bed.event('lms.course.completed', { ...enrollment, completionDate: NOW.toISOString() }));
    await bed.handle(
      bed.event('lms.certificate.issued', {
        ...enrollment,
        certificateId: uuidV7Ids.next(),
        verificationCode: 'abc',
      }),
    );
    await bed.handle(bed.approved({ ...ada, userId: uuidV7Ids.next() }, bed.challenge('easy')));
    await bed.handle(bed.approved(ada, uuidV7Ids.next()));
    expect(bed.db.tables.gamificationLedger.map((e) => [e.ruleId, e.points])).toEqual([
      ['signed-up', 50],
      ['course-completed', 100],
      ['certificate-issued', 25],
    ]);
    expect(
      (await bed.service.userBadges({ userId: ada.userId }))._unsafeUnwrap().badges.map((b) => b.id),
    ).toEqual(['first-certificate', 'first-course']);
  });
});

describe('leaderboards', () => {
  it('follow the ledger totals all time and this ISO week; redelivered messages change nothing', async () => {
    const bed = new Bed();
    const [ada, bob] = [bed.user('Ada'), bed.user('Bob')];
    const lastWeek = new Date('2026-11-20T12:00:00.000Z');
    await bed.handle(bed.approved(ada, bed.challenge('hard'), lastWeek));
    await bed.handle(bed.approved(ada, bed.challenge('easy')));
    await bed.handle(bed.approved(bob, bed.challenge('medium')));
    await bed.settleLeaderboards();
    await bed.settleLeaderboards();

    const allTime = (await bed.service.leaderboard(bob, { period: 'all-time', limit: 10 }))._unsafeUnwrap();
    expect(allTime.rows).toEqual([
      { rank: 1, userId: ada.userId, name: 'Ada', level: 2, points: 120 },
      { rank: 2, userId: bob.userId, name: 'Bob', level: 1, points: 50 },
    ]);
    expect(allTime.me).toEqual({ rank: 2, points: 50 });
    const weekly = (await bed.service.leaderboard(null, { period: 'weekly', limit: 10 }))._unsafeUnwrap();
    expect(weekly).toMatchObject({ week: '2026-W48', me: null });
    expect(weekly.rows.map((r) => [r.name, r.points])).toEqual([
      ['Bob', 50],
      ['Ada', 20],
    ]);
  });

  it('shows others a player who keeps their name off it as an anonymous learner in their place, and the player their own row', async () => {
    const bed = new Bed();
    const [ada, bob] = [bed.user('Ada'), bed.user('Bob')];
    await bed.handle(bed.approved(ada, bed.challenge('hard')));
    await bed.handle(bed.approved(bob, bed.challenge('medium')));
    await bed.settleLeaderboards();
    const profile = emptyProfile(ada.userId, NOW);
    bed.db.tables.profiles.set(ada.userId, {
      ...profile,
      visibility: { ...profile.visibility, leaderboards: 'private' },
    });

    const board = async (viewer: typeof ada | null) =>
      (await bed.service.leaderboard(viewer, { period: 'all-time', limit: 10 }))._unsafeUnwrap().rows;
    const anonymous = { rank: 1, userId: null, name: ANONYMOUS_LEARNER, level: 2, points: 100 };
    const bobsRow = { rank: 2, userId: bob.userId, name: 'Bob', level: 1, points: 50 };
    expect(await board(null)).toEqual([anonymous, bobsRow]);
    expect(await board(bob)).toEqual([anonymous, bobsRow]);
    expect(await board(ada)).toEqual([{ ...anonymous, userId: ada.userId, name: 'Ada' }, bobsRow]);
  });

  it('gives tied players the same rank', async () => {
    const bed = new Bed();
    const [ada, bob, cy] = [bed.user('Ada'), bed.user('Bob'), bed.user('Cy')];
    await bed.handle(bed.approved(ada, bed.challenge('medium')));
    await bed.handle(bed.approved(bob, bed.challenge('medium')));
    await bed.handle(bed.approved(cy, bed.challenge('easy')));
    await bed.settleLeaderboards();
    const board = (await bed.service.leaderboard(cy, { period: 'all-time', limit: 10 }))._unsafeUnwrap();
    expect(board.rows.map((r) => [r.rank, r.points])).toEqual([
      [1, 50],
      [1, 50],
      [3, 20],
    ]);
    expect(board.me).toEqual({ rank: 3, points: 20 });
  });

  it('rebuild from the ledger restores lost boards and corrects wrong scores', async () => {
    const bed = new Bed();
    const ada = bed.user('Ada');
    await bed.handle(bed.approved(ada, bed.challenge('medium')));
    await bed.leaderboards.replace('all-time', [{ userId: ada.userId, score: 999 }]);

    expect(await rebuildLeaderboards(bed)).toEqual({ allTime: 1, weekly: 1, week: '2026-W48' });
    expect(await bed.leaderboards.top('all-time', 10)).toEqual([{ userId: ada.userId, score: 50 }]);
    expect(await bed.leaderboards.top('weekly:2026-W48', 10)).toEqual([{ userId: ada.userId, score: 50 }]);
  });

  it('userBadges of an unknown user is NotFound', async () => {
    const bed = new Bed();
    const result = await bed.service.userBadges({ userId: uuidV7Ids.next() });
    expect(result._unsafeUnwrapErr()).toMatchObject({ kind: 'NotFound', code: 'USER_001' });
  });
});
