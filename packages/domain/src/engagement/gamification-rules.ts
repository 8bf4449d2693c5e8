import { type CapWindow, capWindowOf } from './cap-window';

export const DIFFICULTY_POINTS = { easy: 20, medium: 50, hard: 100 } as const;
export type ChallengeDifficulty = keyof typeof DIFFICULTY_POINTS;

/** What a person did that may earn points: the gamification view of a source event. */
export type Activity =
  | { readonly kind: 'signed-up' }
  | {
      readonly kind: 'challenge-solved';
      readonly challengeId: string;
      readonly difficulty: ChallengeDifficulty;
    }
  | { readonly kind: 'lesson-completed'; readonly lessonId: string }
  | { readonly kind: 'course-completed'; readonly courseId: string }
  | { readonly kind: 'certificate-issued'; readonly courseId: string }
  | { readonly kind: 'job-applied'; readonly jobId: string };

export type ActivityKind = Activity['kind'];
export type RuleId = ActivityKind;

/** An activity as it happened: `eventId` and `occurredAt` come from the source event, never the clock. */
export interface ActivityFact {
  readonly eventId: string;
  readonly userId: string;
  readonly occurredAt: Date;
  readonly activity: Activity;
}

/**
 * One points rule. Every rule pays at most once per (rule, subject), so repeating an action (solving
 * an accepted challenge again, re-enrolling and completing a course again) earns nothing new; `cap`
 * bounds what the rule pays in one window, so bulk actions cannot be farmed either.
 */
export interface PointRule {
  readonly id: RuleId;
  readonly description: string;
  /** Counts as learning activity for the streak badge. */
  readonly learning: boolean;
  readonly cap?: { readonly points: number; readonly window: CapWindow };
}

export const POINT_RULES: Readonly<Record<RuleId, PointRule>> = {
  'signed-up': { id: 'signed-up', description: 'Welcome bonus for joining', learning: false },
  'challenge-solved': {
    id: 'challenge-solved',
    description: 'A challenge accepted for the first time: 20 easy, 50 medium, 100 hard',
    learning: true,
  },
  'lesson-completed': {
    id: 'lesson-completed',
    description: 'A lesson completed, up to 50 points a day',
    learning: true,
    cap: { points: 50, window: 'utc-day' },
  },
  'course-completed': { id: 'course-completed', description: 'A course completed', learning: true },
  'certificate-issued': {
    id: 'certificate-issued',
    description: 'A certificate earned for a course',
    learning: false,
  },
  'job-applied': {
    id: 'job-applied',
    description: 'An application sent, up to 30 points a day',
    learning: false,
    cap: { points: 30, window: 'utc-day' },
  },
};

export const RULE_IDS = Object.keys(POINT_RULES) as RuleId[];
export const LEARNING_RULE_IDS = RULE_IDS.filter((id) => POINT_RULES[id].learning);

/** The points an activity is worth before its rule's cap. */
export function basePoints(activity: Activity): number {
  switch (activity.kind) {
    case 'signed-up':
      return 50;
    case 'challenge-solved':
      return DIFFICULTY_POINTS[activity.difficulty];
    case 'lesson-completed':
      return 10;
    case 'course-completed':
      return 100;
    case 'certificate-issued':
      return 25;
    case 'job-applied':
      return 10;
  }
}

/** What the once-per-(rule, subject) guard keys on. */
export function subjectOf(activity: Activity): string {
  switch (activity.kind) {
    case 'signed-up':
      return 'account';
    case 'challenge-solved':
      return activity.challengeId;
    case 'lesson-completed':
      return activity.lessonId;
    case 'course-completed':
    case 'certificate-issued':
      return activity.courseId;
    case 'job-applied':
      return activity.jobId;
  }
}

/** The cap window a fact falls into, when its rule has a cap. */
export function capWindowFor(fact: ActivityFact): { readonly from: Date; readonly to: Date } | null {
  const cap = POINT_RULES[fact.activity.kind].cap;
  return cap ? capWindowOf(cap.window, fact.occurredAt) : null;
}
