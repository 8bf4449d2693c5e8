import {
  type EducationEntry,
  type ExperienceEntry,
  type Profile,
  type ProfileVisibility,
  type SkillEvidence,
  storedVisibility,
} from '@talentsphere/domain/profile';
import type { Skill } from '@talentsphere/domain/shared';
import type { Insertable, Selectable } from 'kysely';
import type { ProfilesTable, SkillEvidenceTable } from './profile-tables';

export const toProfile = (row: Selectable<ProfilesTable>): Profile => ({
  userId: row.user_id,
  headline: row.headline,
  summary: row.summary,
  location: row.location,
  photoUrl: row.photo_url,
  links: { website: row.website, github: row.github, linkedin: row.linkedin },
  experience: row.experience as ExperienceEntry[],
  education: row.education as EducationEntry[],
  skills: row.skills as Skill[],
  visibility: storedVisibility(row.visibility as Partial<ProfileVisibility>),
  updatedAt: row.updated_at,
});

export const profileRow = (profile: Profile): Insertable<ProfilesTable> => ({
  user_id: profile.userId,
  headline: profile.headline,
  summary: profile.summary,
  location: profile.location,
  photo_url: profile.photoUrl,
  website: profile.links.website,
  github: profile.links.github,
  linkedin: profile.links.linkedin,
  experience: JSON.stringify(profile.experience),
  education: JSON.stringify(profile.education),
  skills: JSON.stringify(profile.skills),
  visibility: JSON.stringify(profile.visibility),
  updated_at: profile.updatedAt,
});

export const toEvidence = (row: Selectable<SkillEvidenceTable>): SkillEvidence => ({
  id: row.id,
  userId: row.user_id,
  skill: row.skill,
  level: row.level,
  kind: row.kind,
  sourceId: row.source_id,
  sourceTitle: row.source_title,
  link: row.link,
  difficulty: row.difficulty,
  occurredAt: row.occurred_at,
});

/** Claims are never stored as evidence rows; the profile holds them. */
export function evidenceRow(evidence: SkillEvidence): Insertable<SkillEvidenceTable> {
  if (evidence.kind === 'claimed')
    throw new Error('Claimed skills are stored on the profile, not as evidence');
  return {
    user_id: evidence.userId,
    id: evidence.id,
    skill: evidence.skill,
    level: evidence.level,
    kind: evidence.kind,
    source_id: evidence.sourceId,
    source_title: evidence.sourceTitle,
    link: evidence.link,
    difficulty: evidence.difficulty,
    occurred_at: evidence.occurredAt,
  };
}
