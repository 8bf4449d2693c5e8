import type {
  ChallengeDetailsInput,
  ChallengeLimits,
  ChallengeTest,
  Difficulty,
  GradingSpecInput,
  JsonValue,
  OutputComparison,
} from '@talentsphere/domain/challenges';

// The coding challenges a fresh TalentSphere offers: well-known problems with real statements, sample
// tests a learner sees, hidden tests with the edge cases and the large inputs that decide a verdict, and
// a reference solution that passes every one of them (checked in the unit and integration tests).

export interface DemoChallenge {
  details: ChallengeDetailsInput;
  grading: GradingSpecInput;
}

interface Parameter {
  readonly name: string;
  /** A TypeScript type, also valid in a JSDoc comment. */
  readonly type: string;
}

interface Example {
  readonly id: string;
  readonly input: readonly JsonValue[];
  readonly expected: JsonValue;
  /** One or two sentences under the example in the statement. */
  readonly why?: string;
}

type HiddenCase = Omit<Example, 'why'>;

interface ChallengeSpec {
  readonly title: string;
  readonly slug: string;
  readonly difficulty: Difficulty;
  readonly skills: ChallengeDetailsInput['skills'];
  readonly entryFunction: string;
  readonly parameters: readonly Parameter[];
  readonly returns: string;
  /** The problem in markdown; the signature, examples and constraints are added after it. */
  readonly task: string;
  readonly constraints: readonly string[];
  readonly comparison?: OutputComparison;
  readonly samples: readonly Example[];
  readonly hidden: readonly HiddenCase[];
  readonly limits?: ChallengeLimits;
  /** JavaScript, so that it runs as both offered languages. */
  readonly reference: string;
}

const STANDARD_LIMITS: ChallengeLimits = { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 };
/** For problems whose large hidden tests do millions of steps even when solved well. */
const HEAVY_LIMITS: ChallengeLimits = { timeMs: 2_000, memoryMb: 128, outputBytes: 65_536 };

const range = <T>(length: number, item: (index: number) => T): T[] =>
  Array.from({ length }, (_, i) => item(i));

/** Reorders a list deterministically; `step` must share no factor with the list's length. */
const scatter = <T>(items: readonly T[], step: number): T[] =>
  items.map((_, i) => items[(i * step) % items.length] as T);

/** JSON with a space after each comma and colon, as a reader would write the call. */
function show(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  const object = value as { readonly [key: string]: JsonValue };
  return `{${Object.keys(object)
    .map((key) => `${JSON.stringify(key)}: ${show(object[key] as JsonValue)}`)
    .join(', ')}}`;
}

const signature = (spec: ChallengeSpec): string =>
  `function ${spec.entryFunction}(${spec.parameters.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${spec.returns}`;

function statement(spec: ChallengeSpec): string {
  const examples = spec.samples.map((example, index) => {
    const call = `${spec.entryFunction}(${example.input.map(show).join(', ')})`;
    const why = example.why ? `\n\n${example.why}` : '';
    return `**Example ${index + 1}**\n\n\`\`\`js\n${call}\n// → ${show(example.expected)}\n\`\`\`${why}`;
  });
  return [
    spec.task.trim(),
    `## Function\n\n\`\`\`ts\n${signature(spec)}\n\`\`\``,
    `## Examples\n\n${examples.join('\n\n')}`,
    `## Constraints\n\n${spec.constraints.map((line) => `- ${line}`).join('\n')}`,
  ].join('\n\n');
}

function starterCode(spec: ChallengeSpec): ChallengeDetailsInput['starterCode'] {
  const jsdoc = [
    '/**',
    ...spec.parameters.map((p) => ` * @param {${p.type}} ${p.name}`),
    ` * @returns {${spec.returns}}`,
    ' */',
  ].join('\n');
  const names = spec.parameters.map((p) => p.name).join(', ');
  const body = '  // Write your solution here.\n}\n';
  return {
    javascript: `${jsdoc}\nfunction ${spec.entryFunction}(${names}) {\n${body}`,
    typescript: `${signature(spec)} {\n${body}`,
  };
}

function challenge(spec: ChallengeSpec): DemoChallenge {
  const comparison = spec.comparison ?? 'exact';
  const tests: ChallengeTest[] = [
    ...spec.samples.map(({ id, input, expected }) => ({
      id,
      input,
      expected,
      comparison,
      visibility: 'sample' as const,
    })),
    ...spec.hidden.map(({ id, input, expected }) => ({
      id,
      input,
      expected,
      comparison,
      visibility: 'hidden' as const,
    })),
  ];
  return {
    details: {
      title: spec.title,
      slug: spec.slug,
      statement: statement(spec),
      difficulty: spec.difficulty,
      skills: spec.skills,
      starterCode: starterCode(spec),
    },
    grading: {
      entryFunction: spec.entryFunction,
      tests,
      limits: spec.limits ?? STANDARD_LIMITS,
      referenceSolution: { language: 'javascript', source: spec.reference.trim() },
    },
  };
}

// ---------------------------------------------------------------------------------------------- easy

const twoSumLarge = range(10_000, (i) => 4 * i - 20_000);
// Every other value is a multiple of 4, so only these two (each 1 more than a multiple of 4) reach a
// target that is 2 more than one.
twoSumLarge[3_137] = -7;
twoSumLarge[9_998] = 40_001;

