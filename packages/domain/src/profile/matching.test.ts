import { describe, expect, it } from 'vitest';
import { matchApplicant, skillGap } from './matching';
import { evidenceOf } from './profile.fixtures';

describe('matchApplicant', () => {
  const requirements = [
    { name: 'typescript', level: 'advanced' as const },
    { name: 'sql', level: 'intermediate' as const },
    { name: 'docker', level: 'beginner' as const },
  ];

  it('explains each requirement and sums the points', () => {
    const ts = evidenceOf('typescript', 'advanced');
    const sql = evidenceOf('sql', 'beginner', { kind: 'course-completed' });
    const result = matchApplicant(requirements, [
      ts,
      sql,
      evidenceOf('docker', 'expert', { kind: 'claimed' }),
    ]);
    expect(result.requirements.map((r) => [r.skill, r.status, r.points, r.maxPoints])).toEqual([
      ['typescript', 'met', 34, 34],
      ['sql', 'partly', 16, 33],
      ['docker', 'missing', 0, 33],
    ]);
    expect(result.requirements[0]?.evidence).toEqual([ts]);
    expect(result.requirements[1]?.evidence).toEqual([sql]);
    expect(result.score).toBe(50);
  });

  it('gives 100 when every requirement is met, and the gap is empty', () => {
    const result = matchApplicant(requirements, [
      evidenceOf('typescript', 'expert'),
      evidenceOf('sql', 'intermediate', { kind: 'certificate' }),
      evidenceOf('docker', 'beginner', { kind: 'course-completed' }),
    ]);
    expect(result.score).toBe(100);
    expect(skillGap(result)).toEqual([]);
  });

  it('does not count claims', () => {
    const result = matchApplicant(requirements, [evidenceOf('typescript', 'expert', { kind: 'claimed' })]);
    expect(result.score).toBe(0);
    expect(skillGap(result).map((r) => r.skill)).toEqual(['typescript', 'sql', 'docker']);
  });

  it('scores every applicant 0 for a job without required skills', () => {
    expect(matchApplicant([], [evidenceOf('sql', 'expert')])).toEqual({ score: 0, requirements: [] });
  });
});
