import type {
  ChallengeCard,
  ChallengeDetail,
  ChallengeStats,
  StudioChallenge,
  StudioChallengeRow,
  SubmissionView,
} from '@talentsphere/application/challenges';
import {
  type Challenge,
  isValidated,
  LANGUAGES,
  type Language,
  type Submission,
} from '@talentsphere/domain/challenges';

// Challenge and submission → read-model mapping shared by the Kysely read side and its in-memory twin,
// so both build the same DTOs from the same aggregates. Hidden tests leave through the studio only.

export type AuthorRef = { readonly id: string; readonly name: string };

export const NO_SUBMISSIONS: ChallengeStats = { submissions: 0, accepted: 0, solvers: 0 };

/** Authors in the challenge's order; an author whose account is gone is left out. */
export const authorsOf = (
  challenge: Pick<Challenge, 'authorIds'>,
  names: ReadonlyMap<string, string>,
): AuthorRef[] =>
  challenge.authorIds.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });

/** The offered languages in their canonical order. */
export const languagesOf = (starterCode: Challenge['starterCode']): Language[] =>
  LANGUAGES.filter((l) => starterCode[l] !== undefined);

/** What a list card shows; the Kysely read side has it from columns, without tests or statement. */
export type CardFacts = Pick<Challenge, 'id' | 'slug' | 'title' | 'difficulty' | 'skills' | 'publishedAt'> & {
  readonly languages: readonly Language[];
};

export const cardFacts = (challenge: Challenge): CardFacts => ({
  ...challenge,
  languages: languagesOf(challenge.starterCode),
});

export function toChallengeCard(
  card: CardFacts,
  stats: ChallengeStats,
  solvedByViewer: boolean | null,
): ChallengeCard {
  return {
    id: card.id,
    slug: card.slug,
    title: card.title,
    difficulty: card.difficulty,
    skills: card.skills.map((s) => ({ name: s.name, level: s.level })),
    languages: [...card.languages],
    stats,
    solvedByViewer,
    publishedAt: card.publishedAt?.toISOString() ?? null,
  };
}

/** The learner's view: sample tests in full, hidden ones only counted. */
export function toChallengeDetail(
  challenge: Challenge,
  authors: AuthorRef[],
  stats: ChallengeStats,
): ChallengeDetail {
  const { solvedByViewer: _none, ...card } = toChallengeCard(cardFacts(challenge), stats, null);
  return {
    ...card,
    statement: challenge.statement,
    status: challenge.status,
    starterCode: { ...challenge.starterCode },
    entryFunction: challenge.entryFunction,
    samples: challenge.tests
      .filter((t) => t.visibility === 'sample')
      .map((t) => ({ id: t.id, input: t.input, expected: t.expected })),
    hiddenTestCount: challenge.tests.filter((t) => t.visibility === 'hidden').length,
    limits: { ...challenge.limits },
    authors,
  };
}

export function toStudioChallenge(
  challenge: Challenge,
  authors: AuthorRef[],
  stats: ChallengeStats,
): StudioChallenge {
  return {
    id: challenge.id,
    slug: challenge.slug,
    title: challenge.title,
    statement: challenge.statement,
    difficulty: challenge.difficulty,
    skills: challenge.skills.map((s) => ({ name: s.name, level: s.level })),
    starterCode: { ...challenge.starterCode },
    entryFunction: challenge.entryFunction,
    tests: challenge.tests.map((t) => ({
      id: t.id,
      input: t.input,
      expected: t.expected,
      comparison: t.comparison,
      visibility: t.visibility,
    })),
    limits: { ...challenge.limits },
    referenceSolution: { ...challenge.referenceSolution },
    gradingVersion: challenge.gradingVersion,
    validation: challenge.validation && {
      version: challenge.validation.version,
      passed: challenge.validation.passed,
      at: challenge.validation.at.toISOString(),
    },
    validated: isValidated(challenge),
    status: challenge.status,
    authors,
    stats,
    publishedAt: challenge.publishedAt?.toISOString() ?? null,
    updatedAt: challenge.updatedAt.toISOString(),
  };
}

export const toStudioChallengeRow = (
  challenge: Pick<Challenge, 'id' | 'slug' | 'title' | 'difficulty' | 'status' | 'updatedAt'> & {
    readonly validated: boolean;
  },
  stats: ChallengeStats,
): StudioChallengeRow => ({
  id: challenge.id,
  slug: challenge.slug,
  title: challenge.title,
  difficulty: challenge.difficulty,
  status: challenge.status,
  validated: challenge.validated,
  stats,
  updatedAt: challenge.updatedAt.toISOString(),
});

/** The submitter's own view: their code and, once judged, every test's verdict and cost. */
export function toSubmissionView(submission: Submission): SubmissionView {
  const judgement = submission.judgement;
  return {
    id: submission.id,
    challengeId: submission.challengeId,
    userId: submission.userId,
    language: submission.language,
    source: submission.source,
    status: submission.status,
    verdict: judgement?.verdict ?? null,
    passed: judgement?.passed ?? null,
    total: judgement?.total ?? null,
    timeMs: judgement ? coarseMs(judgement.timeMs) : null,
    memoryBytes: judgement ? coarseBytes(judgement.memoryBytes) : null,
    results: (judgement?.results ?? []).map((r, index, all) =>
      r.visibility === 'sample'
        ? {
            testId: r.testId,
            visibility: r.visibility,
            verdict: r.verdict,
            timeMs: r.timeMs,
            memoryBytes: r.memoryBytes,
          }
        : {
            // Authors' test ids can describe the input ("empty", "close-first"): learners get a number.
            testId: `hidden-${all.slice(0, index + 1).filter((t) => t.visibility === 'hidden').length}`,
            visibility: r.visibility,
            verdict: r.verdict,
            timeMs: coarseMs(r.timeMs),
            memoryBytes: coarseBytes(r.memoryBytes),
          },
    ),
    submittedAt: submission.submittedAt.toISOString(),
    judgedAt: submission.judgedAt?.toISOString() ?? null,
  };
}

// Exact costs of hidden tests would let code that spends time or memory in proportion to its input
// read that input back (a few submissions per value): learners see them in coarse steps only.
const coarseMs = (ms: number): number => Math.ceil(ms / 10) * 10;
const coarseBytes = (bytes: number): number => Math.ceil(bytes / 1_048_576) * 1_048_576;
