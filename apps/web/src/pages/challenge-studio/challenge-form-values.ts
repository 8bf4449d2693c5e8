import {
  type Difficulty,
  LANGUAGES,
  type Language,
  type StudioChallenge,
  type StudioTest,
} from '../../lib/challenge-format';
import type { RouterInputs, SkillLevel } from '../../lib/router-types';

export type ComparisonKind = 'exact' | 'unordered' | 'tolerance';

/** One test as the author edits it: input and expected as JSON text until saved. */
export interface TestRow {
  /** React's key: stays with the row when rows move. */
  key: string;
  id: string;
  input: string;
  expected: string;
  comparison: ComparisonKind;
  tolerance: number;
  visibility: StudioTest['visibility'];
}

export interface ChallengeFormValues {
  title: string;
  slug: string;
  statement: string;
  difficulty: Difficulty;
  skills: { name: string; level: SkillLevel }[];
  languages: Language[];
  starterCode: Record<Language, string>;
  entryFunction: string;
  tests: TestRow[];
  limits: { timeMs: number; memoryMb: number; outputBytes: number };
  referenceLanguage: Language;
  referenceSource: string;
}

export type DetailsPayload = RouterInputs['challengeStudio']['create']['details'];
export type GradingPayload = RouterInputs['challengeStudio']['create']['grading'];

/** The order fields appear on the page, for focusing the first one with an error. */
export const FIELD_ORDER = [
  'title',
  'slug',
  'statement',
  'skills',
  'languages',
  'starterCode',
  'entryFunction',
  'tests',
  'limits.timeMs',
  'limits.memoryMb',
  'limits.outputBytes',
  'referenceSource',
] as const;

/** The server names the reference solution `referenceSolution`; the form keeps its source apart. */
export function toFormErrors(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, message]) => [
      field.startsWith('referenceSolution') ? 'referenceSource' : field,
      message,
    ]),
  );
}

const STARTER: Record<Language, string> = {
  javascript: 'function solve(input) {\n  // Your code here\n}\n',
  typescript: 'function solve(input: unknown): unknown {\n  // Your code here\n}\n',
};

let rowCounter = 0;
const nextRowKey = () => `row-${++rowCounter}`;

export function newTestRow(existing: readonly TestRow[], visibility: TestRow['visibility']): TestRow {
  const ids = new Set(existing.map((row) => row.id));
  let n = existing.length + 1;
  while (ids.has(`test-${n}`)) n += 1;
  return {
    key: nextRowKey(),
    id: `test-${n}`,
    input: '[]',
    expected: 'null',
    comparison: 'exact',
    tolerance: 0.000001,
    visibility,
  };
}

function toTestRow(test: StudioTest): TestRow {
  const c = test.comparison;
  return {
    key: nextRowKey(),
    id: test.id,
    input: JSON.stringify(test.input),
    expected: JSON.stringify(test.expected),
    comparison: typeof c === 'object' ? 'tolerance' : c,
    tolerance: typeof c === 'object' ? c.tolerance : 0.000001,
    visibility: test.visibility,
  };
}

export function toFormValues(challenge: StudioChallenge | undefined): ChallengeFormValues {
  if (!challenge) {
    const first = newTestRow([], 'sample');
    return {
      title: '',
      slug: '',
      statement: '',
      difficulty: 'easy',
      skills: [{ name: '', level: 'beginner' }],
      languages: ['javascript', 'typescript'],
      starterCode: { ...STARTER },
      entryFunction: 'solve',
      tests: [first, newTestRow([first], 'hidden')],
      limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
      referenceLanguage: 'javascript',
      referenceSource: STARTER.javascript,
    };
  }
  return {
    title: challenge.title,
    slug: challenge.slug,
    statement: challenge.statement,
    difficulty: challenge.difficulty,
    skills: challenge.skills.map((s) => ({ name: s.name, level: s.level })),
    languages: LANGUAGES.filter((l) => challenge.starterCode[l] !== undefined),
    starterCode: {
      javascript: challenge.starterCode.javascript ?? STARTER.javascript,
      typescript: challenge.starterCode.typescript ?? STARTER.typescript,
    },
    entryFunction: challenge.entryFunction,
    tests: challenge.tests.map(toTestRow),
    limits: { ...challenge.limits },
    referenceLanguage: challenge.referenceSolution.language,
    referenceSource: challenge.referenceSolution.source,
  };
}

