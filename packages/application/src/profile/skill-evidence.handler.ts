import { eventContracts } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';
import type { TransactionScope } from '../shared/ports';
import type { EvidenceFact } from './profile-read-models';
import { evidenceFor } from './skill-evidence';

/** The events that prove a skill. */
export const EVIDENCE_SOURCE_EVENTS = [
  'lms.course.completed',
  'lms.certificate.issued',
  'challenges.approved',
] as const;

/**
 * Records verified skill evidence from completed courses, issued certificates and accepted submissions
 * (not authors' to their own challenges), in the consumer's transaction with its inbox row. Evidence
 * ids come from the fact, so a redelivered or replayed event adds nothing, and `pnpm evidence:rebuild`
 * derives the same rows from the tables.
 */
export const recordSkillEvidence: EventHandler = {
  consumer: 'skill-evidence',
  eventTypes: EVIDENCE_SOURCE_EVENTS,
  async handle(envelope, scope) {
    const fact = await factOf(envelope, scope);
    if (!fact) return;
    await scope.skillEvidence.record(await evidenceFor(fact, scope));
  },
};

/**
 * The fact behind an event, dated as the tables date it (so a rebuild agrees), or null: an author's
 * solve of their own challenge proves nothing (they wrote the reference solution and see the hidden
 * tests), and the rebuild leaves it out too.
 */
async function factOf(envelope: EventEnvelope, scope: TransactionScope): Promise<EvidenceFact | null> {
  const sent = new Date(envelope.timestamp);
  switch (envelope.eventType) {
    case 'lms.course.completed': {
      const data = eventContracts[envelope.eventType].schema.parse(envelope.data);
      return {
        kind: 'course-completed',
        userId: data.userId,
        enrollmentId: data.enrollmentId,
        courseId: data.courseId,
        at: new Date(data.completionDate),
      };
    }
    case 'lms.certificate.issued': {
      const data = eventContracts[envelope.eventType].schema.parse(envelope.data);
      const enrollment = await scope.enrollments.findByLearner(data.userId, data.courseId);
      return {
        kind: 'certificate',
        userId: data.userId,
        certificateId: data.certificateId,
        verificationCode: data.verificationCode,
        courseId: data.courseId,
        at: enrollment?.certificate?.id === data.certificateId ? enrollment.certificate.issuedAt : sent,
      };
    }
    case 'challenges.approved': {
      const data = eventContracts[envelope.eventType].schema.parse(envelope.data);
      if (data.byAuthor) return null;
      const submission = await scope.submissions.findById(data.submissionId);
      return {
        kind: 'challenge-passed',
        userId: data.userId,
        submissionId: data.submissionId,
        challengeId: data.challengeId,
        at: submission?.judgedAt ?? sent,
      };
    }
    default:
      return null;
  }
}
