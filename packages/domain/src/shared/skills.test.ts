import { describe, expect, it } from 'vitest';
import { levelRank, normaliseSkills, SKILL_LEVELS } from './skills';

describe('normaliseSkills', () => {
  it('Given names differing only in case and spacing, When normalising, Then one lower-cased entry keeps the highest level', () => {
    const skills = normaliseSkills([
      { name: '  Type   Script ', level: 'intermediate' },
      { name: 'type script', level: 'expert' },
      { name: 'TYPE SCRIPT', level: 'beginner' },
      { name: 'SQL', level: 'advanced' },
    ]);
    expect(skills).toEqual([
      { name: 'type script', level: 'expert' },
      { name: 'sql', level: 'advanced' },
    ]);
  });

  it('Given the levels in order, When ranking, Then each ranks above the one before', () => {
    expect(SKILL_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3]);
  });
});
