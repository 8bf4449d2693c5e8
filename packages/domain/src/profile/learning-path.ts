import { levelRank, type Skill, type SkillLevel } from '../shared';

/** A published course or challenge that teaches or tests skills. */
export interface LearningOption {
  readonly kind: 'course' | 'challenge';
  readonly id: string;
  readonly title: string;
  readonly skills: readonly Skill[];
}

export interface LearningStep extends LearningOption {
  /** The missing requirements this step closes (its skill at or above the required level). */
  readonly closes: readonly string[];
}

export interface LearningPath {
  readonly steps: readonly LearningStep[];
  /** Missing requirements that no published course or challenge closes yet. */
  readonly uncovered: readonly string[];
}

const closesGap = (option: LearningOption, gap: { skill: string; requiredLevel: SkillLevel }) =>
  option.skills.some((s) => s.name === gap.skill && levelRank(s.level) >= levelRank(gap.requiredLevel));

/**
 * The courses and challenges that close a skill gap, in the order to take them. Greedy: each round
 * takes the option closing the most still-open requirements (a course before a challenge on a tie,
 * then the title), until nothing closes any more; completing a course or passing a challenge records
 * evidence at its skill's level, so either closes a requirement. Courses then come first (learn, then
 * prove), each group in the order it was chosen.
 */
export function planLearningPath(
  gap: readonly { skill: string; requiredLevel: SkillLevel }[],
  options: readonly LearningOption[],
): LearningPath {
  const open = new Map(gap.map((g) => [g.skill, g]));
  const chosen: LearningStep[] = [];
  const left = [...options];
  for (;;) {
    let best: { index: number; closes: string[] } | null = null;
    for (const [index, option] of left.entries()) {
      const closes = [...open.values()].filter((g) => closesGap(option, g)).map((g) => g.skill);
      if (closes.length === 0) continue;
      const current = best ? left[best.index] : undefined;
      const better =
        !best ||
        !current ||
        closes.length > best.closes.length ||
        (closes.length === best.closes.length &&
          (option.kind !== current.kind
            ? option.kind === 'course'
            : option.title.localeCompare(current.title) < 0));
      if (better) best = { index, closes };
    }
    if (!best) break;
    const [option] = left.splice(best.index, 1);
    if (!option) break;
    chosen.push({ ...option, closes: best.closes });
    for (const skill of best.closes) open.delete(skill);
  }
  return {
    steps: [...chosen.filter((s) => s.kind === 'course'), ...chosen.filter((s) => s.kind === 'challenge')],
    uncovered: [...open.keys()],
  };
}
