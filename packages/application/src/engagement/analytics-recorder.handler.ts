import { type EventType, eventContracts, isKnownEventType } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';
import type { AnalyticsEvent, DailyMetric, Day, FunnelStage } from './analytics-store.port';

/** What one event means for analytics: the stored event and the counters it may move. */
export interface AnalyticsFacts {
  readonly event: AnalyticsEvent;
  readonly day: Day;
  /** Counters that move by one for every new event of this kind. */
  readonly counts: readonly DailyMetric[];
  /** A learner doing something that day (distinct per day). */
  readonly activeUserId: string | null;
  /** An application reaching a funnel stage (counted once per application and stage). */
  readonly stage: { readonly applicationId: string; readonly stage: FunnelStage } | null;
}

// Learner actions: the verdicts are the grader's, not the learner's, so they do not make anyone active.
const LEARNING_ACTIVITY: ReadonlySet<EventType> = new Set<EventType>([
  'lms.enrollment.created',
  'lms.lesson.completed',
  'lms.progress.updated',
  'lms.course.completed',
  'challenges.submitted',
]);

// Analytics keeps ids, enums and numbers; the person's details stay in their own tables.
const PERSONAL_FIELDS = new Set(['email', 'name', 'ipAddress', 'reason', 'verificationCode']);
const MAX_STRING = 200;

/** The UTC day of an instant. */
export const utcDay = (at: Date): Day => at.toISOString().slice(0, 10);

/** Reads an event (checked against its contract) into analytics facts; pure. */
export function analyticsFactsOf(envelope: EventEnvelope): AnalyticsFacts {
  const type = envelope.eventType;
  const data: Record<string, unknown> = isKnownEventType(type)
    ? eventContracts[type].schema.parse(envelope.data)
    : {};
  const occurredAt = new Date(envelope.timestamp);
  const userId = firstString(data, ['userId', 'candidateId', 'ownerId']);
  const facts = {
    event: { id: envelope.messageId, type, occurredAt, userId, payload: smallPayload(data) },
    day: utcDay(occurredAt),
    counts: [] as DailyMetric[],
    activeUserId: isKnownEventType(type) && LEARNING_ACTIVITY.has(type) ? userId : null,
    stage: null as AnalyticsFacts['stage'],
  };
  const reached = (stage: FunnelStage) => ({ applicationId: String(data.applicationId), stage });
  switch (type) {
    case 'auth.user.registered':
      // Operators create admins; only people who signed up count.
      if (data.role !== 'admin') facts.counts.push('sign_ups');
      break;
    case 'lms.enrollment.created':
      // A learner coming back to a course they left is not a new enrolment.
      if (data.resumed !== true) facts.counts.push('enrolments');
      break;
    case 'lms.course.completed':
      facts.counts.push('completions');
      break;
    case 'challenges.submitted':
      facts.counts.push('submissions');
      break;
    case 'challenges.approved':
      // Platform activity, authors trying their own challenges included (`submitted` counts them
      // too); the public stats, leaderboards, points and evidence are where authors are left out.
      facts.counts.push('judged', 'accepted');
      break;
    case 'challenges.rejected':
      // An internal error is the platform failing, not the learner: it is not a judgement.
      if (data.verdict !== 'INTERNAL_ERROR') facts.counts.push('judged');
      break;
    case 'jobs.application.submitted':
      facts.stage = reached('applied');
      break;
    case 'jobs.application.stage_changed':
      facts.stage = reached(data.toStage as FunnelStage);
      break;
    case 'jobs.application.hired':
      facts.stage = reached('hired');
      break;
    case 'jobs.application.rejected':
      facts.stage = reached('rejected');
      break;
    case 'jobs.application.withdrawn':
      facts.stage = reached('withdrawn');
      break;
  }
  return facts;
}

/**
 * The `analytics` consumer: stores every event of the contracts (a new event type is included by
 * being added there) and moves the daily counters in the same transaction. The event id is unique
 * in the store, so a redelivery (or a replay under another consumer name) counts nothing twice.
 */
export const analyticsRecorder: EventHandler = {
  consumer: 'analytics',
  eventTypes: Object.keys(eventContracts) as EventType[],
  async handle(envelope, scope) {
    const facts = analyticsFactsOf(envelope);
    const store = scope.analytics;
    if (!(await store.recordEvent(facts.event))) return;
    for (const metric of facts.counts) await store.increment(facts.day, metric, 1);
    if (facts.activeUserId && (await store.markActive(facts.day, facts.activeUserId))) {
      await store.increment(facts.day, 'active_learners', 1);
    }
    if (
      facts.stage &&
      (await store.markStageReached(facts.stage.applicationId, facts.stage.stage, facts.day))
    ) {
      await store.increment(facts.day, `funnel.${facts.stage.stage}`, 1);
    }
  },
};

function firstString(data: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string') return value;
  }
  return null;
}

function smallPayload(data: Record<string, unknown>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (PERSONAL_FIELDS.has(key)) continue;
    payload[key] =
      typeof value === 'string' && value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
  }
  return payload;
}
