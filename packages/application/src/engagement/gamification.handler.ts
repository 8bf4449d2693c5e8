import {
  type ActivityFact,
  awardActivity,
  badgeRule,
  type ChallengeDifficulty,
} from '@talentsphere/domain/engagement';
import { eventContracts } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';
import type { TransactionScope } from '../shared/ports';

/** The events that may earn points. */
export const GAMIFICATION_SOURCE_EVENTS = [
  'auth.user.registered',
  'challenges.approved',
  'lms.lesson.completed',
  'lms.course.completed',
  'lms.certificate.issued',
  'jobs.application.submitted',
] as const;

/**
 * Turns the events people cause into points, badges and levels: one ledger line per (rule, subject)
 * at most, written in the consumer's transaction with the inbox row, so a redelivered or replayed
 * event adds nothing. The outcome goes out as gamification events (the leaderboards and
 * notifications follow them, after this commit).
 */
export const awardPoints: EventHandler = {
  consumer: 'gamification',
  eventTypes: GAMIFICATION_SOURCE_EVENTS,
  async handle(envelope, scope) {
    const fact = await factOf(envelope, scope);
    if (!fact) return;
    const player = await scope.gamification.lockPlayer(fact);
    if (!player) return;
    const outcome = awardActivity(player.state, fact, player.context);
    if (!outcome.entry) return;
    const at = fact.occurredAt;
    await scope.gamification.saveAward({
      userId: fact.userId,
      entry: outcome.entry,
      newBadges: outcome.newBadges,
      level: outcome.state.level,
      at,
    });
    const { entry, levelUp } = outcome;
    if (entry.points > 0)
      scope.events.record({
        type: 'gamification.points.awarded',
        data: {
          userId: entry.userId,
          ruleId: entry.ruleId,
          subject: entry.subject,
          points: entry.points,
          totalPoints: outcome.state.points,
          awardedAt: at.toISOString(),
          sourceEventId: entry.eventId,
        },
      });
    for (const badge of outcome.newBadges)
      scope.events.record({
        type: 'gamification.badge.earned',
        data: { userId: fact.userId, badge, name: badgeRule(badge).name, earnedAt: at.toISOString() },
      });
    if (levelUp)
      scope.events.record({
        type: 'gamification.level.up',
        data: {
          userId: fact.userId,
          fromLevel: levelUp.from,
          toLevel: levelUp.to,
          totalPoints: outcome.state.points,
        },
      });
  },
};

/**
 * The gamification view of a source event, or null when it earns nothing (a vanished challenge, or
 * an author's solve of their own: they wrote the reference solution and see the hidden tests).
 */
async function factOf(envelope: EventEnvelope, scope: TransactionScope): Promise<ActivityFact | null> {
  const base = { eventId: envelope.messageId, occurredAt: new Date(envelope.timestamp) };
  switch (envelope.eventType) {
    case 'auth.user.registered': {
      const { userId } = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return { ...base, userId, activity: { kind: 'signed-up' } };
    }
    case 'challenges.approved': {
      const { userId, challengeId, byAuthor } = eventContracts[envelope.eventType].schema.parse(
        envelope.data,
      );
      if (byAuthor) return null;
      const challenge = await scope.challenges.findById(challengeId);
      if (!challenge) return null;
      const difficulty: ChallengeDifficulty = challenge.difficulty;
      return { ...base, userId, activity: { kind: 'challenge-solved', challengeId, difficulty } };
    }
    case 'lms.lesson.completed': {
      const { userId, lessonId } = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return { ...base, userId, activity: { kind: 'lesson-completed', lessonId } };
    }
    case 'lms.course.completed': {
      const { userId, courseId } = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return { ...base, userId, activity: { kind: 'course-completed', courseId } };
    }
    case 'lms.certificate.issued': {
      const { userId, courseId } = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return { ...base, userId, activity: { kind: 'certificate-issued', courseId } };
    }
    case 'jobs.application.submitted': {
      const { candidateId, jobId } = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return { ...base, userId: candidateId, activity: { kind: 'job-applied', jobId } };
    }
    default:
      return null;
  }
}
