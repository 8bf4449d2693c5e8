import { levelRank, type Skill, type SkillLevel } from '../shared';

export const EVIDENCE_KINDS = ['claimed', 'course-completed', 'certificate', 'challenge-passed'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type EvidenceDifficulty = 'easy' | 'medium' | 'hard';

/**
 * One reason to believe a user has a skill at a level. Claimed evidence is the owner's word; the
 * other kinds are derived from what they completed and passed, so they count as verified.
 */
export interface SkillEvidence {
  /** Stable per source and skill (`course-completed:<enrollmentId>:typescript`), so rebuilding is idempotent. */
  readonly id: string;
  readonly userId: string;
  readonly skill: string;
  readonly level: SkillLevel;
  readonly kind: EvidenceKind;
  /** The course, certificate or challenge it comes from (null for a claim). */
  readonly sourceId: string | null;
  readonly sourceTitle: string;
  /** Where it can be checked: the certificate's verification page, the course or the challenge passed. */
  readonly link: string | null;
  /** A challenge's difficulty; null for courses and claims. */
  readonly difficulty: EvidenceDifficulty | null;
  readonly occurredAt: Date;
}

export const isVerified = (evidence: Pick<SkillEvidence, 'kind'>): boolean => evidence.kind !== 'claimed';

/** How much one piece of evidence, fresh, convinces on its own (0–1). */
export const EVIDENCE_WEIGHTS = {
  claimed: 0,
  'course-completed': 0.35,
  certificate: 0.45,
  'challenge-passed': { easy: 0.3, medium: 0.45, hard: 0.6 },
} as const;

/** Evidence loses half its weight per this many days. */
export const EVIDENCE_HALF_LIFE_DAYS = 365;
const DAY_MS = 86_400_000;

/** The weight of one piece of evidence at `now`: its kind's (and difficulty's) weight, halved per year of age. */
export function evidenceWeight(evidence: SkillEvidence, now: Date): number {
  const base =
    evidence.kind === 'challenge-passed'
      ? EVIDENCE_WEIGHTS['challenge-passed'][evidence.difficulty ?? 'easy']
      : EVIDENCE_WEIGHTS[evidence.kind];
  // Evidence dated in the future (clock skew) counts as fresh, never as more than fresh.
  const ageDays = Math.max(0, now.getTime() - evidence.occurredAt.getTime()) / DAY_MS;
  return base * 0.5 ** (ageDays / EVIDENCE_HALF_LIFE_DAYS);
}

export interface VerifiedSkill {
  readonly skill: string;
  /** The highest level the user claims, or null. */
  readonly claimedLevel: SkillLevel | null;
  /** The highest level any verified evidence shows, or null when nothing verifies it. */
  readonly verifiedLevel: SkillLevel | null;
  /** 0–1: how sure the verified evidence makes us (0 with claims alone). */
  readonly confidence: number;
  /** The evidence for this skill, newest first. */
  readonly evidence: readonly SkillEvidence[];
}

/**
 * Each skill's verified level and confidence, derived from its evidence (a pure function: the same
 * evidence and `now` give the same answer).
 *
 * - Level: the highest level that verified evidence shows; claims never raise it.
 * - Confidence: 1 − Π(1 − wᵢ) over the verified evidence, with wᵢ from `evidenceWeight` (a hard
 *   challenge weighs more than an easy one, a course less than a certificate, each halves per year of
 *   age). Every further piece multiplies the doubt by (1 − wᵢ) ≤ 1, so more evidence never lowers
 *   confidence, and no amount reaches 1 exactly. Rounded to two decimals.
 *
 * Claimed skills (the profile's list) take part as evidence of kind `claimed`. Sorted by verified
 * level, then confidence, then name.
 */
export function verifySkills(
  claimed: readonly Skill[],
  evidence: readonly SkillEvidence[],
  now: Date,
): VerifiedSkill[] {
  const bySkill = new Map<string, { claimed: SkillLevel | null; evidence: SkillEvidence[] }>();
  const entry = (skill: string) => {
    let found = bySkill.get(skill);
    if (!found) {
      found = { claimed: null, evidence: [] };
      bySkill.set(skill, found);
    }
    return found;
  };
  for (const skill of claimed) {
    const found = entry(skill.name);
    if (found.claimed === null || levelRank(skill.level) > levelRank(found.claimed))
      found.claimed = skill.level;
  }
  for (const item of evidence) {
    if (item.kind === 'claimed') {
      const found = entry(item.skill);
      if (found.claimed === null || levelRank(item.level) > levelRank(found.claimed))
        found.claimed = item.level;
    } else entry(item.skill).evidence.push(item);
  }
  const skills = [...bySkill.entries()].map(([skill, found]): VerifiedSkill => {
    let verifiedLevel: SkillLevel | null = null;
    let doubt = 1;
    for (const item of found.evidence) {
      if (verifiedLevel === null || levelRank(item.level) > levelRank(verifiedLevel))
        verifiedLevel = item.level;
      doubt *= 1 - evidenceWeight(item, now);
    }
    return {
      skill,
      claimedLevel: found.claimed,
      verifiedLevel,
      confidence: Math.round((1 - doubt) * 100) / 100,
      evidence: [...found.evidence].sort(
        (a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || a.id.localeCompare(b.id),
      ),
    };
  });
  const rank = (level: SkillLevel | null) => (level === null ? -1 : levelRank(level));
  return skills.sort(
    (a, b) =>
      rank(b.verifiedLevel) - rank(a.verifiedLevel) ||
      b.confidence - a.confidence ||
      a.skill.localeCompare(b.skill),
  );
}
