import { levelRank, type Skill, type SkillLevel } from '../shared';
import { isVerified, type SkillEvidence } from './skill-evidence';

export type RequirementStatus = 'met' | 'partly' | 'missing';

/** How one required skill contributed to a match score. */
export interface RequirementMatch {
  readonly skill: string;
  readonly requiredLevel: SkillLevel;
  readonly status: RequirementStatus;
  /** The highest verified level the applicant shows for this skill, or null. */
  readonly verifiedLevel: SkillLevel | null;
  /** The verified evidence behind `verifiedLevel` (met: everything at or above the required level). */
  readonly evidence: readonly SkillEvidence[];
  /** What this requirement contributes to the score. */
  readonly points: number;
  /** What it would contribute if met. */
  readonly maxPoints: number;
}

export interface MatchResult {
  /** 0–100, the sum of the requirements' points. */
  readonly score: number;
  readonly requirements: readonly RequirementMatch[];
}

/** 100 points split as evenly as integers allow, the first requirements taking the remainder. */
function shares(count: number): number[] {
  const base = Math.floor(100 / count);
  const extra = 100 - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * An applicant's match to a job's required skills, from verified evidence only (claims do not count).
 *
 * Each requirement is worth an equal share of 100 points. Met (verified at or above the required
 * level): the whole share. Partly (verified below it): the share × (held rank + 1) / (required rank + 1),
 * rounded down, so a beginner against an advanced requirement earns a third. Missing: nothing. The
 * score is the sum of the points, so the explanation accounts for all of it; it reaches 100 only when
 * every requirement is met (a partial share is always below the whole one), and more evidence can only
 * raise a held level, so it never lowers the score. A job without required skills has nothing to
 * match: every applicant scores 0 and ties.
 */
export function matchApplicant(
  requirements: readonly Skill[],
  evidence: readonly SkillEvidence[],
): MatchResult {
  if (requirements.length === 0) return { score: 0, requirements: [] };
  const verified = evidence.filter(isVerified);
  const split = shares(requirements.length);
  const matches = requirements.map((requirement, i): RequirementMatch => {
    const maxPoints = split[i] ?? 0;
    const forSkill = verified.filter((e) => e.skill === requirement.name);
    const best = forSkill.reduce<SkillLevel | null>(
      (top, e) => (top === null || levelRank(e.level) > levelRank(top) ? e.level : top),
      null,
    );
    if (best === null)
      return {
        ...base(requirement),
        status: 'missing',
        verifiedLevel: null,
        evidence: [],
        points: 0,
        maxPoints,
      };
    const need = levelRank(requirement.level);
    if (levelRank(best) >= need)
      return {
        ...base(requirement),
        status: 'met',
        verifiedLevel: best,
        evidence: newestFirst(forSkill.filter((e) => levelRank(e.level) >= need)),
        points: maxPoints,
        maxPoints,
      };
    return {
      ...base(requirement),
      status: 'partly',
      verifiedLevel: best,
      evidence: newestFirst(forSkill.filter((e) => e.level === best)),
      points: Math.floor((maxPoints * (levelRank(best) + 1)) / (need + 1)),
      maxPoints,
    };
  });
  return { score: matches.reduce((sum, m) => sum + m.points, 0), requirements: matches };
}

const base = (requirement: Skill) => ({ skill: requirement.name, requiredLevel: requirement.level });

const newestFirst = (items: readonly SkillEvidence[]) =>
  [...items].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || a.id.localeCompare(b.id));

/** The requirements an applicant does not fully meet yet: what a learning path has to close. */
export function skillGap(result: MatchResult): RequirementMatch[] {
  return result.requirements.filter((r) => r.status !== 'met');
}