const twoSum = challenge({
  title: 'Two Sum',
  slug: 'two-sum',
  difficulty: 'easy',
  skills: [
    { name: 'algorithms', level: 'beginner' },
    { name: 'data structures', level: 'beginner' },
  ],
  entryFunction: 'twoSum',
  parameters: [
    { name: 'nums', type: 'number[]' },
    { name: 'target', type: 'number' },
  ],
  returns: 'number[]',
  task: `Given an array of integers \`nums\` and an integer \`target\`, return the indices of the two numbers that add up to \`target\`, as \`[i, j]\` with \`i < j\`.

Each input has exactly one solution, and you may not use the same element twice. A hash map turns the obvious nested loop into a single pass.`,
  constraints: [
    '`2 ≤ nums.length ≤ 10,000`',
    '`-10⁹ ≤ nums[i], target ≤ 10⁹`',
    'Exactly one pair adds up to `target`.',
  ],
  samples: [
    { id: 'basic', input: [[2, 7, 11, 15], 9], expected: [0, 1], why: '`nums[0] + nums[1] = 2 + 7 = 9`.' },
    { id: 'middle', input: [[3, 2, 4], 6], expected: [1, 2], why: '`3 + 3` would use index 0 twice.' },
  ],
  hidden: [
    { id: 'same-value', input: [[3, 3], 6], expected: [0, 1] },
    { id: 'negatives', input: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { id: 'zeros', input: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { id: 'mixed-signs', input: [[-3, 4, 3, 90], 0], expected: [0, 2] },
    { id: 'far-apart', input: [[1, 5, 9, 13, 2], 3], expected: [0, 4] },
    { id: 'extremes', input: [[1_000_000_000, -999_999_999, 5], 1], expected: [0, 1] },
    { id: 'large', input: [twoSumLarge, 39_994], expected: [3_137, 9_998] },
  ],
  reference: `
function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const partner = seen.get(target - nums[i]);
    if (partner !== undefined) return [partner, i];
    seen.set(nums[i], i);
  }
  return [];
}`,
});

const validParentheses = challenge({
  title: 'Valid Parentheses',
  slug: 'valid-parentheses',
  difficulty: 'easy',
  skills: [
    { name: 'data structures', level: 'beginner' },
    { name: 'strings', level: 'beginner' },
  ],
  entryFunction: 'isValid',
  parameters: [{ name: 's', type: 'string' }],
  returns: 'boolean',
  task: `Given a string \`s\` made only of the brackets \`(\`, \`)\`, \`[\`, \`]\`, \`{\` and \`}\`, decide whether it is valid:

- every opening bracket is closed by a bracket of the same type,
- brackets are closed in the reverse order they were opened,
- every closing bracket has an opening bracket before it.

The empty string is valid.`,
  constraints: ['`0 ≤ s.length ≤ 60,000`', '`s` contains only `()[]{}`'],
  samples: [
    { id: 'all-kinds', input: ['()[]{}'], expected: true },
    { id: 'mismatch', input: ['(]'], expected: false, why: 'A `(` cannot be closed by `]`.' },
    { id: 'nested', input: ['{[]}'], expected: true },
  ],
  hidden: [
    { id: 'empty', input: [''], expected: true },
    { id: 'single-open', input: ['('], expected: false },
    { id: 'single-close', input: [']'], expected: false },
    { id: 'interleaved', input: ['([)]'], expected: false },
    { id: 'deep', input: ['{[()()]}'], expected: true },
    { id: 'close-first', input: [')('], expected: false },
    { id: 'unclosed-tail', input: ['(()'], expected: false },
    { id: 'large-balanced', input: ['({['.repeat(10_000) + ']})'.repeat(10_000)], expected: true },
    { id: 'large-unbalanced', input: ['('.repeat(25_000) + ')'.repeat(24_999)], expected: false },
  ],
  reference: `
function isValid(s) {
  const opening = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if (stack.pop() !== opening[ch]) return false;
  }
  return stack.length === 0;
}`,
});

const reverseWordsWords = range(5_000, (i) => `w${i}`);

const reverseWords = challenge({
  title: 'Reverse Words in a String',
  slug: 'reverse-words',
  difficulty: 'easy',
  skills: [{ name: 'strings', level: 'beginner' }],
  entryFunction: 'reverseWords',
  parameters: [{ name: 's', type: 'string' }],
  returns: 'string',
  task: `Given a string \`s\`, return its words in reverse order, joined by a single space.

A word is a run of characters other than the space \`' '\`. \`s\` may have spaces before, after and between words (several in a row); the answer has none at either end and exactly one between words.`,
  constraints: ['`0 ≤ s.length ≤ 40,000`', 'The only whitespace in `s` is the space character.'],
  samples: [
    { id: 'sentence', input: ['the sky is blue'], expected: 'blue is sky the' },
    {
      id: 'padded',
      input: ['  hello world  '],
      expected: 'world hello',
      why: 'The spaces at both ends are dropped.',
    },
  ],
  hidden: [
    { id: 'empty', input: [''], expected: '' },
    { id: 'only-spaces', input: ['     '], expected: '' },
    { id: 'single-word', input: ['alone'], expected: 'alone' },
    { id: 'inner-spaces', input: ['a good   example'], expected: 'example good a' },
    { id: 'punctuation', input: ['Hello, world! 42'], expected: '42 world! Hello,' },
    { id: 'capitals', input: ['Bob Loves Alice'], expected: 'Alice Loves Bob' },
    {
      id: 'large',
      input: [` ${reverseWordsWords.join('   ')} `],
      expected: range(reverseWordsWords.length, (i) => `w${reverseWordsWords.length - 1 - i}`).join(' '),
    },
  ],
  reference: `
function reverseWords(s) {
  return s.split(' ').filter((word) => word.length > 0).reverse().join(' ');
}`,
});

// FizzBuzz repeats every 15 numbers: the expected lists follow that cycle rather than re-deriving it.
const FIZZ_BUZZ_CYCLE = [
  '',
  '',
  'Fizz',
  '',
  'Buzz',
  'Fizz',
  '',
  '',
  'Fizz',
  'Buzz',
  '',
  'Fizz',
  '',
  '',
  'FizzBuzz',
];
const fizzBuzzUpTo = (n: number): string[] => range(n, (i) => FIZZ_BUZZ_CYCLE[i % 15] || String(i + 1));

const fizzBuzz = challenge({
  title: 'FizzBuzz',
  slug: 'fizzbuzz',
  difficulty: 'easy',
  skills: [{ name: 'algorithms', level: 'beginner' }],
  entryFunction: 'fizzBuzz',
  parameters: [{ name: 'n', type: 'number' }],
  returns: 'string[]',
  task: `Return a list of \`n\` strings, one for each number \`i\` from 1 to \`n\`:

- \`"FizzBuzz"\` if \`i\` is divisible by both 3 and 5,
- \`"Fizz"\` if \`i\` is divisible by 3 only,
- \`"Buzz"\` if \`i\` is divisible by 5 only,
- otherwise \`i\` itself, as a string.`,
  constraints: ['`0 ≤ n ≤ 3,000`'],
  samples: [
    { id: 'three', input: [3], expected: ['1', '2', 'Fizz'] },
    { id: 'five', input: [5], expected: ['1', '2', 'Fizz', '4', 'Buzz'] },
  ],
  hidden: [
    { id: 'zero', input: [0], expected: [] },
    { id: 'one', input: [1], expected: ['1'] },
    {
      id: 'fifteen',
      input: [15],
      expected: [
        '1',
        '2',
        'Fizz',
        '4',
        'Buzz',
        'Fizz',
        '7',
        '8',
        'Fizz',
        'Buzz',
        '11',
        'Fizz',
        '13',
        '14',
        'FizzBuzz',
      ],
    },
    { id: 'sixteen', input: [16], expected: fizzBuzzUpTo(16) },
    { id: 'hundred', input: [100], expected: fizzBuzzUpTo(100) },
    { id: 'large', input: [3_000], expected: fizzBuzzUpTo(3_000) },
  ],
  reference: `
function fizzBuzz(n) {
  const answer = [];
  for (let i = 1; i <= n; i++) {
    if (i % 15 === 0) answer.push('FizzBuzz');
    else if (i % 3 === 0) answer.push('Fizz');
    else if (i % 5 === 0) answer.push('Buzz');
    else answer.push(String(i));
  }
  return answer;
}`,
});

const evensFromMinus10000 = range(12_000, (i) => 2 * i - 10_000);

const binarySearch = challenge({
  title: 'Binary Search',
  slug: 'binary-search',
  difficulty: 'easy',
  skills: [{ name: 'algorithms', level: 'beginner' }],
  entryFunction: 'search',
  parameters: [
    { name: 'nums', type: 'number[]' },
    { name: 'target', type: 'number' },
  ],
  returns: 'number',
  task: `Given an array of distinct integers \`nums\` sorted in ascending order and an integer \`target\`, return the index of \`target\` in \`nums\`, or \`-1\` if it is not there.

Aim for \`O(log n)\` comparisons: halve the range that can still hold \`target\` at every step.`,
  constraints: [
    '`0 ≤ nums.length ≤ 12,000`',
    '`-10⁴ ≤ nums[i], target ≤ 10⁵`',
    '`nums` is sorted ascending and has no duplicates.',
  ],
  samples: [
    { id: 'found', input: [[-1, 0, 3, 5, 9, 12], 9], expected: 4, why: '`9` is at index 4.' },
    { id: 'missing', input: [[-1, 0, 3, 5, 9, 12], 2], expected: -1 },
  ],
  hidden: [
    { id: 'empty', input: [[], 5], expected: -1 },
    { id: 'single-hit', input: [[5], 5], expected: 0 },
    { id: 'single-miss', input: [[5], -5], expected: -1 },
    { id: 'first', input: [[1, 3, 5, 7], 1], expected: 0 },
    { id: 'last', input: [[1, 3, 5, 7], 7], expected: 3 },
    { id: 'below-all', input: [[1, 3, 5, 7], 0], expected: -1 },
    { id: 'above-all', input: [[1, 3, 5, 7], 8], expected: -1 },
    { id: 'large-hit', input: [evensFromMinus10000, 5_554], expected: 7_777 },
    { id: 'large-first', input: [evensFromMinus10000, -10_000], expected: 0 },
    { id: 'large-miss', input: [evensFromMinus10000, 5_555], expected: -1 },
  ],
  reference: `
function search(nums, target) {
  let low = 0;
  let high = nums.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (nums[middle] === target) return middle;
    if (nums[middle] < target) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}`,
});

const ROMAN_TABLE =
  '| Symbol | I | V | X | L | C | D | M |\n|---|---|---|---|---|---|---|---|\n| Value | 1 | 5 | 10 | 50 | 100 | 500 | 1000 |';

const romanToInteger = challenge({
  title: 'Roman to Integer',
  slug: 'roman-to-integer',
  difficulty: 'easy',
  skills: [
    { name: 'strings', level: 'beginner' },
    { name: 'algorithms', level: 'beginner' },
  ],
  entryFunction: 'romanToInt',
  parameters: [{ name: 's', type: 'string' }],
  returns: 'number',
  task: `Convert a Roman numeral to the integer it stands for.

${ROMAN_TABLE}

Symbols are written from largest to smallest and added up, except for six subtractive pairs where a smaller symbol comes first: \`IV\` (4), \`IX\` (9), \`XL\` (40), \`XC\` (90), \`CD\` (400) and \`CM\` (900).`,
  constraints: ['`s` is a valid Roman numeral for a number from 1 to 3,999.'],
  samples: [
    { id: 'three', input: ['III'], expected: 3 },
    { id: 'fifty-eight', input: ['LVIII'], expected: 58, why: '`L = 50`, `V = 5`, `III = 3`.' },
  ],
  hidden: [
    { id: 'one', input: ['I'], expected: 1 },
    { id: 'four', input: ['IV'], expected: 4 },
    { id: 'nine', input: ['IX'], expected: 9 },
    { id: 'forty', input: ['XL'], expected: 40 },
    { id: 'ninety', input: ['XC'], expected: 90 },
    { id: 'four-hundred', input: ['CD'], expected: 400 },
    { id: 'nine-hundred', input: ['CM'], expected: 900 },
    { id: 'year-1994', input: ['MCMXCIV'], expected: 1_994 },
    { id: 'year-2026', input: ['MMXXVI'], expected: 2_026 },
    { id: 'eight-ninety', input: ['DCCCXC'], expected: 890 },
    { id: 'maximum', input: ['MMMCMXCIX'], expected: 3_999 },
  ],
  reference: `
function romanToInt(s) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = values[s[i]];
    const next = i + 1 < s.length ? values[s[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total;
}`,
});

const integerToRoman = challenge({
  title: 'Integer to Roman',
  slug: 'integer-to-roman',
  difficulty: 'easy',
  skills: [
    { name: 'strings', level: 'beginner' },
    { name: 'algorithms', level: 'beginner' },
  ],
  entryFunction: 'intToRoman',
  parameters: [{ name: 'num', type: 'number' }],
  returns: 'string',
  task: `Write the integer \`num\` as a Roman numeral.

${ROMAN_TABLE}

Use the largest symbols first, and the subtractive forms \`IV\` (4), \`IX\` (9), \`XL\` (40), \`XC\` (90), \`CD\` (400) and \`CM\` (900) instead of four equal symbols in a row: 4 is \`IV\`, never \`IIII\`.`,
  constraints: ['`1 ≤ num ≤ 3,999`'],
  samples: [
    { id: 'three', input: [3], expected: 'III' },
    { id: 'fifty-eight', input: [58], expected: 'LVIII', why: '`50 + 5 + 3`.' },
  ],
  hidden: [
    { id: 'one', input: [1], expected: 'I' },
    { id: 'four', input: [4], expected: 'IV' },
    { id: 'nine', input: [9], expected: 'IX' },
    { id: 'forty', input: [40], expected: 'XL' },
    { id: 'ninety', input: [90], expected: 'XC' },
    { id: 'four-forty-four', input: [444], expected: 'CDXLIV' },
    { id: 'year-1994', input: [1_994], expected: 'MCMXCIV' },
    { id: 'year-2026', input: [2_026], expected: 'MMXXVI' },
    { id: 'longest', input: [3_888], expected: 'MMMDCCCLXXXVIII' },
    { id: 'maximum', input: [3_999], expected: 'MMMCMXCIX' },
  ],
  reference: `
function intToRoman(num) {
  const symbols = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = num;
  let roman = '';
  for (const [value, symbol] of symbols) {
    while (rest >= value) {
      roman += symbol;
      rest -= value;
    }
  }
  return roman;
}`,
});

// -------------------------------------------------------------------------------------------- medium

// Groups of rotations of "xyz" + "q" for every three letters x < y < z from a–p: rotations are anagrams
// of each other, and no two groups share their letters. The input deals the groups out in turns.
const ANAGRAM_LETTERS = 'abcdefghijklmnop';
const anagramGroups: string[][] = [];
for (let x = 0; x < ANAGRAM_LETTERS.length; x++) {
  for (let y = x + 1; y < ANAGRAM_LETTERS.length; y++) {
    for (let z = y + 1; z < ANAGRAM_LETTERS.length; z++) {
      const word = `${ANAGRAM_LETTERS[x]}${ANAGRAM_LETTERS[y]}${ANAGRAM_LETTERS[z]}q`;
      anagramGroups.push(range(4, (r) => word.slice(r) + word.slice(0, r)));
    }
  }
}

const groupAnagrams = challenge({
  title: 'Group Anagrams',
  slug: 'group-anagrams',
  difficulty: 'medium',
  skills: [
    { name: 'strings', level: 'intermediate' },
    { name: 'data structures', level: 'intermediate' },
  ],
  entryFunction: 'groupAnagrams',
  parameters: [{ name: 'words', type: 'string[]' }],
  returns: 'string[][]',
  task: `Group the words that are anagrams of each other: words made of exactly the same letters, each used as many times.

Within a group, keep the words in the order they appear in \`words\` (a repeated word appears as often as it is given). The groups themselves may come in any order.`,
  constraints: [
    '`0 ≤ words.length ≤ 3,000`',
    '`0 ≤ words[i].length ≤ 100`',
    '`words[i]` has lower-case English letters only.',
  ],
  comparison: 'unordered',
  samples: [
    {
      id: 'classic',
      input: [['eat', 'tea', 'tan', 'ate', 'nat', 'bat']],
      expected: [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']],
      why: 'Any order of the three groups is accepted; the words inside a group keep their input order.',
    },
    { id: 'empty-word', input: [['']], expected: [['']] },
  ],
  hidden: [
    { id: 'no-words', input: [[]], expected: [] },
    { id: 'single', input: [['a']], expected: [['a']] },
    { id: 'duplicates', input: [['ab', 'ba', 'ab']], expected: [['ab', 'ba', 'ab']] },
    { id: 'no-anagrams', input: [['abc', 'def', 'ghi']], expected: [['abc'], ['def'], ['ghi']] },
    {
      id: 'letter-counts',
      input: [['aab', 'aba', 'abb', 'bab', 'baa']],
      expected: [
        ['aab', 'aba', 'baa'],
        ['abb', 'bab'],
      ],
    },
    { id: 'several-empty', input: [['', 'b', '', '']], expected: [['', '', ''], ['b']] },
    {
      id: 'same-length-different-letters',
      input: [['abc', 'abd', 'bca', 'dba']],
      expected: [
        ['abc', 'bca'],
        ['abd', 'dba'],
      ],
    },
    {
      id: 'large',
      input: [range(4, (r) => anagramGroups.map((group) => group[r] as string)).flat()],
      expected: anagramGroups,
    },
  ],
  reference: `
function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words) {
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}`,
});

const mergeIntervals = challenge({
  title: 'Merge Intervals',
  slug: 'merge-intervals',
  difficulty: 'medium',
  skills: [
    { name: 'algorithms', level: 'intermediate' },
    { name: 'sorting', level: 'intermediate' },
  ],
  entryFunction: 'mergeIntervals',
  parameters: [{ name: 'intervals', type: 'number[][]' }],
  returns: 'number[][]',
  task: `Each interval \`[start, end]\` covers every number from \`start\` to \`end\`, both included. Merge all overlapping intervals and return the result sorted by \`start\`.

Intervals that only touch, such as \`[1, 4]\` and \`[4, 5]\`, overlap. The input is not necessarily sorted.`,
  constraints: [
    '`0 ≤ intervals.length ≤ 3,000`',
    '`intervals[i].length == 2`',
    '`-10⁴ ≤ start ≤ end ≤ 2 · 10⁴`',
  ],
  samples: [
    {
      id: 'classic',
      input: [
        [
          [1, 3],
          [2, 6],
          [8, 10],
          [15, 18],
        ],
      ],
      expected: [
        [1, 6],
        [8, 10],
        [15, 18],
      ],
      why: '`[1, 3]` and `[2, 6]` overlap and become `[1, 6]`.',
    },
    {
      id: 'touching',
      input: [
        [
          [1, 4],
          [4, 5],
        ],
      ],
      expected: [[1, 5]],
    },
  ],
  hidden: [
    { id: 'empty', input: [[]], expected: [] },
    { id: 'single', input: [[[5, 7]]], expected: [[5, 7]] },
    {
      id: 'unsorted',
      input: [
        [
          [8, 10],
          [1, 3],
          [2, 6],
        ],
      ],
      expected: [
        [1, 6],
        [8, 10],
      ],
    },
    {
      id: 'contained',
      input: [
        [
          [1, 10],
          [2, 3],
          [4, 8],
        ],
      ],
      expected: [[1, 10]],
    },
    {
      id: 'negatives',
      input: [
        [
          [-5, -1],
          [-3, 2],
          [4, 4],
        ],
      ],
      expected: [
        [-5, 2],
        [4, 4],
      ],
    },
    {
      id: 'points',
      input: [
        [
          [2, 2],
          [2, 2],
          [1, 1],
        ],
      ],
      expected: [
        [1, 1],
        [2, 2],
      ],
    },
    {
      id: 'chain',
      input: [
        [
          [1, 2],
          [2, 3],
          [3, 4],
          [4, 5],
        ],
      ],
      expected: [[1, 5]],
    },
    {
      id: 'gap-of-one',
      input: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      expected: [
        [1, 2],
        [3, 4],
      ],
    },
    {
      id: 'large-disjoint',
      input: [range(3_000, (i) => [3 * (2_999 - i), 3 * (2_999 - i) + 1])],
      expected: range(3_000, (i) => [3 * i, 3 * i + 1]),
    },
    {
      id: 'large-overlapping',
      input: [
        scatter(
          range(3_000, (i) => [i, i + 2]),
          7_919,
        ),
      ],
      expected: [[0, 3_001]],
    },
  ],
  reference: `
function mergeIntervals(intervals) {
  const sorted = intervals.map(([start, end]) => [start, end]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}`,
});

const longestSubstring = challenge({
  title: 'Longest Substring Without Repeating Characters',
  slug: 'longest-substring-without-repeats',
  difficulty: 'medium',
  skills: [
    { name: 'strings', level: 'intermediate' },
    { name: 'algorithms', level: 'intermediate' },
  ],
  entryFunction: 'lengthOfLongestSubstring',
  parameters: [{ name: 's', type: 'string' }],
  returns: 'number',
  task: `Return the length of the longest substring of \`s\` (a run of consecutive characters) in which no character appears twice.

A sliding window that remembers where each character was last seen does it in one pass.`,
  constraints: ['`0 ≤ s.length ≤ 60,000`', '`s` has English letters, digits, symbols and spaces.'],
  samples: [
    { id: 'abcabcbb', input: ['abcabcbb'], expected: 3, why: '`"abc"` is the longest such substring.' },
    { id: 'one-letter', input: ['bbbbb'], expected: 1 },
  ],
  hidden: [
    { id: 'empty', input: [''], expected: 0 },
    { id: 'single', input: ['a'], expected: 1 },
    { id: 'space', input: [' '], expected: 1 },
    { id: 'substring-not-subsequence', input: ['pwwkew'], expected: 3 },
    { id: 'restart-after-repeat', input: ['dvdf'], expected: 3 },
    { id: 'abba', input: ['abba'], expected: 2 },
    { id: 'all-distinct', input: ['abcdefghijklmnopqrstuvwxyz'], expected: 26 },
    { id: 'symbols', input: ['a1!a1!b2@'], expected: 6 },
    { id: 'large-cycle', input: ['abcdefghijklmnopqrstuvwxyz0123456789'.repeat(1_500)], expected: 36 },
    { id: 'large-run', input: [`${'a'.repeat(30_000)}bcdefg`], expected: 7 },
  ],
  reference: `
function lengthOfLongestSubstring(s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const previous = lastSeen.get(s[i]);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(s[i], i);
    best = Math.max(best, i - start + 1);
  }
  return best;
}`,
});

/** A rows × cols grid numbered 1, 2, 3, … along the clockwise spiral, walked by turning at each wall. */
function spiralNumbered(rows: number, cols: number): number[][] {
  const grid = range(rows, () => range(cols, () => 0));
  const moves = [
    [0, 1],
    [1, 0],
    [0, -1],
    [-1, 0],
  ] as const;
  let [row, col, direction] = [0, 0, 0];
  for (let next = 1; next <= rows * cols; next++) {
    grid[row]![col] = next;
    const [dr, dc] = moves[direction]!;
    if (grid[row + dr]?.[col + dc] !== 0) direction = (direction + 1) % 4;
    row += moves[direction]![0];
    col += moves[direction]![1];
  }
  return grid;
}

const spiralMatrix = challenge({
  title: 'Spiral Matrix',
  slug: 'spiral-matrix',
  difficulty: 'medium',
  skills: [
    { name: 'algorithms', level: 'intermediate' },
    { name: 'data structures', level: 'beginner' },
  ],
  entryFunction: 'spiralOrder',
  parameters: [{ name: 'matrix', type: 'number[][]' }],
  returns: 'number[]',
  task: `Return every element of an \`m × n\` matrix in spiral order: along the top row to the right, down the last column, back along the bottom row, up the first column, and so on inwards, clockwise.

An empty matrix (\`[]\`) has no elements.`,
  constraints: ['`0 ≤ m, n ≤ 100`', 'All rows have the same length.', '`-1,000 ≤ matrix[i][j] ≤ 10,000`'],
  samples: [
    {
      id: 'square',
      input: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: [1, 2, 3, 6, 9, 8, 7, 4, 5],
    },
    {
      id: 'wide',
      input: [
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
          [9, 10, 11, 12],
        ],
      ],
      expected: [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7],
    },
  ],
  hidden: [
    { id: 'empty', input: [[]], expected: [] },
    { id: 'single-cell', input: [[[7]]], expected: [7] },
    { id: 'single-row', input: [[[1, 2, 3]]], expected: [1, 2, 3] },
    { id: 'single-column', input: [[[1], [2], [3]]], expected: [1, 2, 3] },
    {
      id: 'two-by-two-negative',
      input: [
        [
          [-1, -2],
          [-3, -4],
        ],
      ],
      expected: [-1, -2, -4, -3],
    },
    {
      id: 'tall',
      input: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
        ],
      ],
      expected: [1, 2, 4, 6, 8, 7, 5, 3],
    },
    {
      id: 'four-by-four',
      input: [
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
          [9, 10, 11, 12],
          [13, 14, 15, 16],
        ],
      ],
      expected: [1, 2, 3, 4, 8, 12, 16, 15, 14, 13, 9, 5, 6, 7, 11, 10],
    },
    {
      id: 'five-by-three',
      input: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
          [10, 11, 12],
          [13, 14, 15],
        ],
      ],
      expected: [1, 2, 3, 6, 9, 12, 15, 14, 13, 10, 7, 4, 5, 8, 11],
    },
    { id: 'large', input: [spiralNumbered(60, 80)], expected: range(60 * 80, (i) => i + 1) },
    { id: 'large-tall', input: [spiralNumbered(100, 7)], expected: range(700, (i) => i + 1) },
  ],
  reference: `
function spiralOrder(matrix) {
  const order = [];
  if (matrix.length === 0) return order;
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let c = left; c <= right; c++) order.push(matrix[top][c]);
    for (let r = top + 1; r <= bottom; r++) order.push(matrix[r][right]);
    if (top < bottom) for (let c = right - 1; c >= left; c--) order.push(matrix[bottom][c]);
    if (left < right) for (let r = bottom - 1; r > top; r--) order.push(matrix[r][left]);
    top++;
    bottom--;
    left++;
    right--;
  }
  return order;
}`,
});

