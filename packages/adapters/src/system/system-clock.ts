import type { Clock } from '@talentsphere/application/shared';

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date('2026-01-01T00:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

/**
 * The system clock moved forward by hand (tests of a running server: renewals, period ends). It
 * never goes back, so times it gives keep their order.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`Cannot move the clock by ${ms} ms`);
    this.offsetMs += ms;
  }
}
