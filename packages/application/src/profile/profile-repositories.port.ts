import type { Profile, SkillEvidence } from '@talentsphere/domain/profile';
import type { RowLock } from '../recruiting/recruiting-repositories.port';
import type { EvidenceFact } from './profile-read-models';

export interface ProfileRepository {
  findByUser(userId: string, lock?: RowLock): Promise<Profile | undefined>;
  /** Inserts or replaces the user's profile. */
  save(profile: Profile): Promise<void>;
}

/** Verified evidence only: claims live on the profile. */
export interface SkillEvidenceRepository {
  /** Keeps an existing row with the same user and id, so replaying a fact adds nothing; answers how many were new. */
  record(evidence: readonly SkillEvidence[]): Promise<number>;
  /** Drops every stored piece of evidence, before a rebuild re-derives it in the same transaction. */
  deleteAll(): Promise<void>;
  /**
   * Every completed enrolment, issued certificate and accepted submission (but an author's to their own
   * challenge): the state the event history left, from which a rebuild derives all evidence again
   * (read in the rebuild's transaction).
   */
  facts(): Promise<EvidenceFact[]>;
}
