/** The dashboard's date range: a preset of the last N days (today included) or two chosen days. */
export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = 30;

export type RangeChoice =
  | { readonly kind: 'preset'; readonly days: RangePreset }
  | { readonly kind: 'custom'; readonly from: string; readonly to: string };

const DAY_MS = 86_400_000;
const isoDay = (at: Date | number): string => new Date(at).toISOString().slice(0, 10);

/** Reads `?days=7|30|90` or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (a shared link keeps its range). */
export function rangeFromParams(params: URLSearchParams): RangeChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to) return { kind: 'custom', from, to };
  const days = Number(params.get('days'));
  const preset = RANGE_PRESETS.find((p) => p === days) ?? DEFAULT_PRESET;
  return { kind: 'preset', days: preset };
}

export function rangeToParams(choice: RangeChoice): Record<string, string> {
  return choice.kind === 'preset' ? { days: String(choice.days) } : { from: choice.from, to: choice.to };
}

/** The UTC days to ask the server for; a preset ends today (UTC), as the server counts days. */
export function resolveRange(choice: RangeChoice, now: Date): { from: string; to: string } {
  if (choice.kind === 'custom') return { from: choice.from, to: choice.to };
  return { from: isoDay(now.getTime() - (choice.days - 1) * DAY_MS), to: isoDay(now) };
}

const dayLabel = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** `2026-03-01` → `Mar 1`, read as the UTC day it is. */
export const formatDay = (day: string): string => dayLabel.format(new Date(`${day}T00:00:00Z`));

/** A share as a whole percentage; a dash when there was nothing to divide. */
export const formatRate = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`;
