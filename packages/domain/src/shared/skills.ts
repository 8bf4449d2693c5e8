import { oneLine } from './text';

/** The skill vocabulary jobs require and courses and challenges teach, lowest first. */
export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface Skill {
  /** Normalised: lower-case, trimmed, single spaces ("typescript", "postgresql"). */
  readonly name: string;
  readonly level: SkillLevel;
}

export const levelRank = (level: SkillLevel): number => SKILL_LEVELS.indexOf(level);

/** One entry per skill name, compared lower-cased on one line; a repeated name keeps its highest level. */
export function normaliseSkills(skills: readonly { name: string; level: SkillLevel }[]): Skill[] {
  const byName = new Map<string, Skill>();
  for (const skill of skills) {
    const name = oneLine(skill.name).toLowerCase();
    const current = byName.get(name);
    if (!current || levelRank(skill.level) > levelRank(current.level))
      byName.set(name, { name, level: skill.level });
  }
  return [...byName.values()];
}
