import { describe, expect, it } from 'vitest';
import { formatDay, formatRate, rangeFromParams, rangeToParams, resolveRange } from './analytics-range';

const now = new Date('2026-03-10T23:30:00.000Z');

describe('analytics range', () => {
  it.each([
    ['', { kind: 'preset', days: 30 }],
    ['days=7', { kind: 'preset', days: 7 }],
    ['days=90', { kind: 'preset', days: 90 }],
    ['days=12', { kind: 'preset', days: 30 }],
    ['from=2026-01-01&to=2026-01-31', { kind: 'custom', from: '2026-01-01', to: '2026-01-31' }],
    ['from=2026-01-01', { kind: 'preset', days: 30 }],
  ])('Given ?%s, When read, Then the choice is %j, and it writes back the same', (query, choice) => {
    const read = rangeFromParams(new URLSearchParams(query));
    expect(read).toEqual(choice);
    expect(rangeFromParams(new URLSearchParams(rangeToParams(read)))).toEqual(read);
  });

  it('Given a preset, When resolved late in the UTC day, Then it covers that many days ending today', () => {
    expect(resolveRange({ kind: 'preset', days: 7 }, now)).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(resolveRange({ kind: 'preset', days: 30 }, now)).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(resolveRange({ kind: 'custom', from: '2026-01-01', to: '2026-01-02' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-01-02',
    });
  });

  it('formats days as their UTC date and rates as whole percentages', () => {
    expect(formatDay('2026-03-01')).toBe('Mar 1');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(1 / 3)).toBe('33%');
    expect(formatRate(1)).toBe('100%');
  });
});
