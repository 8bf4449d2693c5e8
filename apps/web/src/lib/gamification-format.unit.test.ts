import { describe, expect, it } from 'vitest';
import { formatPoints, levelProgress, nextLevelLabel } from './gamification-format';

describe('gamification format', () => {
  it('measures progress through the level and names what is left', () => {
    expect(levelProgress({ points: 175, levelStartsAt: 100, nextLevelAt: 250 })).toBe(50);
    expect(levelProgress({ points: 40000, levelStartsAt: 32000, nextLevelAt: null })).toBe(100);
    expect(nextLevelLabel({ points: 249, level: 2, nextLevelAt: 250 })).toBe('1 point to level 3');
    expect(nextLevelLabel({ points: 0, level: 1, nextLevelAt: 100 })).toBe('100 points to level 2');
    expect(nextLevelLabel({ points: 40000, level: 10, nextLevelAt: null })).toBe('Top level reached');
  });

  it('formats points with thousands separators', () => {
    expect([formatPoints(1), formatPoints(1234)]).toEqual(['1 pt', '1,234 pts']);
  });
});
