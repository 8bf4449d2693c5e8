import type {
  EvidenceDifficulty,
  EvidenceKind,
  LearningOption,
  Profile,
  ProfileView,
  RequirementStatus,
  SkillEvidence,
} from '@talentsphere/domain/profile';
import type { SkillLevel } from '@talentsphere/domain/shared';

/** A completed course, an issued certificate or an accepted submission: what evidence is derived from. */
export type EvidenceFact =
  | {
      readonly kind: 'course-completed';
      readonly userId: string;
      readonly enrollmentId: string;
      readonly courseId: string;
      readonly at: Date;
    }
  | {
      readonly kind: 'certificate';
      readonly userId: string;
      readonly certificateId: string;
      readonly verificationCode: string;
      readonly courseId: string;
      readonly at: Date;
    }
  | {
      readonly kind: 'challenge-passed';
      readonly userId: string;
      readonly submissionId: string;
      readonly challengeId: string;
      readonly at: Date;
    };

export interface EvidenceDto {
  readonly id: string;
  readonly skill: string;
  readonly level: SkillLevel;
  readonly kind: EvidenceKind;
  readonly sourceId: string | null;
  readonly sourceTitle: string;
  readonly link: string | null;
  readonly difficulty: EvidenceDifficulty | null;
  readonly occurredAt: string;
}

export interface VerifiedSkillDto {
  readonly skill: string;
  readonly claimedLevel: SkillLevel | null;
  readonly verifiedLevel: SkillLevel | null;
  readonly confidence: number;
  readonly evidence: readonly EvidenceDto[];
}

/** A profile as a viewer may see it, with the person's name and their skills' evidence. */
export interface ProfilePageView extends ProfileView {
  readonly name: string;
  /** Null when the skills section is private to this viewer. */
  readonly verifiedSkills: readonly VerifiedSkillDto[] | null;
  readonly updatedAt: string;
}

export interface RequirementMatchDto {
  readonly skill: string;
  readonly requiredLevel: SkillLevel;
  readonly status: RequirementStatus;
  readonly verifiedLevel: SkillLevel | null;
  readonly evidence: readonly EvidenceDto[];
  readonly points: number;
  readonly maxPoints: number;
}

export interface ApplicantMatch {
  readonly applicationId: string;
  /** Null while the employer screens anonymously. */
  readonly candidate: { readonly id: string; readonly name: string; readonly photoUrl: string | null } | null;
  /** "Applicant 3": stable per job (by application order), shown instead of the name when anonymous. */
  readonly alias: string;
  readonly stage: string;
  readonly status: string;
  readonly appliedAt: string;
  readonly score: number;
  readonly requirements: readonly RequirementMatchDto[];
}

export interface LearningStepDto {
  readonly kind: 'course' | 'challenge';
  readonly id: string;
  readonly title: string;
  readonly closes: readonly string[];
}

/** Queries that skip the aggregates. Authorization happens in the use cases that call them. */
export interface ProfileQueries {
  profileOf(userId: string): Promise<Profile | undefined>;
  /** The account's display name, or undefined when no such user exists. */
  nameOf(userId: string): Promise<string | undefined>;
  evidenceOf(userId: string): Promise<SkillEvidence[]>;
  /** Evidence of several users at once (the pipeline): every asked id is a key, maybe with []. */
  evidenceOfUsers(userIds: readonly string[]): Promise<Map<string, SkillEvidence[]>>;
  /** Each user's photo when their about section (which holds it) is public, else null. */
  photosOf(userIds: readonly string[]): Promise<Map<string, string | null>>;
  /** Published courses and challenges that list any of `skills`. */
  learningOptions(skills: readonly string[]): Promise<LearningOption[]>;
}
