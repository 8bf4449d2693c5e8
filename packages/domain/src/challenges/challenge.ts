import { err, ok, type Result } from 'neverthrow';
import {
  type AppError,
  type DomainEvent,
  normaliseSkills,
  oneLine,
  parseSlug,
  type SkillLevel,
  type Slug,
} from '../shared';
import { challengeErrors } from './challenges.errors';
import type { JsonValue, OutputComparison } from './output-comparison';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const LANGUAGES = ['javascript', 'typescript'] as const;
export type Language = (typeof LANGUAGES)[number];
export type ChallengeStatus = 'draft' | 'published' | 'retired';
export type TestVisibility = 'sample' | 'hidden';

export interface ChallengeSkill {
  /** Normalised: lower-case, trimmed. */
  readonly name: string;
  readonly level: SkillLevel;
}

export interface ChallengeTest {
  readonly id: string;
  /** The arguments the entry function is called with. */
  readonly input: readonly JsonValue[];
  readonly expected: JsonValue;
  readonly comparison: OutputComparison;
  /** `sample` tests are shown to learners and run by "Run"; `hidden` ones never leave the server. */
  readonly visibility: TestVisibility;
}

export interface ChallengeLimits {
  readonly timeMs: number;
  readonly memoryMb: number;
  readonly outputBytes: number;
}

/** What decides a verdict: changing any of it needs the reference solution to pass again. */
export interface GradingSpec {
  readonly entryFunction: string;
  readonly tests: readonly ChallengeTest[];
  readonly limits: ChallengeLimits;
  readonly referenceSolution: { readonly language: Language; readonly source: string };
}

export interface ChallengeDetails {
  readonly title: string;
  readonly slug: Slug;
  /** Markdown, rendered safely by the web app. */
  readonly statement: string;
  readonly difficulty: Difficulty;
  readonly skills: readonly ChallengeSkill[];
  /** The languages offered, each with its starter code. */
  readonly starterCode: Readonly<Partial<Record<Language, string>>>;
}

/** The outcome of running the reference solution against one grading version. */
export interface Validation {
  readonly version: number;
  readonly passed: boolean;
  readonly at: Date;
}

