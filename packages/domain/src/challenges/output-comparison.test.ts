import { describe, expect, it } from 'vitest';
import { outputsMatch } from './output-comparison';

describe('outputsMatch', () => {
  it('exact: deep equality, object keys in any order, arrays in order', () => {
    expect(outputsMatch({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, 'exact')).toBe(true);
    expect(outputsMatch([1, 2], [2, 1], 'exact')).toBe(false);
    expect(outputsMatch({ a: 1 }, { a: 1, b: null }, 'exact')).toBe(false);
    expect(outputsMatch('1', 1, 'exact')).toBe(false);
    expect(outputsMatch(null, {}, 'exact')).toBe(false);
    expect(outputsMatch([], {}, 'exact')).toBe(false);
    expect(outputsMatch(0.1 + 0.2, 0.3, 'exact')).toBe(false);
  });

  it('unordered: the top-level array in any order, with repeats counted', () => {
    expect(outputsMatch([3, 1, 2], [1, 2, 3], 'unordered')).toBe(true);
    expect(outputsMatch([[1, 2], { x: 1, y: 2 }], [{ y: 2, x: 1 }, [1, 2]], 'unordered')).toBe(true);
    expect(outputsMatch([1, 1, 2], [1, 2, 2], 'unordered')).toBe(false);
    expect(outputsMatch([1, 2], [1, 2, 2], 'unordered')).toBe(false);
    // Only the top level is unordered: inner arrays keep their order.
    expect(outputsMatch([[2, 1]], [[1, 2]], 'unordered')).toBe(false);
    expect(outputsMatch('ab', 'ab', 'unordered')).toBe(true);
  });

  it('tolerance: every number at any depth within an absolute or relative error', () => {
    const tolerance = { tolerance: 1e-6 };
    expect(outputsMatch(0.1 + 0.2, 0.3, tolerance)).toBe(true);
    expect(outputsMatch({ mean: 2.0000001, values: [1e9 + 1] }, { mean: 2, values: [1e9] }, tolerance)).toBe(
      true,
    );
    expect(outputsMatch(1.001, 1, tolerance)).toBe(false);
    expect(outputsMatch([1, 2], [1], tolerance)).toBe(false);
    expect(outputsMatch('0.3', 0.3, tolerance)).toBe(false);
  });
});