// Value v appears v + 1 times (v = 0…149), scattered: the ten most frequent are 140…149.
const frequencyRamp = range(150, (v) => range(v + 1, () => v)).flat();

const topKFrequent = challenge({
  title: 'Top K Frequent Elements',
  slug: 'top-k-frequent',
  difficulty: 'medium',
  skills: [
    { name: 'data structures', level: 'intermediate' },
    { name: 'algorithms', level: 'intermediate' },
  ],
  entryFunction: 'topKFrequent',
  parameters: [
    { name: 'nums', type: 'number[]' },
    { name: 'k', type: 'number' },
  ],
  returns: 'number[]',
  task: `Return the \`k\` values that occur most often in \`nums\`, in any order.

The answer is unique: there is never a tie for the last place among the \`k\`.`,
  constraints: [
    '`1 ≤ nums.length ≤ 12,000`',
    '`-10⁴ ≤ nums[i] ≤ 10⁴`',
    '`1 ≤ k ≤` the number of distinct values',
  ],
  comparison: 'unordered',
  samples: [
    {
      id: 'classic',
      input: [[1, 1, 1, 2, 2, 3], 2],
      expected: [1, 2],
      why: '`1` occurs 3 times, `2` twice.',
    },
    { id: 'single', input: [[1], 1], expected: [1] },
  ],
  hidden: [
    { id: 'negatives', input: [[-1, -1, -2, -2, -2, 3], 1], expected: [-2] },
    { id: 'all-distinct', input: [[4, 5, 6], 3], expected: [4, 5, 6] },
    { id: 'every-value', input: [[7, 7, 8, 8, 8, 9], 3], expected: [7, 8, 9] },
    { id: 'ties-below-k', input: [[5, 5, 5, 6, 6, 7, 8], 2], expected: [5, 6] },
    { id: 'zeros', input: [[0, 0, 1, 0, 2, 2], 2], expected: [0, 2] },
    { id: 'large', input: [scatter(frequencyRamp, 7_919), 10], expected: range(10, (i) => 140 + i) },
    { id: 'large-k', input: [scatter(frequencyRamp, 7_919), 150], expected: range(150, (i) => i) },
  ],
  reference: `
function topKFrequent(nums, k) {
  const counts = new Map();
  for (const n of nums) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([value]) => value);
}`,
});

