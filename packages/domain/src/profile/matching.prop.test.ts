import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSkills, SKILL_LEVELS, type Skill } from '../shared';
import { matchApplicant } from './matching';
import { NOW } from './profile.fixtures';
import { EVIDENCE_KINDS, type SkillEvidence, verifySkills } from './skill-evidence';

const SKILLS = ['typescript', 'sql', 'docker', 'react', 'go', 'rust'];
const level = fc.constantFrom(...SKILL_LEVELS);
const requirements: fc.Arbitrary<Skill[]> = fc
  .array(fc.record({ name: fc.constantFrom(...SKILLS), level }), { maxLength: 6 })
  .map(normaliseSkills);
const evidence: fc.Arbitrary<SkillEvidence> = fc.record({
  id: fc.uuid(),
  userId: fc.constant('00000000-0000-7000-8000-000000000001'),
  skill: fc.constantFrom(...SKILLS),
  level,
  kind: fc.constantFrom(...EVIDENCE_KINDS),
  sourceId: fc.constant(null),
  sourceTitle: fc.constant('source'),
  link: fc.constant(null),
  difficulty: fc.constantFrom('easy' as const, 'medium' as const, 'hard' as const, null),
  occurredAt: fc.integer({ min: 0, max: 3_000 }).map((days) => new Date(NOW.getTime() - days * 86_400_000)),
});
const evidenceList = fc.array(evidence, { maxLength: 12 });

describe('matching properties', () => {
  it('adding evidence never lowers a score', () => {
    fc.assert(
      fc.property(requirements, evidenceList, evidenceList, (required, before, more) => {
        expect(matchApplicant(required, [...before, ...more]).score).toBeGreaterThanOrEqual(
          matchApplicant(required, before).score,
        );
      }),
    );
  });

  it('scores 100 only when every requirement is met at its level', () => {
    fc.assert(
      fc.property(requirements, evidenceList, (required, items) => {
        const result = matchApplicant(required, items);
        const allMet = required.length > 0 && result.requirements.every((r) => r.status === 'met');
        expect(result.score === 100).toBe(allMet);
      }),
    );
  });

  it('the explanation accounts for the whole score, within 0–100', () => {
    fc.assert(
      fc.property(requirements, evidenceList, (required, items) => {
        const result = matchApplicant(required, items);
        expect(result.requirements.reduce((sum, r) => sum + r.points, 0)).toBe(result.score);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        if (required.length > 0) expect(result.requirements.reduce((s, r) => s + r.maxPoints, 0)).toBe(100);
        for (const r of result.requirements) {
          expect(r.points).toBeLessThanOrEqual(r.maxPoints);
          expect(r.evidence.every((e) => e.kind !== 'claimed' && e.skill === r.skill)).toBe(true);
          expect(r.status === 'missing').toBe(r.evidence.length === 0);
        }
      }),
    );
  });

  it('more evidence never lowers a verified level or confidence', () => {
    fc.assert(
      fc.property(evidenceList, evidenceList, (before, more) => {
        const rank = (l: string | null) => (l === null ? -1 : SKILL_LEVELS.indexOf(l as never));
        const after = new Map(verifySkills([], [...before, ...more], NOW).map((s) => [s.skill, s]));
        for (const skill of verifySkills([], before, NOW)) {
          const grown = after.get(skill.skill);
          expect(rank(grown?.verifiedLevel ?? null)).toBeGreaterThanOrEqual(rank(skill.verifiedLevel));
          expect(grown?.confidence ?? 0).toBeGreaterThanOrEqual(skill.confidence);
        }
      }),
    );
  });
});
