const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` day. */
export function startOfUtcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The `YYYY-MM-DD` day `offset` days after `day` (before it when negative). */
export function shiftUtcDay(day: string, offset: number): string {
  return utcDay(new Date(startOfUtcDay(day).getTime() + offset * DAY_MS));
}

/** The ISO 8601 week of an instant in UTC (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The instants an ISO week spans: from Monday 00:00 UTC (inclusive) to the next Monday (exclusive). */
export function isoWeekBounds(at: Date): { readonly from: Date; readonly to: Date } {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const from = new Date(day - (weekday - 1) * DAY_MS);
  return { from, to: new Date(from.getTime() + 7 * DAY_MS) };
}
