import type { RuleId } from './gamification-rules';
import { shiftUtcDay } from './utc-calendar';

/** Points needed for each level: level n needs LEVEL_THRESHOLDS[n - 1]. */
export const LEVEL_THRESHOLDS = [0, 100, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000] as const;

/** The level a points total reaches. */
export function levelFor(points: number): number {
  let level = 1;
  for (let i = 0; i < LEVEL_THRESHOLDS.length; i++) if (points >= LEVEL_THRESHOLDS[i]!) level = i + 1;
  return level;
}

/** Points of the next level, or null at the top level. */
export function nextLevelAt(level: number): number | null {
  return LEVEL_THRESHOLDS[level] ?? null;
}

/** What badge rules look at: awards per rule (capped ones included) and learning days. */
export interface BadgeFacts {
  readonly ruleCounts: Readonly<Partial<Record<RuleId, number>>>;
  /** `YYYY-MM-DD` UTC days with learning activity (at least the 6 days either side of the latest). */
  readonly learningDays: readonly string[];
}

export interface BadgeRule {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly earned: (facts: BadgeFacts) => boolean;
}

const count = (facts: BadgeFacts, rule: RuleId) => facts.ruleCounts[rule] ?? 0;

export const BADGE_RULES = [
  {
    id: 'first-course',
    name: 'Graduate',
    description: 'Completed a first course',
    earned: (f) => count(f, 'course-completed') >= 1,
  },
  {
    id: 'first-certificate',
    name: 'Certified',
    description: 'Earned a first certificate',
    earned: (f) => count(f, 'certificate-issued') >= 1,
  },
  {
    id: 'solver-5',
    name: 'Problem solver',
    description: 'Solved 5 challenges',
    earned: (f) => count(f, 'challenge-solved') >= 5,
  },
  {
    id: 'solver-25',
    name: 'Challenge hunter',
    description: 'Solved 25 challenges',
    earned: (f) => count(f, 'challenge-solved') >= 25,
  },
  {
    id: 'solver-100',
    name: 'Centurion',
    description: 'Solved 100 challenges',
    earned: (f) => count(f, 'challenge-solved') >= 100,
  },
  {
    id: 'bookworm',
    name: 'Bookworm',
    description: 'Completed 50 lessons',
    earned: (f) => count(f, 'lesson-completed') >= 50,
  },
  {
    id: 'first-application',
    name: 'Go-getter',
    description: 'Sent a first job application',
    earned: (f) => count(f, 'job-applied') >= 1,
  },
  {
    id: 'streak-7',
    name: 'On a roll',
    description: 'Learned on 7 days in a row',
    earned: (f) => longestRun(f.learningDays) >= 7,
  },
] as const satisfies readonly BadgeRule[];

export type BadgeId = (typeof BADGE_RULES)[number]['id'];
export const BADGE_IDS: readonly BadgeId[] = BADGE_RULES.map((b) => b.id);

export function badgeRule(id: BadgeId): BadgeRule {
  return BADGE_RULES.find((b) => b.id === id)!;
}

/** Badges the facts satisfy, in BADGE_RULES order. */
export function badgesEarned(facts: BadgeFacts): BadgeId[] {
  return BADGE_RULES.filter((b) => b.earned(facts)).map((b) => b.id);
}

/** The longest run of consecutive UTC days in a set of `YYYY-MM-DD` days. */
export function longestRun(days: readonly string[]): number {
  const set = new Set(days);
  let longest = 0;
  for (const day of set) {
    if (set.has(shiftUtcDay(day, -1))) continue;
    let length = 1;
    while (set.has(shiftUtcDay(day, length))) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}