// Capacity 500: keys 0…2999 put, so 2500…2999 remain; reading them all makes 2500 the least recent,
// reading it again makes 2501 the one the next put evicts.
const lruLargeOperations: JsonValue[] = [
  ...range(3_000, (k) => ['put', k, k * 10]),
  ...range(500, (i) => ['get', 2_500 + i]),
  ...range(500, (k) => ['get', k]),
  ['get', 2_500],
  ['put', 3_000, 30_000],
  ['get', 2_501],
  ['get', 3_000],
  ['get', 2_502],
];

const lruCache = challenge({
  title: 'LRU Cache',
  slug: 'lru-cache',
  difficulty: 'medium',
  skills: [
    { name: 'data structures', level: 'intermediate' },
    { name: 'system design', level: 'beginner' },
  ],
  entryFunction: 'lruCache',
  parameters: [
    { name: 'capacity', type: 'number' },
    { name: 'operations', type: "(['get', number] | ['put', number, number])[]" },
  ],
  returns: 'number[]',
  task: `Simulate a least-recently-used cache that holds at most \`capacity\` keys, and return the answer of every \`get\`, in order.

- \`['get', key]\` answers the key's value, or \`-1\` if the key is not cached. A hit makes the key the most recently used.
- \`['put', key, value]\` stores the value and makes the key the most recently used. If the key is new and the cache is full, first evict the least recently used key.

Both operations should take constant time on average.`,
  constraints: [
    '`1 ≤ capacity ≤ 1,000`',
    '`0 ≤ operations.length ≤ 5,000`',
    '`0 ≤ key ≤ 10⁴`, `-10⁵ ≤ value ≤ 10⁵`',
  ],
  samples: [
    {
      id: 'classic',
      input: [
        2,
        [
          ['put', 1, 1],
          ['put', 2, 2],
          ['get', 1],
          ['put', 3, 3],
          ['get', 2],
          ['put', 4, 4],
          ['get', 1],
          ['get', 3],
          ['get', 4],
        ],
      ],
      expected: [1, -1, -1, 3, 4],
      why: 'Reading key 1 makes key 2 the least recent, so `put 3` evicts 2; then `put 4` evicts 1.',
    },
    {
      id: 'capacity-one',
      input: [
        1,
        [
          ['put', 2, 1],
          ['get', 2],
          ['put', 3, 2],
          ['get', 2],
          ['get', 3],
        ],
      ],
      expected: [1, -1, 2],
    },
  ],
  hidden: [
    { id: 'no-operations', input: [3, []], expected: [] },
    { id: 'no-gets', input: [2, [['put', 1, 1]]], expected: [] },
    { id: 'miss-when-empty', input: [2, [['get', 5]]], expected: [-1] },
    {
      id: 'put-refreshes',
      input: [
        2,
        [
          ['put', 1, 1],
          ['put', 2, 2],
          ['put', 1, 10],
          ['put', 3, 3],
          ['get', 1],
          ['get', 2],
          ['get', 3],
        ],
      ],
      expected: [10, -1, 3],
    },
    {
      id: 'get-refreshes',
      input: [
        2,
        [
          ['put', 1, 1],
          ['put', 2, 2],
          ['get', 1],
          ['put', 3, 3],
          ['get', 2],
          ['get', 1],
          ['get', 3],
        ],
      ],
      expected: [1, -1, 1, 3],
    },
    {
      id: 'zero-and-negative-values',
      input: [
        2,
        [
          ['put', 0, 0],
          ['get', 0],
          ['put', 1, -5],
          ['get', 1],
        ],
      ],
      expected: [0, -5],
    },
    {
      id: 'miss-does-not-refresh',
      input: [
        2,
        [
          ['put', 1, 1],
          ['put', 2, 2],
          ['get', 9],
          ['put', 3, 3],
          ['get', 1],
          ['get', 2],
        ],
      ],
      expected: [-1, -1, 2],
    },
    {
      id: 'large',
      input: [500, lruLargeOperations],
      expected: [...range(500, (i) => (2_500 + i) * 10), ...range(500, () => -1), 25_000, -1, 30_000, 25_020],
    },
  ],
  reference: `
function lruCache(capacity, operations) {
  const cache = new Map();
  const answers = [];
  for (const [kind, key, value] of operations) {
    if (kind === 'get') {
      if (!cache.has(key)) {
        answers.push(-1);
        continue;
      }
      const hit = cache.get(key);
      cache.delete(key);
      cache.set(key, hit);
      answers.push(hit);
    } else {
      cache.delete(key);
      cache.set(key, value);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
    }
  }
  return answers;
}`,
});