/** Parses JSON text; undefined when it is not JSON. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

export function toDetailsPayload(values: ChallengeFormValues): DetailsPayload {
  return {
    title: values.title.trim(),
    slug: values.slug.trim(),
    statement: values.statement,
    difficulty: values.difficulty,
    skills: values.skills
      .filter((skill) => skill.name.trim())
      .map((skill) => ({ name: skill.name.trim().toLowerCase(), level: skill.level })),
    starterCode: Object.fromEntries(values.languages.map((l) => [l, values.starterCode[l]])),
  };
}

/** Call only on validated values: every test's JSON parses. */
export function toGradingPayload(values: ChallengeFormValues): GradingPayload {
  return {
    entryFunction: values.entryFunction.trim(),
    tests: values.tests.map((row) => ({
      id: row.id,
      input: JSON.parse(row.input),
      expected: JSON.parse(row.expected),
      comparison: row.comparison === 'tolerance' ? { tolerance: row.tolerance } : row.comparison,
      visibility: row.visibility,
    })),
    limits: { ...values.limits },
    referenceSolution: { language: values.referenceLanguage, source: values.referenceSource },
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

/** Checks the browser can make before the server does (the server still decides). */
export const formRules = {
  title: (v: string) => {
    const length = v.trim().length;
    if (!length) return 'Enter a title.';
    return length < 3 || length > 120 ? 'Use 3–120 characters.' : null;
  },
  slug: (v: string) =>
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v.length <= 60
      ? null
      : 'Use up to 60 lower-case letters, digits and single dashes.',
  statement: (v: string) => (v.trim() ? null : 'Write the problem statement.'),
  languages: (v: Language[]) => (v.length ? null : 'Offer at least one language.'),
  entryFunction: (v: string) =>
    IDENTIFIER.test(v.trim()) ? null : 'Name the entry function with a JavaScript identifier, e.g. twoSum.',
  tests: {
    input: (v: string) => {
      const parsed = parseJson(v);
      if (!parsed) return 'Not valid JSON.';
      return Array.isArray(parsed.value) ? null : 'Write the arguments as a JSON array, e.g. [[1, 2], 3].';
    },
    expected: (v: string) => (parseJson(v) ? null : 'Not valid JSON.'),
    tolerance: (v: number, values: ChallengeFormValues, path: string) => {
      const index = Number(path.split('.')[1]);
      if (values.tests[index]?.comparison !== 'tolerance') return null;
      return v > 0 && v < 1 ? null : 'Between 0 and 1, e.g. 0.000001.';
    },
  },
  limits: {
    timeMs: (v: number) => (Number.isInteger(v) && v >= 50 && v <= 10_000 ? null : 'Allow 50–10,000 ms.'),
    memoryMb: (v: number) => (Number.isInteger(v) && v >= 8 && v <= 512 ? null : 'Allow 8–512 MB.'),
    outputBytes: (v: number) =>
      Number.isInteger(v) && v >= 1_024 && v <= 1_048_576 ? null : 'Allow 1,024–1,048,576 bytes.',
  },
  referenceSource: (v: string) => (v.trim() ? null : 'Write the reference solution every test must pass.'),
};

/** Whole-list checks that belong to no single row. */
export function testListError(tests: readonly TestRow[]): string | null {
  if (tests.length === 0) return 'Add at least one test.';
  if (!tests.some((t) => t.visibility === 'sample') || !tests.some((t) => t.visibility === 'hidden')) {
    return 'Give at least one sample test (shown to learners) and one hidden test.';
  }
  return null;
}
