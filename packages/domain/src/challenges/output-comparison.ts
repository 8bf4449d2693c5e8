/** A value that survives JSON: what a test's input, expected output and actual output are made of. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * How a test's actual output is checked against the expected one: `exact` is deep equality (object
 * keys in any order, arrays in order); `unordered` accepts a top-level array in any order (its
 * elements still compared exactly); a tolerance compares every number, at any depth, within an
 * absolute or relative error of `tolerance`.
 */
export type OutputComparison = 'exact' | 'unordered' | { readonly tolerance: number };

export function outputsMatch(actual: JsonValue, expected: JsonValue, comparison: OutputComparison): boolean {
  if (comparison === 'exact') return deepEqual(actual, expected, sameNumber);
  if (comparison === 'unordered') {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return deepEqual(actual, expected, sameNumber);
    return sameMultiset(actual, expected);
  }
  const { tolerance } = comparison;
  return deepEqual(actual, expected, (a, b) => withinTolerance(a, b, tolerance));
}

type NumbersEqual = (a: number, b: number) => boolean;

function sameNumber(a: number, b: number): boolean {
  return a === b;
}

function withinTolerance(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  const difference = Math.abs(a - b);
  return difference <= tolerance || difference <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function deepEqual(a: JsonValue, b: JsonValue, numbersEqual: NumbersEqual): boolean {
  if (typeof a === 'number' && typeof b === 'number') return numbersEqual(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index] as JsonValue, numbersEqual));
  }
  const objectA = a as { readonly [key: string]: JsonValue };
  const objectB = b as { readonly [key: string]: JsonValue };
  const keys = Object.keys(objectA);
  if (keys.length !== Object.keys(objectB).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(objectB, key) &&
      deepEqual(objectA[key] as JsonValue, objectB[key] as JsonValue, numbersEqual),
  );
}

/** Equal as multisets: each element is matched once, by its canonical (key-sorted) JSON text. */
function sameMultiset(actual: readonly JsonValue[], expected: readonly JsonValue[]): boolean {
  if (actual.length !== expected.length) return false;
  const counts = new Map<string, number>();
  for (const item of expected) {
    const key = canonicalJson(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of actual) {
    const key = canonicalJson(item);
    const left = counts.get(key) ?? 0;
    if (left === 0) return false;
    counts.set(key, left - 1);
  }
  return true;
}

function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as { readonly [key: string]: JsonValue };
  const entries = Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key] as JsonValue)}`);
  return `{${entries.join(',')}}`;
}