const coinChange = challenge({
  title: 'Coin Change',
  slug: 'coin-change',
  difficulty: 'medium',
  skills: [
    { name: 'dynamic programming', level: 'intermediate' },
    { name: 'algorithms', level: 'intermediate' },
  ],
  entryFunction: 'coinChange',
  parameters: [
    { name: 'coins', type: 'number[]' },
    { name: 'amount', type: 'number' },
  ],
  returns: 'number',
  task: `Given coin denominations \`coins\` (as many of each as you like) and an \`amount\`, return the fewest coins that add up to exactly \`amount\`, or \`-1\` if no combination does.

Taking the largest coin first is not always optimal.`,
  constraints: ['`1 ≤ coins.length ≤ 12`', '`1 ≤ coins[i] ≤ 2³¹ - 1`', '`0 ≤ amount ≤ 10⁴`'],
  samples: [
    { id: 'classic', input: [[1, 2, 5], 11], expected: 3, why: '`11 = 5 + 5 + 1`.' },
    { id: 'impossible', input: [[2], 3], expected: -1 },
  ],
  hidden: [
    { id: 'zero-amount', input: [[1], 0], expected: 0 },
    { id: 'one-coin-type', input: [[7], 14], expected: 2 },
    { id: 'greedy-fails', input: [[1, 3, 4], 6], expected: 2 },
    { id: 'greedy-fails-again', input: [[9, 6, 5, 1], 11], expected: 2 },
    { id: 'huge-coin', input: [[2, 2_147_483_647], 4], expected: 2 },
    { id: 'four-coins', input: [[186, 419, 83, 408], 6_249], expected: 20 },
    { id: 'large-us-coins', input: [[25, 10, 5, 1], 9_999], expected: 405 },
    { id: 'large-coprime', input: [[7, 13], 10_000], expected: 772 },
    { id: 'large-impossible', input: [[4, 6], 9_999], expected: -1 },
  ],
  reference: `
function coinChange(coins, amount) {
  const fewest = new Array(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let total = 1; total <= amount; total++) {
    for (const coin of coins) {
      if (coin <= total && fewest[total - coin] + 1 < fewest[total]) fewest[total] = fewest[total - coin] + 1;
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount];
}`,
});

