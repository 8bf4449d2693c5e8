import type { SkillEvidence } from '@talentsphere/domain/profile';
import type { TransactionScope } from '../shared/ports';
import type { EvidenceDto, EvidenceFact } from './profile-read-models';

/**
 * The evidence one fact gives: one piece per skill its course or challenge lists, at that skill's
 * level. Ids are derived from the fact, so the consumer and a rebuild write the same rows. A course or
 * challenge that no longer exists gives nothing.
 */
export async function evidenceFor(fact: EvidenceFact, scope: TransactionScope): Promise<SkillEvidence[]> {
  const common = { userId: fact.userId, occurredAt: fact.at };
  switch (fact.kind) {
    case 'course-completed':
    case 'certificate': {
      const course = await scope.courses.findById(fact.courseId);
      if (!course) return [];
      const [key, link] =
        fact.kind === 'certificate'
          ? [fact.certificateId, `/certificates/${encodeURIComponent(fact.verificationCode)}`]
          : [fact.enrollmentId, `/courses/${course.id}`];
      return course.skills.map((skill) => ({
        ...common,
        id: `${fact.kind}:${key}:${skill.name}`,
        skill: skill.name,
        level: skill.level,
        kind: fact.kind,
        sourceId: course.id,
        sourceTitle: course.title,
        link,
        difficulty: null,
      }));
    }
    case 'challenge-passed': {
      const challenge = await scope.challenges.findById(fact.challengeId);
      if (!challenge) return [];
      return challenge.skills.map((skill) => ({
        ...common,
        id: `challenge-passed:${fact.submissionId}:${skill.name}`,
        skill: skill.name,
        level: skill.level,
        kind: 'challenge-passed' as const,
        sourceId: challenge.id,
        sourceTitle: challenge.title,
        // The submission itself is private to its author, so the link is the challenge.
        link: `/challenges/${challenge.id}`,
        difficulty: challenge.difficulty,
      }));
    }
  }
}

export const toEvidenceDto = (evidence: SkillEvidence): EvidenceDto => ({
  id: evidence.id,
  skill: evidence.skill,
  level: evidence.level,
  kind: evidence.kind,
  sourceId: evidence.sourceId,
  sourceTitle: evidence.sourceTitle,
  link: evidence.link,
  difficulty: evidence.difficulty,
  occurredAt: evidence.occurredAt.toISOString(),
});
