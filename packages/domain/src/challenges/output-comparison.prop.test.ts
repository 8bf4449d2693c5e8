import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonValue, outputsMatch } from './output-comparison';

// Values as JSON.parse gives them: no -0, no NaN, no undefined.
const json = fc
  .jsonValue({ maxDepth: 3, noUnicodeString: true })
  .map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

/** A deterministic shuffle driven by fast-check's seed, so failures shrink and replay. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('outputsMatch properties', () => {
  it('exact is deep equality: a value matches its structural copy, and matches another value iff their canonical JSON agree', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(outputsMatch(a, structuredClone(a), 'exact')).toBe(true);
        expect(outputsMatch(a, b, 'exact')).toBe(outputsMatch(b, a, 'exact'));
        const sameText = JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
        expect(outputsMatch(a, b, 'exact')).toBe(sameText);
      }),
    );
  });

  it('unordered does not depend on the order of either array, and agrees with exact on sorted copies', () => {
    fc.assert(
      fc.property(
        fc.array(json, { maxLength: 8 }),
        fc.array(json, { maxLength: 8 }),
        fc.integer(),
        (a, b, seed) => {
          const verdict = outputsMatch(a, b, 'unordered');
          expect(outputsMatch(shuffle(a, seed), b, 'unordered')).toBe(verdict);
          expect(outputsMatch(a, shuffle(b, seed + 1), 'unordered')).toBe(verdict);
          expect(outputsMatch(shuffle(a, seed), a, 'unordered')).toBe(true);
          const byText = (values: readonly JsonValue[]) =>
            values.map((v) => JSON.stringify(sortKeys(v))).sort();
          expect(verdict).toBe(JSON.stringify(byText(a)) === JSON.stringify(byText(b)));
        },
      ),
    );
  });

  it('a tolerance is symmetric, accepts any value itself and is never stricter than exact', () => {
    fc.assert(
      fc.property(
        fc.array(finite, { maxLength: 5 }),
        fc.array(finite, { maxLength: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, tolerance) => {
          const comparison = { tolerance };
          expect(outputsMatch(a, b, comparison)).toBe(outputsMatch(b, a, comparison));
          expect(outputsMatch(a, a, comparison)).toBe(true);
          if (outputsMatch(a, b, 'exact')) expect(outputsMatch(a, b, comparison)).toBe(true);
        },
      ),
    );
  });

  it('a tolerance rejects numbers further apart than both the absolute and the relative bound', () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 1e-9, max: 1e-3, noNaN: true }), (x, tolerance) => {
        const gap = 2 * tolerance * Math.max(1, Math.abs(x)) + 1e-9;
        fc.pre(x + gap !== x);
        expect(outputsMatch(x + gap, x, { tolerance })).toBe(false);
      }),
    );
  });
});

function sortKeys(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortKeys);
  const object = value as { readonly [key: string]: JsonValue };
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortKeys(object[key] as JsonValue)]),
  );
}