interface ChallengeBase extends ChallengeDetails, GradingSpec {
  readonly id: string;
  readonly authorIds: readonly string[];
  /** Bumped by every change of the grading spec; a validation counts for one version only. */
  readonly gradingVersion: number;
  readonly validation: Validation | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type Challenge =
  | (ChallengeBase & { readonly status: 'draft'; readonly publishedAt: null; readonly retiredAt: null })
  | (ChallengeBase & { readonly status: 'published'; readonly publishedAt: Date; readonly retiredAt: null })
  | (ChallengeBase & { readonly status: 'retired'; readonly publishedAt: Date; readonly retiredAt: Date });

type ChallengeEventData = { challengeId: string; slug: string; title: string; status: ChallengeStatus };
export type ChallengeEvent =
  | DomainEvent<'challenges.challenge.published', ChallengeEventData>
  | DomainEvent<'challenges.challenge.updated', ChallengeEventData>
  | DomainEvent<'challenges.challenge.retired', ChallengeEventData>;

type Outcome = Result<{ state: Challenge; events: ChallengeEvent[] }, AppError>;
type Ctx = { now: Date };

export const CHALLENGE_LIMITS = {
  title: 120,
  statement: 50_000,
  skills: 20,
  starterCode: 20_000,
  referenceSolution: 50_000,
  tests: 100,
  /** Size of one test's input or expected output as JSON. */
  testJson: 100_000,
  timeMs: { min: 50, max: 10_000 },
  memoryMb: { min: 8, max: 512 },
  outputBytes: { min: 1_024, max: 1_048_576 },
} as const;

export interface ChallengeDetailsInput {
  readonly title: string;
  readonly slug: string;
  readonly statement: string;
  readonly difficulty: Difficulty;
  readonly skills: readonly { name: string; level: SkillLevel }[];
  readonly starterCode: Readonly<Partial<Record<Language, string>>>;
}

export interface GradingSpecInput {
  readonly entryFunction: string;
  readonly tests: readonly ChallengeTest[];
  readonly limits: ChallengeLimits;
  readonly referenceSolution: { readonly language: Language; readonly source: string };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

export function parseChallengeDetails(input: ChallengeDetailsInput): Result<ChallengeDetails, AppError> {
  const title = oneLine(input.title);
  if (title.length < 3 || title.length > CHALLENGE_LIMITS.title) {
    return err(challengeErrors.invalid('title', `Use 3–${CHALLENGE_LIMITS.title} characters.`));
  }
  const slug = parseSlug(input.slug);
  if (slug.isErr()) return err(slug.error);
  const statement = input.statement.trim();
  if (statement.length === 0 || statement.length > CHALLENGE_LIMITS.statement) {
    return err(challengeErrors.invalid('statement', `Write 1–${CHALLENGE_LIMITS.statement} characters.`));
  }
  const skills = normaliseSkills(input.skills);
  if (
    skills.length > CHALLENGE_LIMITS.skills ||
    skills.some((s) => s.name.length === 0 || s.name.length > 40)
  ) {
    return err(
      challengeErrors.invalid('skills', `List at most ${CHALLENGE_LIMITS.skills} skills of 1–40 characters.`),
    );
  }
  const languages = LANGUAGES.filter((l) => input.starterCode[l] !== undefined);
  if (languages.length === 0) {
    return err(challengeErrors.invalid('starterCode', 'Offer at least one language, with its starter code.'));
  }
  if (languages.some((l) => (input.starterCode[l]?.length ?? 0) > CHALLENGE_LIMITS.starterCode)) {
    return err(
      challengeErrors.invalid(
        'starterCode',
        `Keep starter code under ${CHALLENGE_LIMITS.starterCode} characters.`,
      ),
    );
  }
  return ok({
    title,
    slug: slug.value,
    statement,
    difficulty: input.difficulty,
    skills,
    starterCode: Object.fromEntries(languages.map((l) => [l, input.starterCode[l]])),
  });
}

const within = (value: number, range: { min: number; max: number }) =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

export function parseGradingSpec(input: GradingSpecInput): Result<GradingSpec, AppError> {
  const entryFunction = input.entryFunction.trim();
  if (!IDENTIFIER.test(entryFunction)) {
    return err(
      challengeErrors.invalid('entryFunction', 'Name the entry function with a JavaScript identifier.'),
    );
  }
  const { tests, limits } = input;
  if (tests.length === 0 || tests.length > CHALLENGE_LIMITS.tests) {
    return err(challengeErrors.invalid('tests', `Give 1–${CHALLENGE_LIMITS.tests} tests.`));
  }
  if (!tests.some((t) => t.visibility === 'sample') || !tests.some((t) => t.visibility === 'hidden')) {
    return err(
      challengeErrors.invalid(
        'tests',
        'Give at least one sample test (shown) and one hidden test (never shown).',
      ),
    );
  }
  if (new Set(tests.map((t) => t.id)).size !== tests.length) {
    return err(challengeErrors.invalid('tests', 'Each test needs its own id.'));
  }
  for (const test of tests) {
    if (
      JSON.stringify(test.input).length + JSON.stringify(test.expected).length >
      CHALLENGE_LIMITS.testJson
    ) {
      return err(
        challengeErrors.invalid(
          'tests',
          `Keep each test under ${CHALLENGE_LIMITS.testJson} characters of JSON.`,
        ),
      );
    }
    const c = test.comparison;
    if (typeof c === 'object' && !(Number.isFinite(c.tolerance) && c.tolerance > 0 && c.tolerance < 1)) {
      return err(challengeErrors.invalid('tests', 'A float tolerance lies strictly between 0 and 1.'));
    }
  }
  if (!within(limits.timeMs, CHALLENGE_LIMITS.timeMs)) {
    return err(challengeErrors.invalid('limits.timeMs', 'Allow 50–10,000 ms per test.'));
  }
  if (!within(limits.memoryMb, CHALLENGE_LIMITS.memoryMb)) {
    return err(challengeErrors.invalid('limits.memoryMb', 'Allow 8–512 MB of memory.'));
  }
  if (!within(limits.outputBytes, CHALLENGE_LIMITS.outputBytes)) {
    return err(challengeErrors.invalid('limits.outputBytes', 'Allow 1 KB–1 MB of output.'));
  }
  const source = input.referenceSolution.source;
  if (source.trim().length === 0 || source.length > CHALLENGE_LIMITS.referenceSolution) {
    return err(
      challengeErrors.invalid('referenceSolution', 'Write the reference solution that every test must pass.'),
    );
  }
  return ok({ entryFunction, tests, limits, referenceSolution: input.referenceSolution });
}

export const isAuthor = (challenge: Challenge, userId: string): boolean =>
  challenge.authorIds.includes(userId);
export const sampleTests = (challenge: Pick<Challenge, 'tests'>): ChallengeTest[] =>
  challenge.tests.filter((t) => t.visibility === 'sample');
export const offersLanguage = (challenge: Pick<Challenge, 'starterCode'>, language: Language): boolean =>
  challenge.starterCode[language] !== undefined;
/** Whether the reference solution passed the current grading version. */
export const isValidated = (challenge: Challenge): boolean =>
  challenge.validation?.passed === true && challenge.validation.version === challenge.gradingVersion;

const eventData = (c: Challenge): ChallengeEventData => ({
  challengeId: c.id,
  slug: c.slug,
  title: c.title,
  status: c.status,
});

/** A new challenge is an unvalidated draft by its author. Drafts are not listed: no event. */
export function createChallenge(
  input: { id: string; authorId: string; details: ChallengeDetailsInput; grading: GradingSpecInput },
  { now }: Ctx,
): Outcome {
  return parseChallengeDetails(input.details).andThen((details) =>
    parseGradingSpec(input.grading).andThen((grading) => {
      if (!offersLanguage(details, grading.referenceSolution.language)) {
        return err(
          challengeErrors.invalid(
            'referenceSolution',
            'Write the reference solution in an offered language.',
          ),
        );
      }
      return ok({
        state: {
          id: input.id,
          ...details,
          ...grading,
          authorIds: [input.authorId],
          gradingVersion: 1,
          validation: null,
          status: 'draft' as const,
          publishedAt: null,
          retiredAt: null,
          createdAt: now,
          updatedAt: now,
        },
        events: [],
      });
    }),
  );
}

function guardEdit(challenge: Challenge, actorId: string): Result<void, AppError> {
  if (!isAuthor(challenge, actorId)) return err(challengeErrors.notAnAuthor());
  if (challenge.status === 'retired')
    return err(challengeErrors.transition('This challenge is retired; it can no longer change.'));
  return ok(undefined);
}

const updated = (state: Challenge): ChallengeEvent[] => [
  { type: 'challenges.challenge.updated', data: eventData(state) },
];

/** Statement, title, skills and starter code; grading is untouched, so the validation stands. */
export function editChallengeDetails(
  challenge: Challenge,
  input: { actorId: string; details: ChallengeDetailsInput },
  { now }: Ctx,
): Outcome {
  return guardEdit(challenge, input.actorId).andThen(() =>
    parseChallengeDetails(input.details).andThen((details) => {
      if (!offersLanguage(details, challenge.referenceSolution.language)) {
        return err(
          challengeErrors.invalid('starterCode', 'Keep offering the reference solution’s language.'),
        );
      }
      const state = { ...challenge, ...details, updatedAt: now } as Challenge;
      return ok({ state, events: updated(state) });
    }),
  );
}

/**
 * Changes tests, limits, entry function or reference solution: a new grading version, unvalidated. A
 * published challenge takes the change only together with a passing validation of the new version
 * (`validation`), so learners are never graded by tests the reference solution fails.
 */
export function editGradingSpec(
  challenge: Challenge,
  input: { actorId: string; grading: GradingSpecInput; validation?: { passed: boolean } },
  { now }: Ctx,
): Outcome {
  return guardEdit(challenge, input.actorId).andThen(() =>
    parseGradingSpec(input.grading).andThen((grading) => {
      if (!offersLanguage(challenge, grading.referenceSolution.language)) {
        return err(
          challengeErrors.invalid(
            'referenceSolution',
            'Write the reference solution in an offered language.',
          ),
        );
      }
      const gradingVersion = challenge.gradingVersion + 1;
      const validation = input.validation
        ? { version: gradingVersion, passed: input.validation.passed, at: now }
        : null;
      if (challenge.status === 'published' && validation?.passed !== true)
        return err(challengeErrors.notValidated());
      const state = { ...challenge, ...grading, gradingVersion, validation, updatedAt: now } as Challenge;
      return ok({ state, events: updated(state) });
    }),
  );
}

/** Records how the reference solution did against the current grading version. */
export function recordValidation(
  challenge: Challenge,
  input: { actorId: string; version: number; passed: boolean },
  { now }: Ctx,
): Outcome {
  return guardEdit(challenge, input.actorId).andThen(() => {
    if (input.version !== challenge.gradingVersion) {
      return err(challengeErrors.transition('The tests changed meanwhile; validate again.'));
    }
    const state = {
      ...challenge,
      validation: { version: input.version, passed: input.passed, at: now },
      updatedAt: now,
    };
    return ok({ state, events: [] });
  });
}

/** draft → published, once the reference solution passes every test of the current version. */
export function publishChallenge(challenge: Challenge, input: { actorId: string }, { now }: Ctx): Outcome {
  if (!isAuthor(challenge, input.actorId)) return err(challengeErrors.notAnAuthor());
  if (challenge.status === 'published') return ok({ state: challenge, events: [] });
  if (challenge.status === 'retired')
    return err(challengeErrors.transition('A retired challenge cannot be published again.'));
  if (!isValidated(challenge)) return err(challengeErrors.notValidated());
  const state: Challenge = {
    ...challenge,
    status: 'published',
    publishedAt: now,
    retiredAt: null,
    updatedAt: now,
  };
  return ok({ state, events: [{ type: 'challenges.challenge.published', data: eventData(state) }] });
}

/** published → retired: no new submissions; passed ones stay evidence. */
export function retireChallenge(challenge: Challenge, input: { actorId: string }, { now }: Ctx): Outcome {
  if (!isAuthor(challenge, input.actorId)) return err(challengeErrors.notAnAuthor());
  if (challenge.status === 'retired') return ok({ state: challenge, events: [] });
  if (challenge.status === 'draft')
    return err(challengeErrors.transition('A draft was never published; there is nothing to retire.'));
  const state: Challenge = { ...challenge, status: 'retired', retiredAt: now, updatedAt: now };
  return ok({ state, events: [{ type: 'challenges.challenge.retired', data: eventData(state) }] });
}
