import { describe, expect, it } from 'vitest';
import { evidenceOf, NOW } from './profile.fixtures';
import { evidenceWeight, verifySkills } from './skill-evidence';

describe('evidenceWeight', () => {
  it('weighs harder challenges more, and halves per year', () => {
    const easy = evidenceWeight(evidenceOf('sql', 'beginner', { difficulty: 'easy' }), NOW);
    const hard = evidenceWeight(evidenceOf('sql', 'beginner', { difficulty: 'hard' }), NOW);
    const oldHard = evidenceWeight(evidenceOf('sql', 'beginner', { difficulty: 'hard', daysAgo: 365 }), NOW);
    expect(hard).toBeGreaterThan(easy);
    expect(oldHard).toBeCloseTo(hard / 2);
  });

  it('gives a claim no weight', () => {
    expect(evidenceWeight(evidenceOf('sql', 'expert', { kind: 'claimed' }), NOW)).toBe(0);
  });
});

describe('verifySkills', () => {
  it('takes the highest verified level and combines confidence', () => {
    const [sql] = verifySkills(
      [{ name: 'sql', level: 'expert' }],
      [
        evidenceOf('sql', 'beginner', { kind: 'course-completed' }),
        evidenceOf('sql', 'intermediate', { difficulty: 'hard' }),
      ],
      NOW,
    );
    expect(sql).toMatchObject({ skill: 'sql', claimedLevel: 'expert', verifiedLevel: 'intermediate' });
    // 1 − (1 − 0.35)(1 − 0.6) = 0.74
    expect(sql?.confidence).toBe(0.74);
  });

  it('leaves a claim alone unverified', () => {
    expect(verifySkills([{ name: 'go', level: 'advanced' }], [], NOW)).toEqual([
      { skill: 'go', claimedLevel: 'advanced', verifiedLevel: null, confidence: 0, evidence: [] },
    ]);
  });

  it('puts verified skills first, and the more recent evidence of a skill first', () => {
    const old = evidenceOf('react', 'beginner', { daysAgo: 400 });
    const recent = evidenceOf('react', 'beginner', { daysAgo: 1 });
    const skills = verifySkills([{ name: 'go', level: 'expert' }], [old, recent], NOW);
    expect(skills.map((s) => s.skill)).toEqual(['react', 'go']);
    expect(skills[0]?.evidence).toEqual([recent, old]);
  });
});
