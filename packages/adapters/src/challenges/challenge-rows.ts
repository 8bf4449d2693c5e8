import type {
  Challenge,
  ChallengeLimits,
  ChallengeSkill,
  ChallengeTest,
  Difficulty,
  Judgement,
  Language,
  Submission,
} from '@talentsphere/domain/challenges';
import type { Slug } from '@talentsphere/domain/shared';
import type { Selectable } from 'kysely';
import type { ChallengesTable, SubmissionsTable } from '../persistence/tables';

// Row ↔ aggregate mapping shared by the repositories and the read side.

export type ChallengeRow = Omit<Selectable<ChallengesTable>, 'search'>;
export type SubmissionRow = Selectable<SubmissionsTable>;

/** The validation as jsonb stores it: the date as an ISO string. */
interface StoredValidation {
  version: number;
  passed: boolean;
  at: string;
}

export const validationJson = (validation: Challenge['validation']): string | null =>
  validation &&
  JSON.stringify({
    version: validation.version,
    passed: validation.passed,
    at: validation.at.toISOString(),
  } satisfies StoredValidation);

const toValidation = (stored: StoredValidation | null): Challenge['validation'] =>
  stored && { version: stored.version, passed: stored.passed, at: new Date(stored.at) };

/** Rebuilds the status union; the row's CHECKs tie published_at and retired_at to the status. */
export function toChallenge(row: ChallengeRow, authorIds: readonly string[]): Challenge {
  const base = {
    id: row.id,
    slug: row.slug as Slug,
    title: row.title,
    statement: row.statement,
    difficulty: row.difficulty as Difficulty,
    skills: row.skills as ChallengeSkill[],
    starterCode: row.starter_code as Partial<Record<Language, string>>,
    entryFunction: row.entry_function,
    tests: row.tests as ChallengeTest[],
    limits: row.limits as ChallengeLimits,
    referenceSolution: row.reference_solution as Challenge['referenceSolution'],
    authorIds,
    gradingVersion: row.grading_version,
    validation: toValidation(row.validation as StoredValidation | null),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  switch (row.status) {
    case 'draft':
      return { ...base, status: 'draft', publishedAt: null, retiredAt: null };
    case 'published':
      if (!row.published_at) throw new Error(`Published challenge ${row.id} has no published_at`);
      return { ...base, status: 'published', publishedAt: row.published_at, retiredAt: null };
    case 'retired':
      if (!row.published_at || !row.retired_at)
        throw new Error(`Retired challenge ${row.id} lacks published_at/retired_at`);
      return { ...base, status: 'retired', publishedAt: row.published_at, retiredAt: row.retired_at };
  }
}

/** Rebuilds the status union; the row's CHECKs tie the judgement and judged_at to `judged`. */
export function toSubmission(row: SubmissionRow): Submission {
  const base = {
    id: row.id,
    challengeId: row.challenge_id,
    userId: row.user_id,
    language: row.language,
    source: row.source,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
  switch (row.status) {
    case 'queued':
      return { ...base, status: 'queued', judgement: null, judgedAt: null };
    case 'running':
      return { ...base, status: 'running', judgement: null, judgedAt: null };
    case 'judged':
      if (!row.judgement || !row.judged_at)
        throw new Error(`Judged submission ${row.id} lacks its judgement or judged_at`);
      return { ...base, status: 'judged', judgement: row.judgement as Judgement, judgedAt: row.judged_at };
  }
}
