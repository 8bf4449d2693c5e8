import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface ProfilesTable {
  user_id: string;
  headline: string;
  summary: string;
  location: string;
  photo_url: string | null;
  website: string | null;
  github: string | null;
  linkedin: string | null;
  experience: Json;
  education: Json;
  /** Claimed skills [{ name, level }]. */
  skills: Json;
  /** { about, links, experience, education, skills } → 'public' | 'private'. */
  visibility: Json;
  updated_at: Timestamp;
}

export interface SkillEvidenceTable {
  user_id: string;
  id: string;
  skill: string;
  level: 'beginner' | 'intermediate' | 'advanced' | 'expert';
  kind: 'course-completed' | 'certificate' | 'challenge-passed';
  source_id: string | null;
  source_title: string;
  link: string | null;
  difficulty: 'easy' | 'medium' | 'hard' | null;
  occurred_at: Timestamp;
}

/** The profile context's tables (migration 0012). */
export interface ProfileTables {
  profiles: ProfilesTable;
  skill_evidence: SkillEvidenceTable;
}
