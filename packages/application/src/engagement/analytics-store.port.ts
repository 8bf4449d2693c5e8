import { APPLICATION_STAGES } from '@talentsphere/domain/recruiting';

/** A hiring funnel step: the pipeline's stages, then how an application ended. */
export const FUNNEL_STAGES = [...APPLICATION_STAGES, 'hired', 'rejected', 'withdrawn'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Counters kept per UTC day. `funnel.<stage>` counts applications that first reached a stage that day. */
export const DAILY_METRICS = [
  'sign_ups',
  'active_learners',
  'enrolments',
  'completions',
  'submissions',
  'judged',
  'accepted',
  ...FUNNEL_STAGES.map((stage) => `funnel.${stage}` as const),
] as const;
export type DailyMetric = (typeof DAILY_METRICS)[number];

/** One event as analytics keeps it: no personal details beyond the subject's id. */
export interface AnalyticsEvent {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: Date;
  /** The person the event is about (the learner, the candidate, the new user), when it names one. */
  readonly userId: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A UTC calendar day, `YYYY-MM-DD`. */
export type Day = string;

/**
 * The analytics tables inside the consumer's transaction. Each `mark*` and `recordEvent` answers
 * whether it was new, so a counter moves only once per fact however often an event is delivered.
 */
export interface AnalyticsStore {
  /** Stores the event; false when an event with this id is stored already. */
  recordEvent(event: AnalyticsEvent): Promise<boolean>;
  /** Adds `by` to the day's counter (creating it at zero). */
  increment(day: Day, metric: DailyMetric, by: number): Promise<void>;
  /** Notes that the user was active on the day; false when already noted. */
  markActive(day: Day, userId: string): Promise<boolean>;
  /** Notes the day an application first reached a funnel stage; false when it had reached it before. */
  markStageReached(applicationId: string, stage: FunnelStage, day: Day): Promise<boolean>;
}

export interface DailyCount {
  readonly day: Day;
  readonly metric: DailyMetric;
  readonly value: number;
}

/** The dashboard's read side over the daily tables (days inclusive). */
export interface AnalyticsQueries {
  dailyCounts(from: Day, to: Day): Promise<DailyCount[]>;
  /** Distinct users active on any day of the range (not the sum of the daily counts). */
  activeLearners(from: Day, to: Day): Promise<number>;
  /**
   * The hiring funnel of the applications submitted in the range: how many of them reached each
   * stage, whenever they reached it. Stages none reached are left out.
   */
  funnel(from: Day, to: Day): Promise<Array<{ readonly stage: FunnelStage; readonly count: number }>>;
}
