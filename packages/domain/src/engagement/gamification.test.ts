import { describe, expect, it } from 'vitest';
import type { Activity } from './gamification-rules';
import {
  type ActivityFact,
  awardActivity,
  contextFromLedger,
  type LedgerEntry,
  newPlayer,
  type PlayerState,
} from './index';
import { levelFor, longestRun } from './progression';
import { isoWeek, isoWeekBounds } from './utc-calendar';

const USER = 'u-1';
let seq = 0;
const fact = (activity: Activity, occurredAt = '2026-11-27T10:00:00Z'): ActivityFact => ({
  eventId: `e-${++seq}`,
  userId: USER,
  occurredAt: new Date(occurredAt),
  activity,
});

/** Folds facts the way the handler does: context from the ledger so far. */
function play(facts: readonly ActivityFact[], start: PlayerState = newPlayer(USER)) {
  let state = start;
  const ledger: LedgerEntry[] = [];
  const outcomes = facts.map((f) => {
    const outcome = awardActivity(state, f, contextFromLedger(ledger, f));
    state = outcome.state;
    if (outcome.entry) ledger.push(outcome.entry);
    return outcome;
  });
  return { state, ledger, outcomes };
}

describe('awarding points', () => {
  it('pays a solved challenge by difficulty, once per challenge', () => {
    const { state, ledger } = play([
      fact({ kind: 'challenge-solved', challengeId: 'c-1', difficulty: 'hard' }),
      fact({ kind: 'challenge-solved', challengeId: 'c-1', difficulty: 'hard' }),
      fact({ kind: 'challenge-solved', challengeId: 'c-2', difficulty: 'easy' }),
    ]);
    expect(ledger.map((e) => [e.subject, e.points])).toEqual([
      ['c-1', 100],
      ['c-2', 20],
    ]);
    expect(state.points).toBe(120);
  });

  it('earns nothing for an event already in the ledger', () => {
    const f = fact({ kind: 'job-applied', jobId: 'j-1' });
    const { ledger } = play([f, f]);
    expect(ledger).toHaveLength(1);
  });

  it('caps lesson points at 50 a UTC day and keeps capped lessons with 0 points', () => {
    const lessons = Array.from({ length: 7 }, (_, i) =>
      fact({ kind: 'lesson-completed', lessonId: `l-${i}` }, `2026-11-27T0${i}:00:00Z`),
    );
    const nextDay = fact({ kind: 'lesson-completed', lessonId: 'l-next' }, '2026-11-28T00:00:00Z');
    const { ledger, state } = play([...lessons, nextDay]);
    expect(ledger.map((e) => e.points)).toEqual([10, 10, 10, 10, 10, 0, 0, 10]);
    expect(state.ruleCounts['lesson-completed']).toBe(8);
    expect(state.points).toBe(60);
  });

  it('pays the last bit of a cap partially', () => {
    const start = newPlayer(USER);
    const f = fact({ kind: 'job-applied', jobId: 'j-9' });
    const outcome = awardActivity(start, f, { alreadyAwarded: false, pointsInWindow: 25 });
    expect(outcome.entry?.points).toBe(5);
  });

  it('gives the welcome bonus once', () => {
    const { state } = play([fact({ kind: 'signed-up' }), fact({ kind: 'signed-up' })]);
    expect(state.points).toBe(50);
  });
});

describe('levels', () => {
  it('follow the thresholds', () => {
    expect([0, 99, 100, 249, 250, 1000, 10 ** 9].map(levelFor)).toEqual([1, 1, 2, 2, 3, 5, 10]);
  });

  it('report a level up when points cross a threshold', () => {
    const { outcomes } = play([
      fact({ kind: 'signed-up' }),
      fact({ kind: 'challenge-solved', challengeId: 'c-1', difficulty: 'medium' }),
    ]);
    expect(outcomes.map((o) => o.levelUp)).toEqual([null, { from: 1, to: 2 }]);
  });

  it('never go down, even for a state whose level is above its points', () => {
    const start = { ...newPlayer(USER), level: 4 };
    const { state, outcomes } = play([fact({ kind: 'signed-up' })], start);
    expect(state.level).toBe(4);
    expect(outcomes[0]?.levelUp).toBeNull();
  });
});

describe('badges', () => {
  it('first course, first certificate and first application', () => {
    const { outcomes } = play([
      fact({ kind: 'course-completed', courseId: 'k-1' }),
      fact({ kind: 'certificate-issued', courseId: 'k-1' }),
      fact({ kind: 'job-applied', jobId: 'j-1' }),
      fact({ kind: 'course-completed', courseId: 'k-2' }),
    ]);
    expect(outcomes.map((o) => o.newBadges)).toEqual([
      ['first-course'],
      ['first-certificate'],
      ['first-application'],
      [],
    ]);
  });

  it('5, 25 and 100 distinct challenges solved', () => {
    const solves = Array.from({ length: 100 }, (_, i) =>
      fact({ kind: 'challenge-solved', challengeId: `c-${i}`, difficulty: 'easy' }),
    );
    const { outcomes, state } = play([...solves, solves[0]!]);
    const earnedAt = (badge: string) => outcomes.findIndex((o) => o.newBadges.includes(badge as never));
    expect([earnedAt('solver-5'), earnedAt('solver-25'), earnedAt('solver-100')]).toEqual([4, 24, 99]);
    expect(state.badges.filter((b) => b.startsWith('solver'))).toEqual([
      'solver-5',
      'solver-25',
      'solver-100',
    ]);
  });

  it('a 7-day learning streak needs 7 consecutive UTC days, in any order', () => {
    const days = ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-25', '2026-11-26', '2026-11-27'];
    const lessons = days.map((d, i) =>
      fact({ kind: 'lesson-completed', lessonId: `l-${i}` }, `${d}T23:59:59Z`),
    );
    const first = play(lessons);
    expect(first.state.badges).not.toContain('streak-7');
    // The missing day arrives last (a late redelivery): the run is complete.
    const gap = fact(
      { kind: 'challenge-solved', challengeId: 'c-1', difficulty: 'easy' },
      '2026-11-24T00:00:00Z',
    );
    const { outcomes } = play([gap], first.state);
    expect(outcomes[0]?.newBadges).toEqual(['streak-7']);
  });

  it('applications do not count as learning days', () => {
    const applied = Array.from({ length: 7 }, (_, i) =>
      fact({ kind: 'job-applied', jobId: `j-${i}` }, `2026-11-2${i}T12:00:00Z`),
    );
    expect(play(applied).state.learningDays).toEqual([]);
  });

  it('longestRun counts consecutive days across a month boundary', () => {
    expect(longestRun(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-03'])).toBe(3);
    expect(longestRun([])).toBe(0);
  });
});

describe('ISO weeks in UTC', () => {
  it('name the week and its Monday-to-Monday bounds', () => {
    expect(isoWeek(new Date('2026-11-27T23:59:59Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    const { from, to } = isoWeekBounds(new Date('2026-11-29T23:00:00Z'));
    expect([from.toISOString(), to.toISOString()]).toEqual([
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
  });
});
