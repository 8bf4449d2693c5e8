import {
  CHALLENGE_LIMITS,
  DIFFICULTIES,
  LANGUAGES,
  SOURCE_MAX_LENGTH,
} from '@talentsphere/domain/challenges';
import { SLUG_MAX_LENGTH } from '@talentsphere/domain/shared';
import { z } from 'zod';
import { pagingInput, searchTextInput, skillFilterInput, skillListInput } from '../shared/edge-inputs';
import { CHALLENGE_PROGRESS_FILTERS } from './challenge-read-models';

// Edge shapes and sizes; the rules with meaning live in the domain.

const id = z.uuid();
const json = z.json();

export const challengeDetailsInput = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(CHALLENGE_LIMITS.title),
  slug: z.string().trim().toLowerCase().min(1, 'Choose the challenge address.').max(SLUG_MAX_LENGTH),
  statement: z.string().max(CHALLENGE_LIMITS.statement),
  difficulty: z.enum(DIFFICULTIES),
  skills: skillListInput(CHALLENGE_LIMITS.skills),
  starterCode: z.partialRecord(z.enum(LANGUAGES), z.string().max(CHALLENGE_LIMITS.starterCode)),
});

export const gradingSpecInput = z.object({
  entryFunction: z.string().trim().max(64),
  tests: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(40),
        input: z.array(json).max(20),
        expected: json,
        comparison: z.union([
          z.enum(['exact', 'unordered']),
          z.object({ tolerance: z.number().positive().lt(1) }),
        ]),
        visibility: z.enum(['sample', 'hidden']),
      }),
    )
    .max(CHALLENGE_LIMITS.tests),
  limits: z.object({
    timeMs: z.number().int(),
    memoryMb: z.number().int(),
    outputBytes: z.number().int(),
  }),
  referenceSolution: z.object({
    language: z.enum(LANGUAGES),
    source: z.string().max(CHALLENGE_LIMITS.referenceSolution),
  }),
});

export const createChallengeInput = z.object({ details: challengeDetailsInput, grading: gradingSpecInput });
export const challengeIdInput = z.object({ challengeId: id });
export const editChallengeDetailsInput = z.object({ challengeId: id, details: challengeDetailsInput });
export const editGradingSpecInput = z.object({ challengeId: id, grading: gradingSpecInput });

export const codeInput = z.object({
  challengeId: id,
  language: z.enum(LANGUAGES),
  source: z.string().max(SOURCE_MAX_LENGTH),
});
export const submissionIdInput = z.object({ submissionId: id });

export const challengeListInput = z.object({
  q: searchTextInput,
  difficulties: z.array(z.enum(DIFFICULTIES)).max(DIFFICULTIES.length).optional(),
  skill: skillFilterInput,
  progress: z.enum(CHALLENGE_PROGRESS_FILTERS).default('all'),
  ...pagingInput({ max: 50, default: 20 }),
});

export type ChallengeDetailsInputDto = z.infer<typeof challengeDetailsInput>;
export type GradingSpecInputDto = z.infer<typeof gradingSpecInput>;
