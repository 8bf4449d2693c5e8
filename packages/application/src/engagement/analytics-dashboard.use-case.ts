import { type AppError, forbidden, validation } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import {
  type AnalyticsQueries,
  type DailyMetric,
  type Day,
  FUNNEL_STAGES,
  type FunnelStage,
} from './analytics-store.port';

/** A year and a day: a leap year's same date a year back still fits. */
export const ANALYTICS_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

const dayInput = (label: string) => z.iso.date({ error: `Enter the ${label} date as YYYY-MM-DD.` });

/** Both days inclusive, UTC. */
export const analyticsRangeInput = z
  .object({ from: dayInput('first'), to: dayInput('last') })
  .superRefine(({ from, to }, ctx) => {
    // A day the format check refused already has its message.
    if (!isCalendarDay(from) || !isCalendarDay(to)) return;
    const days = daysBetween(from, to);
    if (days < 1) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day must not be before the first.' });
    } else if (days > ANALYTICS_MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `Choose at most ${ANALYTICS_MAX_DAYS} days.` });
    }
  });
export type AnalyticsRangeInput = z.infer<typeof analyticsRangeInput>;

export interface AnalyticsFigures {
  readonly signUps: number;
  readonly activeLearners: number;
  readonly enrolments: number;
  readonly completions: number;
  readonly submissions: number;
  readonly judged: number;
  readonly accepted: number;
  /** accepted ÷ judged, or null when nothing was judged. */
  readonly acceptanceRate: number | null;
  /** Applications submitted. */
  readonly applications: number;
}

export interface AnalyticsDashboardView {
  readonly from: Day;
  readonly to: Day;
  /** Every day of the range in order, zero where nothing happened. */
  readonly days: ReadonlyArray<AnalyticsFigures & { readonly day: Day }>;
  /** Sums over the range, except active learners: distinct people active on any of its days. */
  readonly totals: AnalyticsFigures;
  /**
   * Of the applications submitted in the range, how many reached each stage (by now), in pipeline
   * order, then the endings: a cohort, so each step is a share of the one before.
   */
  readonly funnel: ReadonlyArray<{ readonly stage: FunnelStage; readonly count: number }>;
}

export const analyticsErrors = {
  adminOnly: (): AppError => forbidden('ANALYTICS_001', 'Only administrators can see analytics.'),
  badRange: (fields: Record<string, string>): AppError =>
    validation('ANALYTICS_002', 'Choose a valid date range.', { fields }),
};

/** The admin dashboard: daily series over a date range, totals and the hiring funnel. */
export class GetAnalyticsDashboard {
  constructor(private readonly deps: { queries: AnalyticsQueries }) {}

  execute(actor: Actor, input: AnalyticsRangeInput): ResultAsync<AnalyticsDashboardView, AppError> {
    return asyncResult(async () => {
      if (actor.role !== 'admin') return err(analyticsErrors.adminOnly());
      const parsed = analyticsRangeInput.safeParse(input);
      if (!parsed.success) return err(analyticsErrors.badRange(fieldsOf(parsed.error)));
      const { from, to } = parsed.data;
      const [counts, activeLearners, cohort] = await Promise.all([
        this.deps.queries.dailyCounts(from, to),
        this.deps.queries.activeLearners(from, to),
        this.deps.queries.funnel(from, to),
      ]);
      const byDay = new Map<Day, Map<DailyMetric, number>>();
      const sums = new Map<DailyMetric, number>();
      for (const { day, metric, value } of counts) {
        const metrics = byDay.get(day) ?? new Map<DailyMetric, number>();
        metrics.set(metric, (metrics.get(metric) ?? 0) + value);
        byDay.set(day, metrics);
        sums.set(metric, (sums.get(metric) ?? 0) + value);
      }
      const days = eachDay(from, to).map((day) => {
        const metrics = byDay.get(day);
        return { day, ...figures((m) => metrics?.get(m) ?? 0) };
      });
      return ok({
        from,
        to,
        days,
        totals: { ...figures((m) => sums.get(m) ?? 0), activeLearners },
        funnel: FUNNEL_STAGES.map((stage) => ({
          stage,
          count: cohort.find((c) => c.stage === stage)?.count ?? 0,
        })),
      });
    });
  }
}

function figures(value: (metric: DailyMetric) => number): AnalyticsFigures {
  const judged = value('judged');
  const accepted = value('accepted');
  return {
    signUps: value('sign_ups'),
    activeLearners: value('active_learners'),
    enrolments: value('enrolments'),
    completions: value('completions'),
    submissions: value('submissions'),
    judged,
    accepted,
    acceptanceRate: judged === 0 ? null : accepted / judged,
    applications: value('funnel.applied'),
  };
}

const isCalendarDay = (day: string): boolean =>
  !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** Days in [from, to], both inclusive; 0 when `to` is before `from`. */
function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function eachDay(from: Day, to: Day): Day[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: daysBetween(from, to) }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
  return fields;
}
