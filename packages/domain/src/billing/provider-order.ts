/**
 * Where a provider event stands in the provider's history: its time, ties broken by its id. Providers
 * deliver late, out of order and more than once, so a mirror keeps the position of the event it
 * shows and takes only newer ones.
 */
export interface EventPosition {
  readonly at: Date;
  readonly eventId: string;
}

/** -1, 0 or 1 as `a` is older than, the same as, or newer than `b`. */
export function compareEventPositions(a: EventPosition, b: EventPosition): number {
  const byTime = a.at.getTime() - b.at.getTime();
  if (byTime !== 0) return byTime < 0 ? -1 : 1;
  if (a.eventId === b.eventId) return 0;
  return a.eventId < b.eventId ? -1 : 1;
}

export const isNewer = (candidate: EventPosition, shown: EventPosition): boolean =>
  compareEventPositions(candidate, shown) > 0;