const numberOfIslands = challenge({
  title: 'Number of Islands',
  slug: 'number-of-islands',
  difficulty: 'medium',
  skills: [
    { name: 'graphs', level: 'intermediate' },
    { name: 'algorithms', level: 'intermediate' },
  ],
  entryFunction: 'numIslands',
  parameters: [{ name: 'grid', type: 'string[]' }],
  returns: 'number',
  task: `A map is given as rows of \`'1'\` (land) and \`'0'\` (water). An island is land connected horizontally or vertically (not diagonally); everything outside the map is water. Count the islands.

Flood-fill each island once you find it (depth-first or breadth-first), marking its cells so they are not counted again.`,
  constraints: [
    '`0 ≤ grid.length ≤ 200`',
    'All rows have the same length, from 1 to 200.',
    "Rows contain only `'0'` and `'1'`.",
  ],
  samples: [
    { id: 'one-island', input: [['11110', '11010', '11000', '00000']], expected: 1 },
    {
      id: 'three-islands',
      input: [['11000', '11000', '00100', '00011']],
      expected: 3,
      why: 'The top-left block, the single cell in the middle and the pair at the bottom right.',
    },
  ],
  hidden: [
    { id: 'empty', input: [[]], expected: 0 },
    { id: 'all-water', input: [['000', '000']], expected: 0 },
    { id: 'single-cell', input: [['1']], expected: 1 },
    { id: 'diagonals-apart', input: [['101', '010', '101']], expected: 5 },
    { id: 'ring', input: [['111', '101', '111']], expected: 1 },
    { id: 'island-in-lake', input: [['11111', '10001', '10101', '10001', '11111']], expected: 2 },
    { id: 'single-row', input: [['1011011']], expected: 3 },
    { id: 'single-column', input: [['1', '0', '1', '1']], expected: 2 },
    {
      id: 'large-checkerboard',
      input: [range(150, (r) => range(150, (c) => ((r + c) % 2 === 0 ? '1' : '0')).join(''))],
      expected: 11_250,
    },
    { id: 'large-solid', input: [range(200, () => '1'.repeat(200))], expected: 1 },
    {
      id: 'large-stripes',
      input: [range(200, (r) => (r % 2 === 0 ? '1'.repeat(200) : `${'0'.repeat(199)}1`))],
      expected: 1,
    },
  ],
  reference: `
function numIslands(grid) {
  const rows = grid.length;
  if (rows === 0) return 0;
  const cols = grid[0].length;
  const seen = new Uint8Array(rows * cols);
  let islands = 0;
  for (let start = 0; start < rows * cols; start++) {
    if (seen[start] || grid[Math.floor(start / cols)][start % cols] !== '1') continue;
    islands++;
    seen[start] = 1;
    const stack = [start];
    while (stack.length > 0) {
      const cell = stack.pop();
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      const neighbours = [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]];
      for (const [nr, nc] of neighbours) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
        const next = nr * cols + nc;
        if (seen[next] || grid[nr][nc] !== '1') continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return islands;
}`,
});

const longestIncreasingSubsequence = challenge({
  title: 'Longest Increasing Subsequence',
  slug: 'longest-increasing-subsequence',
  difficulty: 'medium',
  skills: [
    { name: 'dynamic programming', level: 'intermediate' },
    { name: 'algorithms', level: 'intermediate' },
  ],
  entryFunction: 'lengthOfLIS',
  parameters: [{ name: 'nums', type: 'number[]' }],
  returns: 'number',
  task: `Return the length of the longest strictly increasing subsequence of \`nums\`: elements taken in their original order, not necessarily next to each other, each larger than the one before.

\`O(n²)\` dynamic programming passes; keeping the smallest tail of every length with binary search gives \`O(n log n)\`.`,
  constraints: ['`0 ≤ nums.length ≤ 10,000`', '`-10⁴ ≤ nums[i] ≤ 2 · 10⁴`'],
  samples: [
    {
      id: 'classic',
      input: [[10, 9, 2, 5, 3, 7, 101, 18]],
      expected: 4,
      why: 'For example `[2, 3, 7, 101]`.',
    },
    { id: 'repeats', input: [[0, 1, 0, 3, 2, 3]], expected: 4 },
  ],
  hidden: [
    { id: 'empty', input: [[]], expected: 0 },
    { id: 'single', input: [[5]], expected: 1 },
    { id: 'all-equal', input: [[7, 7, 7, 7]], expected: 1 },
    { id: 'decreasing', input: [[5, 4, 3, 2, 1]], expected: 1 },
    { id: 'increasing', input: [[1, 2, 3, 4, 5]], expected: 5 },
    { id: 'negatives', input: [[-2, -1, -3, 0, -5, 1]], expected: 4 },
    { id: 'late-start', input: [[3, 4, -1, 0, 6, 2, 3]], expected: 4 },
    { id: 'large-increasing', input: [range(10_000, (i) => 2 * i - 5_000)], expected: 10_000 },
    {
      id: 'large-descending-blocks',
      input: [range(10_000, (i) => 10 * Math.floor(i / 10) + 9 - (i % 10))],
      expected: 1_000,
    },
  ],
  reference: `
function lengthOfLIS(nums) {
  const tails = [];
  for (const n of nums) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle] < n) low = middle + 1;
      else high = middle;
    }
    tails[low] = n;
  }
  return tails.length;
}`,
});

// ---------------------------------------------------------------------------------------------- hard

const taskOrder = challenge({
  title: 'Task Order',
  slug: 'task-order',
  difficulty: 'hard',
  skills: [
    { name: 'graphs', level: 'advanced' },
    { name: 'data structures', level: 'intermediate' },
  ],
  entryFunction: 'taskOrder',
  parameters: [
    { name: 'n', type: 'number' },
    { name: 'dependencies', type: 'number[][]' },
  ],
  returns: 'number[] | null',
  task: `There are \`n\` tasks numbered \`0\` to \`n - 1\`. Each dependency \`[a, b]\` says task \`a\` must be done before task \`b\`.

Return an order in which to do all the tasks that respects every dependency. When several tasks are ready, always do the smallest-numbered one first, so that the answer is the lexicographically smallest valid order. If the dependencies form a cycle, no order exists: return \`null\`.`,
  constraints: [
    '`0 ≤ n ≤ 3,000`',
    '`0 ≤ dependencies.length ≤ 3,000`',
    '`0 ≤ a, b < n`; a dependency may repeat, and `a == b` is a cycle.',
  ],
  samples: [
    {
      id: 'diamond',
      input: [
        4,
        [
          [0, 1],
          [0, 2],
          [1, 3],
          [2, 3],
        ],
      ],
      expected: [0, 1, 2, 3],
    },
    {
      id: 'smallest-ready-first',
      input: [3, [[2, 0]]],
      expected: [1, 2, 0],
      why: 'Tasks 1 and 2 are ready at the start; 1 goes first, and 0 waits for 2.',
    },
    {
      id: 'cycle',
      input: [
        2,
        [
          [0, 1],
          [1, 0],
        ],
      ],
      expected: null,
    },
  ],
  hidden: [
    { id: 'no-tasks', input: [0, []], expected: [] },
    { id: 'no-dependencies', input: [3, []], expected: [0, 1, 2] },
    { id: 'self-loop', input: [1, [[0, 0]]], expected: null },
    {
      id: 'reversed-chain',
      input: [
        4,
        [
          [3, 2],
          [2, 1],
          [1, 0],
        ],
      ],
      expected: [3, 2, 1, 0],
    },
    {
      id: 'repeated-dependency',
      input: [
        3,
        [
          [1, 0],
          [1, 0],
          [2, 0],
        ],
      ],
      expected: [1, 2, 0],
    },
    {
      id: 'cycle-in-one-part',
      input: [
        5,
        [
          [0, 1],
          [2, 3],
          [3, 4],
          [4, 2],
        ],
      ],
      expected: null,
    },
    {
      id: 'layers',
      input: [
        5,
        [
          [4, 0],
          [4, 1],
          [0, 3],
          [1, 3],
          [3, 2],
        ],
      ],
      expected: [4, 0, 1, 3, 2],
    },
    { id: 'last-blocks-first', input: [4, [[3, 0]]], expected: [1, 2, 3, 0] },
    {
      id: 'large-chain',
      input: [3_000, range(2_999, (i) => [i + 1, i])],
      expected: range(3_000, (i) => 2_999 - i),
    },
    {
      id: 'large-cycle',
      input: [3_000, [...range(2_999, (i) => [i, i + 1]), [2_999, 0]]],
      expected: null,
    },
    {
      // Task i must precede i - 1000: 2000 unlocks 1000, which unlocks 0, before 2001 is ready.
      id: 'large-interleaved',
      input: [3_000, range(2_000, (i) => [i + 1_000, i])],
      expected: range(1_000, (j) => [2_000 + j, 1_000 + j, j]).flat(),
    },
  ],
  reference: `
function taskOrder(n, dependencies) {
  const next = Array.from({ length: n }, () => []);
  const waiting = new Array(n).fill(0);
  for (const [before, after] of dependencies) {
    next[before].push(after);
    waiting[after]++;
  }
  const heap = [];
  const push = (task) => {
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left] < heap[smallest]) smallest = left;
        if (right < heap.length && heap[right] < heap[smallest]) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
    return top;
  };
  for (let task = 0; task < n; task++) if (waiting[task] === 0) push(task);
  const order = [];
  while (heap.length > 0) {
    const task = pop();
    order.push(task);
    for (const after of next[task]) if (--waiting[after] === 0) push(after);
  }
  return order.length === n ? order : null;
}`,
});

