import {
  type ActivityFact,
  basePoints,
  capWindowFor,
  POINT_RULES,
  type RuleId,
  subjectOf,
} from './gamification-rules';
import { type BadgeId, badgesEarned, levelFor } from './progression';
import { utcDay } from './utc-calendar';

/**
 * One line of the append-only points ledger, the truth of everyone's points. A capped award is kept
 * with 0 points: the subject counts (for badges and the once-guard) even when the day's cap is spent.
 */
export interface LedgerEntry {
  readonly userId: string;
  readonly ruleId: RuleId;
  readonly subject: string;
  readonly points: number;
  /** The source event: at most one entry per event. */
  readonly eventId: string;
  /** When the source event happened (windows and weeks count by it, so replays land the same). */
  readonly awardedAt: Date;
}

/** What awarding needs to know about a person, all derivable from their ledger and badges. */
export interface PlayerState {
  readonly userId: string;
  readonly points: number;
  readonly level: number;
  readonly badges: readonly BadgeId[];
  readonly ruleCounts: Readonly<Partial<Record<RuleId, number>>>;
  /** UTC days with learning activity; at least the 6 days either side of the fact's day. */
  readonly learningDays: readonly string[];
}

/** What the ledger says about one fact's rule. */
export interface AwardContext {
  /** The ledger already holds this (rule, subject) or this event. */
  readonly alreadyAwarded: boolean;
  /** Points the rule already paid in the fact's cap window (0 for a rule without a cap). */
  readonly pointsInWindow: number;
}

export interface AwardOutcome {
  readonly state: PlayerState;
  /** The ledger line to append, or null when the fact earns nothing new. */
  readonly entry: LedgerEntry | null;
  readonly newBadges: readonly BadgeId[];
  readonly levelUp: { readonly from: number; readonly to: number } | null;
}

export function newPlayer(userId: string): PlayerState {
  return { userId, points: 0, level: 1, badges: [], ruleCounts: {}, learningDays: [] };
}

/**
 * Applies one fact to a person's state: at most one ledger line (none when the rule already paid for
 * this subject or event), the badges it completes and the level it reaches. Levels and badges only
 * ever grow. `fact.userId` must be `state.userId`.
 */
export function awardActivity(state: PlayerState, fact: ActivityFact, context: AwardContext): AwardOutcome {
  if (context.alreadyAwarded) return { state, entry: null, newBadges: [], levelUp: null };
  const rule = POINT_RULES[fact.activity.kind];
  const room = rule.cap ? Math.max(0, rule.cap.points - context.pointsInWindow) : Number.POSITIVE_INFINITY;
  const entry: LedgerEntry = {
    userId: fact.userId,
    ruleId: rule.id,
    subject: subjectOf(fact.activity),
    points: Math.min(basePoints(fact.activity), room),
    eventId: fact.eventId,
    awardedAt: fact.occurredAt,
  };
  const day = utcDay(fact.occurredAt);
  const grown = {
    ...state,
    points: state.points + entry.points,
    ruleCounts: { ...state.ruleCounts, [rule.id]: (state.ruleCounts[rule.id] ?? 0) + 1 },
    learningDays:
      rule.learning && !state.learningDays.includes(day) ? [...state.learningDays, day] : state.learningDays,
  };
  const level = Math.max(state.level, levelFor(grown.points));
  const newBadges = badgesEarned(grown).filter((b) => !state.badges.includes(b));
  return {
    state: { ...grown, level, badges: [...state.badges, ...newBadges] },
    entry,
    newBadges,
    levelUp: level > state.level ? { from: state.level, to: level } : null,
  };
}

/** The context of a fact read off a whole ledger (what the repositories answer with queries). */
export function contextFromLedger(ledger: readonly LedgerEntry[], fact: ActivityFact): AwardContext {
  const ruleId = fact.activity.kind;
  const subject = subjectOf(fact.activity);
  const window = capWindowFor(fact);
  let alreadyAwarded = false;
  let pointsInWindow = 0;
  for (const e of ledger) {
    if (e.userId !== fact.userId && e.eventId !== fact.eventId) continue;
    if (e.eventId === fact.eventId || (e.ruleId === ruleId && e.subject === subject)) alreadyAwarded = true;
    if (
      window &&
      e.userId === fact.userId &&
      e.ruleId === ruleId &&
      e.awardedAt >= window.from &&
      e.awardedAt < window.to
    )
      pointsInWindow += e.points;
  }
  return { alreadyAwarded, pointsInWindow };
}

/** A person's state from their ledger lines, with the level and badges already held. */
export function stateFromLedger(
  userId: string,
  ledger: readonly LedgerEntry[],
  held: { readonly level: number; readonly badges: readonly BadgeId[] } = { level: 1, badges: [] },
): PlayerState {
  const mine = ledger.filter((e) => e.userId === userId);
  const ruleCounts: Partial<Record<RuleId, number>> = {};
  const days = new Set<string>();
  for (const e of mine) {
    ruleCounts[e.ruleId] = (ruleCounts[e.ruleId] ?? 0) + 1;
    if (POINT_RULES[e.ruleId].learning) days.add(utcDay(e.awardedAt));
  }
  return {
    userId,
    points: mine.reduce((sum, e) => sum + e.points, 0),
    level: held.level,
    badges: held.badges,
    ruleCounts,
    learningDays: [...days].sort(),
  };
}
