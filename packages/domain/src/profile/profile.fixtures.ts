import type { SkillLevel } from '../shared';
import type { EvidenceDifficulty, EvidenceKind, SkillEvidence } from './skill-evidence';

export const NOW = new Date('2026-11-27T12:00:00.000Z');
const DAY_MS = 86_400_000;

let sequence = 0;

/** One piece of evidence for tests: a fresh, medium challenge unless told otherwise. */
export function evidenceOf(
  skill: string,
  level: SkillLevel,
  overrides: Partial<{
    kind: EvidenceKind;
    difficulty: EvidenceDifficulty | null;
    daysAgo: number;
    id: string;
  }> = {},
): SkillEvidence {
  sequence += 1;
  const kind = overrides.kind ?? 'challenge-passed';
  return {
    id: overrides.id ?? `${kind}:${sequence}:${skill}`,
    userId: '00000000-0000-7000-8000-000000000001',
    skill,
    level,
    kind,
    sourceId: kind === 'claimed' ? null : `00000000-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    sourceTitle: `${kind} ${skill}`,
    link: null,
    difficulty:
      overrides.difficulty !== undefined
        ? overrides.difficulty
        : kind === 'challenge-passed'
          ? 'medium'
          : null,
    occurredAt: new Date(NOW.getTime() - (overrides.daysAgo ?? 0) * DAY_MS),
  };
}
