import { describe, expect, it } from 'vitest';
import { acceptanceRate, formatBytes, formatCall, formatMs } from './challenge-format';

describe('challenge formatting', () => {
  it('Given sandbox times, When formatted, Then fractions show only under 10 ms and seconds above 10 s', () => {
    expect(formatMs(0.34)).toBe('0.3 ms');
    expect(formatMs(14.6)).toBe('15 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatMs(null)).toBe('—');
  });

  it('Given memory in bytes, When formatted, Then it uses the largest fitting unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(65_536)).toBe('64.0 KB');
    expect(formatBytes(3_460_000)).toBe('3.3 MB');
  });

  it('Given judged submissions, When the acceptance rate is taken, Then it is a whole percentage, null before any', () => {
    expect(acceptanceRate({ submissions: 0, accepted: 0 })).toBeNull();
    expect(acceptanceRate({ submissions: 3, accepted: 1 })).toBe(33);
    expect(acceptanceRate({ submissions: 2, accepted: 2 })).toBe(100);
  });

  it('Given a sample test, When shown as a call, Then each argument is JSON', () => {
    expect(formatCall('twoSum', [[2, 7], 9])).toBe('twoSum([2,7], 9)');
    expect(formatCall('greet', ['a "b"'])).toBe('greet("a \\"b\\"")');
  });
});
