/** How far a person is through their level, 0–100 (100 at the top level). */
export function levelProgress(me: {
  points: number;
  levelStartsAt: number;
  nextLevelAt: number | null;
}): number {
  if (me.nextLevelAt === null) return 100;
  const span = me.nextLevelAt - me.levelStartsAt;
  return Math.min(100, Math.max(0, Math.round(((me.points - me.levelStartsAt) / span) * 100)));
}

/** "40 points to level 3", or that the top level is reached. */
export function nextLevelLabel(me: { points: number; level: number; nextLevelAt: number | null }): string {
  if (me.nextLevelAt === null) return 'Top level reached';
  const left = me.nextLevelAt - me.points;
  return `${left.toLocaleString('en')} ${left === 1 ? 'point' : 'points'} to level ${me.level + 1}`;
}

export function formatPoints(points: number): string {
  return `${points.toLocaleString('en')} ${points === 1 ? 'pt' : 'pts'}`;
}
