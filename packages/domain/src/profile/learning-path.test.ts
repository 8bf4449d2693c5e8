import { describe, expect, it } from 'vitest';
import { type LearningOption, planLearningPath } from './learning-path';

const option = (
  kind: LearningOption['kind'],
  title: string,
  skills: LearningOption['skills'],
): LearningOption => ({
  kind,
  id: title,
  title,
  skills,
});

describe('planLearningPath', () => {
  const gap = [
    { skill: 'typescript', requiredLevel: 'advanced' as const },
    { skill: 'sql', requiredLevel: 'intermediate' as const },
    { skill: 'docker', requiredLevel: 'beginner' as const },
  ];

  it('chooses the options closing the most, courses first, and names what stays uncovered', () => {
    const path = planLearningPath(gap, [
      option('challenge', 'Typed SQL', [
        { name: 'typescript', level: 'advanced' },
        { name: 'sql', level: 'intermediate' },
      ]),
      option('course', 'TypeScript basics', [{ name: 'typescript', level: 'beginner' }]),
      option('course', 'Advanced TypeScript', [{ name: 'typescript', level: 'expert' }]),
      option('course', 'React', [{ name: 'react', level: 'expert' }]),
    ]);
    expect(path.steps.map((s) => [s.title, s.closes])).toEqual([['Typed SQL', ['typescript', 'sql']]]);
    expect(path.uncovered).toEqual(['docker']);
  });

  it('prefers a course to a challenge that closes as much, and orders courses before challenges', () => {
    const path = planLearningPath(gap.slice(0, 2), [
      option('challenge', 'A challenge', [{ name: 'typescript', level: 'expert' }]),
      option('course', 'Z course', [{ name: 'typescript', level: 'advanced' }]),
      option('challenge', 'SQL challenge', [{ name: 'sql', level: 'advanced' }]),
    ]);
    expect(path.steps.map((s) => s.title)).toEqual(['Z course', 'SQL challenge']);
    expect(path.uncovered).toEqual([]);
  });

  it('is empty without a gap', () => {
    expect(planLearningPath([], [option('course', 'C', [{ name: 'sql', level: 'expert' }])])).toEqual({
      steps: [],
      uncovered: [],
    });
  });
});
