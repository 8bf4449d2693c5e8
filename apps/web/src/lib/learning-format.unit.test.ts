import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, parseClock, slugify } from './learning-format';

describe('learning formats', () => {
  it.each([
    [45, '45 s'],
    [60, '1 min'],
    [27 * 60 + 10, '27 min'],
    [3600, '1 h'],
    [3600 + 5 * 60, '1 h 05 min'],
    [5700, '1 h 35 min'],
  ])('Given %i seconds, When formatted as a duration, Then it reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [260, '4:20'],
    [3729, '1:02:09'],
  ])('Given %i seconds, When formatted as a clock, Then it reads %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it.each([
    ['7:30', 450],
    ['0:05', 5],
    ['1:02:09', 3729],
    ['90', 90],
    [' 12:00 ', 720],
  ])('Given %j, When read as a clock, Then it is %i seconds', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it.each(['', '7:75', '1:60:00', 'abc', '7.5', '-1:00', '1:2:3:4'])(
    'Given %j, When read as a clock, Then it is not a duration',
    (text) => {
      expect(parseClock(text)).toBeUndefined();
    },
  );

  it('Given any seconds, When formatted as a clock and read back, Then the same seconds come back', () => {
    for (const seconds of [0, 1, 59, 60, 599, 3599, 3600, 86_399]) {
      expect(parseClock(formatClock(seconds))).toBe(seconds);
    }
  });

  it('Given a title, When slugified, Then it is the address the server accepts', () => {
    expect(slugify('TypeScript from JavaScript')).toBe('typescript-from-javascript');
    expect(slugify('  Crème brûlée & CSS!  ')).toBe('creme-brulee-css');
    const long = slugify(`${'word '.repeat(20)}end`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
