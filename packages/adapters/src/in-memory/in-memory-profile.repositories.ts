import type {
  EvidenceFact,
  ProfileRepository,
  SkillEvidenceRepository,
} from '@talentsphere/application/profile';
import type { Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { InMemoryStore } from './in-memory-database';

export class InMemoryProfileRepository implements ProfileRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByUser(userId: string): Promise<Profile | undefined> {
    return this.store.tables.profiles.get(userId);
  }

  async save(profile: Profile): Promise<void> {
    this.store.tables.profiles.set(profile.userId, profile);
  }
}

/** Keyed `${userId}|${id}`, like the primary key of skill_evidence. */
export const evidenceKey = (evidence: Pick<SkillEvidence, 'userId' | 'id'>): string =>
  `${evidence.userId}|${evidence.id}`;

export class InMemorySkillEvidenceRepository implements SkillEvidenceRepository {
  constructor(private readonly store: InMemoryStore) {}

  async record(evidence: readonly SkillEvidence[]): Promise<number> {
    let added = 0;
    for (const item of evidence) {
      const key = evidenceKey(item);
      if (this.store.tables.skillEvidence.has(key)) continue;
      this.store.tables.skillEvidence.set(key, item);
      added += 1;
    }
    return added;
  }

  async deleteAll(): Promise<void> {
    this.store.tables.skillEvidence.clear();
  }

  async facts(): Promise<EvidenceFact[]> {
    const { enrollments, submissions, challenges } = this.store.tables;
    const facts: EvidenceFact[] = [];
    for (const enrollment of enrollments.values()) {
      if (enrollment.status !== 'completed') continue;
      const { id: enrollmentId, userId, courseId, certificate } = enrollment;
      facts.push({ kind: 'course-completed', userId, enrollmentId, courseId, at: enrollment.completedAt });
      facts.push({
        kind: 'certificate',
        userId,
        courseId,
        certificateId: certificate.id,
        verificationCode: certificate.verificationCode,
        at: certificate.issuedAt,
      });
    }
    for (const submission of submissions.values()) {
      if (submission.status !== 'judged' || submission.judgement.verdict !== 'ACCEPTED') continue;
      // An author's solve of their own challenge proves nothing, as the consumer decides.
      if (challenges.get(submission.challengeId)?.authorIds.includes(submission.userId)) continue;
      facts.push({
        kind: 'challenge-passed',
        userId: submission.userId,
        submissionId: submission.id,
        challengeId: submission.challengeId,
        at: submission.judgedAt,
      });
    }
    return facts;
  }
}
