import { describe, expect, it } from 'vitest';
import { describeWait } from './flexible-rate-limiter';

describe('describeWait', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(describeWait(seconds)).toBe(text);
  });
});
