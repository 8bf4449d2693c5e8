import { startOfUtcDay, utcDay } from './utc-calendar';

export type CapWindow = 'utc-day';

/** The instants of the window holding `at`: `from` inclusive, `to` exclusive. */
export function capWindowOf(window: CapWindow, at: Date): { readonly from: Date; readonly to: Date } {
  switch (window) {
    case 'utc-day': {
      const from = startOfUtcDay(utcDay(at));
      return { from, to: new Date(from.getTime() + 86_400_000) };
    }
  }
}