const editDistance = challenge({
  title: 'Edit Distance',
  slug: 'edit-distance',
  difficulty: 'hard',
  skills: [
    { name: 'dynamic programming', level: 'advanced' },
    { name: 'strings', level: 'intermediate' },
  ],
  entryFunction: 'minDistance',
  parameters: [
    { name: 'word1', type: 'string' },
    { name: 'word2', type: 'string' },
  ],
  returns: 'number',
  task: `Return the fewest single-character edits that turn \`word1\` into \`word2\` (the Levenshtein distance). An edit inserts a character, deletes one, or replaces one with another.

Strings go up to 2,000 characters: a table of \`m × n\` distances works, and two rows of it are enough.`,
  constraints: [
    '`0 ≤ word1.length, word2.length ≤ 2,000`',
    'Both words have English letters only; case matters.',
  ],
  limits: HEAVY_LIMITS,
  samples: [
    {
      id: 'horse',
      input: ['horse', 'ros'],
      expected: 3,
      why: 'horse → rorse (replace h) → rose (delete r) → ros (delete e).',
    },
    { id: 'intention', input: ['intention', 'execution'], expected: 5 },
  ],
  hidden: [
    { id: 'both-empty', input: ['', ''], expected: 0 },
    { id: 'from-empty', input: ['', 'abc'], expected: 3 },
    { id: 'to-empty', input: ['abcd', ''], expected: 4 },
    { id: 'identical', input: ['kitten', 'kitten'], expected: 0 },
    { id: 'kitten-sitting', input: ['kitten', 'sitting'], expected: 3 },
    { id: 'single-replace', input: ['a', 'b'], expected: 1 },
    { id: 'extension', input: ['abc', 'abcdef'], expected: 3 },
    { id: 'case-matters', input: ['Abc', 'abc'], expected: 1 },
    { id: 'large-disjoint', input: ['a'.repeat(2_000), 'b'.repeat(2_000)], expected: 2_000 },
    { id: 'large-shifted', input: ['ab'.repeat(1_000), 'ba'.repeat(1_000)], expected: 2 },
    {
      id: 'large-suffix',
      input: ['a'.repeat(1_500), `${'a'.repeat(1_500)}${'b'.repeat(500)}`],
      expected: 500,
    },
  ],
  reference: `
function minDistance(word1, word2) {
  let previous = Array.from({ length: word2.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word1.length; i++) {
    const current = [i];
    for (let j = 1; j <= word2.length; j++) {
      current[j] = word1[i - 1] === word2[j - 1]
        ? previous[j - 1]
        : 1 + Math.min(previous[j - 1], previous[j], current[j - 1]);
    }
    previous = current;
  }
  return previous[word2.length];
}`,
});

const medianOfTwoSortedArrays = challenge({
  title: 'Median of Two Sorted Arrays',
  slug: 'median-of-two-sorted-arrays',
  difficulty: 'hard',
  skills: [
    { name: 'algorithms', level: 'advanced' },
    { name: 'math', level: 'intermediate' },
  ],
  entryFunction: 'findMedianSortedArrays',
  parameters: [
    { name: 'a', type: 'number[]' },
    { name: 'b', type: 'number[]' },
  ],
  returns: 'number',
  task: `Given two arrays \`a\` and \`b\`, each sorted in ascending order, return the median of all their numbers together: the middle one, or the mean of the two middle ones when the total count is even.

Answers within \`10⁻⁶\` are accepted. Merging works in \`O(m + n)\`; a binary search on the partition of the shorter array does it in \`O(log(min(m, n)))\`.`,
  constraints: [
    '`0 ≤ a.length, b.length ≤ 10,000`',
    '`1 ≤ a.length + b.length`',
    '`-10⁹ ≤ a[i], b[i] ≤ 10⁹`',
  ],
  comparison: { tolerance: 1e-6 },
  samples: [
    { id: 'odd-total', input: [[1, 3], [2]], expected: 2, why: 'Together: `[1, 2, 3]`.' },
    {
      id: 'even-total',
      input: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
      why: 'Together: `[1, 2, 3, 4]`, so `(2 + 3) / 2`.',
    },
  ],
  hidden: [
    { id: 'first-empty', input: [[], [1]], expected: 1 },
    { id: 'second-empty', input: [[2, 3], []], expected: 2.5 },
    {
      id: 'duplicates',
      input: [
        [1, 1, 1],
        [1, 1],
      ],
      expected: 1,
    },
    { id: 'negatives', input: [[-5, -3, -1], [-2]], expected: -2.5 },
    {
      id: 'disjoint',
      input: [
        [1, 2],
        [10, 20, 30],
      ],
      expected: 10,
    },
    {
      id: 'interleaved',
      input: [
        [1, 3, 5, 7],
        [2, 4, 6, 8],
      ],
      expected: 4.5,
    },
    { id: 'fractions', input: [[0.1, 0.2], [0.3]], expected: 0.2 },
    { id: 'extremes', input: [[-1_000_000_000, 1_000_000_000], [0]], expected: 0 },
    {
      id: 'large-evens-and-odds',
      input: [range(6_000, (i) => 2 * i), range(6_000, (i) => 2 * i + 1)],
      expected: 5_999.5,
    },
    { id: 'large-one-sided', input: [range(10_000, (i) => i), [5_000.5]], expected: 5_000 },
  ],
  reference: `
function findMedianSortedArrays(a, b) {
  if (a.length > b.length) return findMedianSortedArrays(b, a);
  const total = a.length + b.length;
  const half = Math.floor((total + 1) / 2);
  let low = 0;
  let high = a.length;
  while (low <= high) {
    const i = Math.floor((low + high) / 2);
    const j = half - i;
    const aLeft = i > 0 ? a[i - 1] : -Infinity;
    const aRight = i < a.length ? a[i] : Infinity;
    const bLeft = j > 0 ? b[j - 1] : -Infinity;
    const bRight = j < b.length ? b[j] : Infinity;
    if (aLeft > bRight) high = i - 1;
    else if (bLeft > aRight) low = i + 1;
    else {
      const leftMax = Math.max(aLeft, bLeft);
      return total % 2 === 1 ? leftMax : (leftMax + Math.min(aRight, bRight)) / 2;
    }
  }
  throw new Error('the arrays are not sorted');
}`,
});

/** Every word of `length` letters over `alphabet`: a dictionary in which all neighbours exist. */
const allWords = (alphabet: string, length: number): string[] =>
  range(alphabet.length ** length, (n) =>
    range(length, (position) => alphabet[Math.floor(n / alphabet.length ** position) % alphabet.length]).join(
      '',
    ),
  );
const eightLetterWords = allWords('abcdefgh', 4);

