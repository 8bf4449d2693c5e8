import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awardActivity,
  contextFromLedger,
  type LedgerEntry,
  newPlayer,
  type PlayerState,
} from './gamification';
import { type Activity, type ActivityFact, capWindowFor, POINT_RULES, RULE_IDS } from './gamification-rules';
import { levelFor } from './progression';

const USERS = ['u-1', 'u-2'];
const subject = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g');
const activity: fc.Arbitrary<Activity> = fc.oneof(
  fc.constant({ kind: 'signed-up' as const }),
  // A challenge has one difficulty: derived from its id.
  subject.map((challengeId) => ({
    kind: 'challenge-solved' as const,
    challengeId,
    difficulty: (['easy', 'medium', 'hard'] as const)[challengeId.charCodeAt(0) % 3]!,
  })),
  fc.record({ kind: fc.constant('lesson-completed' as const), lessonId: subject }),
  fc.record({ kind: fc.constant('course-completed' as const), courseId: subject }),
  fc.record({ kind: fc.constant('certificate-issued' as const), courseId: subject }),
  fc.record({ kind: fc.constant('job-applied' as const), jobId: subject }),
);
// Facts over ten days, several per day, so caps and streaks are hit.
const facts = fc
  .array(
    fc.record({
      userId: fc.constantFrom(...USERS),
      at: fc.integer({ min: 0, max: 10 * 24 - 1 }),
      activity,
    }),
    { maxLength: 80 },
  )
  .map((raw) =>
    raw.map(
      (r, i): ActivityFact => ({
        eventId: `e-${i}`,
        userId: r.userId,
        occurredAt: new Date(Date.UTC(2026, 10, 20, r.at)),
        activity: r.activity,
      }),
    ),
  );

interface World {
  ledger: LedgerEntry[];
  players: Map<string, PlayerState>;
  levels: Map<string, number[]>;
}

function deliver(world: World, sequence: readonly ActivityFact[]): World {
  for (const fact of sequence) {
    const state = world.players.get(fact.userId) ?? newPlayer(fact.userId);
    const outcome = awardActivity(state, fact, contextFromLedger(world.ledger, fact));
    if (outcome.entry) world.ledger.push(outcome.entry);
    world.players.set(fact.userId, outcome.state);
    world.levels.set(fact.userId, [...(world.levels.get(fact.userId) ?? []), outcome.state.level]);
  }
  return world;
}
const fresh = (): World => ({ ledger: [], players: new Map(), levels: new Map() });
const sumOf = (ledger: readonly LedgerEntry[], userId: string) =>
  ledger.filter((e) => e.userId === userId).reduce((s, e) => s + e.points, 0);

describe('gamification properties', () => {
  it("a user's points equal the sum of their ledger", () => {
    fc.assert(
      fc.property(facts, (sequence) => {
        const world = deliver(fresh(), sequence);
        for (const [userId, state] of world.players) expect(state.points).toBe(sumOf(world.ledger, userId));
      }),
    );
  });

  it('replaying any event sequence twice gives the same totals, levels and badges as once', () => {
    fc.assert(
      fc.property(facts, (sequence) => {
        const once = deliver(fresh(), sequence);
        const snapshot = new Map(once.players);
        const twice = deliver(once, sequence);
        expect(twice.players).toEqual(snapshot);
      }),
    );
  });

  it('redelivery in any order and with duplicates gives the same totals and badges', () => {
    fc.assert(
      fc.property(
        facts.chain((sequence) =>
          fc.tuple(
            fc.constant(sequence),
            fc.shuffledSubarray([...sequence, ...sequence], { minLength: sequence.length * 2 }),
          ),
        ),
        ([sequence, redelivered]) => {
          const inOrder = deliver(fresh(), sequence);
          const shuffled = deliver(fresh(), redelivered);
          for (const userId of USERS) {
            const a = inOrder.players.get(userId);
            const b = shuffled.players.get(userId);
            expect(b?.points).toBe(a?.points);
            expect([...(b?.badges ?? [])].sort()).toEqual([...(a?.badges ?? [])].sort());
          }
        },
      ),
    );
  });

  it('levels never go down and match the points', () => {
    fc.assert(
      fc.property(facts, (sequence) => {
        const world = deliver(fresh(), sequence);
        for (const levels of world.levels.values())
          for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThanOrEqual(levels[i - 1]!);
        for (const state of world.players.values()) expect(state.level).toBe(levelFor(state.points));
      }),
    );
  });

  it('caps are never exceeded and every (rule, subject) is paid once', () => {
    fc.assert(
      fc.property(facts, (sequence) => {
        const { ledger } = deliver(fresh(), sequence);
        const windows = new Map<string, number>();
        const keys = new Set<string>();
        for (const e of ledger) {
          const key = `${e.userId}|${e.ruleId}|${e.subject}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          const rule = POINT_RULES[e.ruleId];
          if (!rule.cap) continue;
          const probe = sequence.find((f) => f.eventId === e.eventId)!;
          const window = `${e.userId}|${e.ruleId}|${capWindowFor(probe)?.from.toISOString()}`;
          windows.set(window, (windows.get(window) ?? 0) + e.points);
          expect(windows.get(window)).toBeLessThanOrEqual(rule.cap.points);
        }
        expect(RULE_IDS.length).toBeGreaterThan(0);
      }),
    );
  });
});