const wordLadder = challenge({
  title: 'Word Ladder',
  slug: 'word-ladder',
  difficulty: 'hard',
  skills: [
    { name: 'graphs', level: 'advanced' },
    { name: 'strings', level: 'intermediate' },
  ],
  entryFunction: 'ladderLength',
  parameters: [
    { name: 'beginWord', type: 'string' },
    { name: 'endWord', type: 'string' },
    { name: 'wordList', type: 'string[]' },
  ],
  returns: 'number',
  task: `A ladder goes from \`beginWord\` to \`endWord\` one word at a time; consecutive words differ in exactly one letter, and every word after \`beginWord\` must be in \`wordList\`. Return the number of words in the shortest ladder, both ends included, or \`0\` if there is none.

\`beginWord\` need not be in \`wordList\`; \`endWord\` must be, or there is no ladder. Breadth-first search finds the shortest ladder; trying the 26 letters at each position finds a word's neighbours faster than comparing it with the whole list.`,
  constraints: [
    '`1 ≤ beginWord.length ≤ 12`; all words have the same length.',
    '`0 ≤ wordList.length ≤ 5,000`, without duplicates.',
    'Words have lower-case English letters only; `beginWord ≠ endWord`.',
  ],
  limits: HEAVY_LIMITS,
  samples: [
    {
      id: 'classic',
      input: ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log', 'cog']],
      expected: 5,
      why: 'hit → hot → dot → dog → cog.',
    },
    {
      id: 'end-missing',
      input: ['hit', 'cog', ['hot', 'dot', 'dog', 'lot', 'log']],
      expected: 0,
      why: '`cog` is not in the list.',
    },
  ],
  hidden: [
    { id: 'one-letter', input: ['a', 'c', ['a', 'b', 'c']], expected: 2 },
    { id: 'direct', input: ['hot', 'dot', ['dot']], expected: 2 },
    { id: 'empty-list', input: ['abc', 'abd', []], expected: 0 },
    { id: 'begin-in-list-no-path', input: ['hot', 'dog', ['hot', 'dog']], expected: 0 },
    {
      id: 'two-routes',
      input: ['red', 'tax', ['ted', 'tex', 'red', 'tax', 'tad', 'den', 'rex', 'pee']],
      expected: 4,
    },
    { id: 'large-dense', input: ['aaaa', 'hhhh', eightLetterWords], expected: 5 },
    {
      id: 'large-cut-off',
      input: [
        'aaaa',
        'hhhh',
        eightLetterWords.filter((word) => [...word].filter((letter) => letter !== 'h').length !== 1),
      ],
      expected: 0,
    },
    { id: 'large-long-words', input: ['a'.repeat(12), 'b'.repeat(12), allWords('ab', 12)], expected: 13 },
  ],
  reference: `
function ladderLength(beginWord, endWord, wordList) {
  const unvisited = new Set(wordList);
  if (!unvisited.has(endWord)) return 0;
  unvisited.delete(beginWord);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let frontier = [beginWord];
  for (let length = 1; frontier.length > 0; length++) {
    const nextFrontier = [];
    for (const word of frontier) {
      if (word === endWord) return length;
      for (let i = 0; i < word.length; i++) {
        for (const letter of letters) {
          const neighbour = word.slice(0, i) + letter + word.slice(i + 1);
          if (!unvisited.has(neighbour)) continue;
          unvisited.delete(neighbour);
          nextFrontier.push(neighbour);
        }
      }
    }
    frontier = nextFrontier;
  }
  return 0;
}`,
});

const trappingRainWater = challenge({
  title: 'Trapping Rain Water',
  slug: 'trapping-rain-water',
  difficulty: 'hard',
  skills: [
    { name: 'algorithms', level: 'advanced' },
    { name: 'data structures', level: 'intermediate' },
  ],
  entryFunction: 'trap',
  parameters: [{ name: 'height', type: 'number[]' }],
  returns: 'number',
  task: `\`height\` describes an elevation map of bars, each 1 wide. After it rains, how much water is trapped between the bars?

Above each bar the water rises to the lower of the highest bar on its left and the highest bar on its right. Inputs go up to 45,000 bars: scanning both sides for every bar is too slow; two pointers or prefix maxima do it in one pass.`,
  constraints: ['`0 ≤ height.length ≤ 45,000`', '`0 ≤ height[i] ≤ 10⁴`'],
  samples: [
    {
      id: 'classic',
      input: [[0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]],
      expected: 6,
    },
    {
      id: 'basin',
      input: [[4, 2, 0, 3, 2, 5]],
      expected: 9,
      why: '`2 + 4 + 1 + 2` units above the four inner bars.',
    },
  ],
  hidden: [
    { id: 'empty', input: [[]], expected: 0 },
    { id: 'single', input: [[5]], expected: 0 },
    { id: 'two-bars', input: [[3, 3]], expected: 0 },
    { id: 'increasing', input: [[1, 2, 3, 4]], expected: 0 },
    { id: 'decreasing', input: [[4, 3, 2, 1]], expected: 0 },
    { id: 'valley', input: [[5, 0, 5]], expected: 5 },
    { id: 'wide-valley', input: [[3, 0, 0, 3]], expected: 6 },
    { id: 'uneven-walls', input: [[2, 0, 5, 0, 3]], expected: 5 },
    { id: 'large-basin', input: [[10_000, ...range(44_998, () => 0), 10_000]], expected: 449_980_000 },
    {
      id: 'large-sawtooth',
      input: [[...range(5_000, () => [3, 0, 1, 0]).flat(), 3]],
      expected: 40_000,
    },
  ],
  reference: `
function trap(height) {
  let left = 0;
  let right = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (left < right) {
    if (height[left] < height[right]) {
      leftMax = Math.max(leftMax, height[left]);
      water += leftMax - height[left];
      left++;
    } else {
      rightMax = Math.max(rightMax, height[right]);
      water += rightMax - height[right];
      right--;
    }
  }
  return water;
}`,
});

const nQueens = challenge({
  title: 'N-Queens: Count the Solutions',
  slug: 'n-queens-count',
  difficulty: 'hard',
  skills: [
    { name: 'algorithms', level: 'advanced' },
    { name: 'recursion', level: 'advanced' },
  ],
  entryFunction: 'totalNQueens',
  parameters: [{ name: 'n', type: 'number' }],
  returns: 'number',
  task: `Count the ways to place \`n\` queens on an \`n × n\` chessboard so that no two attack each other: no two share a row, a column or a diagonal.

Backtrack row by row; tracking the attacked columns and diagonals (as sets or bit masks) keeps \`n = 12\` well within the time limit.`,
  constraints: ['`1 ≤ n ≤ 12`'],
  limits: HEAVY_LIMITS,
  samples: [
    { id: 'four', input: [4], expected: 2, why: 'The two placements are mirror images of each other.' },
    { id: 'one', input: [1], expected: 1 },
  ],
  hidden: [
    { id: 'two', input: [2], expected: 0 },
    { id: 'three', input: [3], expected: 0 },
    { id: 'five', input: [5], expected: 10 },
    { id: 'six', input: [6], expected: 4 },
    { id: 'seven', input: [7], expected: 40 },
    { id: 'eight', input: [8], expected: 92 },
    { id: 'nine', input: [9], expected: 352 },
    { id: 'ten', input: [10], expected: 724 },
    { id: 'eleven', input: [11], expected: 2_680 },
    { id: 'twelve', input: [12], expected: 14_200 },
  ],
  reference: `
function totalNQueens(n) {
  const full = (1 << n) - 1;
  const place = (columns, leftDiagonals, rightDiagonals) => {
    if (columns === full) return 1;
    let count = 0;
    let free = full & ~(columns | leftDiagonals | rightDiagonals);
    while (free !== 0) {
      const bit = free & -free;
      free -= bit;
      count += place(columns | bit, ((leftDiagonals | bit) << 1) & full, (rightDiagonals | bit) >> 1);
    }
    return count;
  };
  return place(0, 0, 0);
}`,
});

export const DEMO_CHALLENGES: readonly DemoChallenge[] = [
  twoSum,
  validParentheses,
  reverseWords,
  fizzBuzz,
  binarySearch,
  romanToInteger,
  integerToRoman,
  groupAnagrams,
  mergeIntervals,
  longestSubstring,
  spiralMatrix,
  topKFrequent,
  lruCache,
  coinChange,
  numberOfIslands,
  longestIncreasingSubsequence,
  taskOrder,
  editDistance,
  medianOfTwoSortedArrays,
  wordLadder,
  trappingRainWater,
  nQueens,
];
