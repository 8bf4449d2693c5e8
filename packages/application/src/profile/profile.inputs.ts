import { PROFILE_LIMITS, PROFILE_SECTIONS } from '@talentsphere/domain/profile';
import { z } from 'zod';
import { skillListInput } from '../shared/edge-inputs';

// Edge shapes and sizes; the rules with meaning (URLs, months, lengths) live in the domain.

const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .default('');
const month = z.string().max(7);

export const profileInput = z.object({
  headline: text(PROFILE_LIMITS.headline),
  summary: text(PROFILE_LIMITS.summary),
  location: text(PROFILE_LIMITS.location),
  photoUrl: text(PROFILE_LIMITS.url),
  links: z
    .object({
      website: text(PROFILE_LIMITS.url),
      github: text(PROFILE_LIMITS.url),
      linkedin: text(PROFILE_LIMITS.url),
    })
    .default({ website: '', github: '', linkedin: '' }),
  experience: z
    .array(
      z.object({
        title: z.string().max(PROFILE_LIMITS.entryText * 2),
        organisation: z.string().max(PROFILE_LIMITS.entryText * 2),
        startMonth: month,
        endMonth: month.nullable().default(null),
        description: text(PROFILE_LIMITS.entryDescription),
      }),
    )
    .max(PROFILE_LIMITS.entries)
    .default([]),
  education: z
    .array(
      z.object({
        school: z.string().max(PROFILE_LIMITS.entryText * 2),
        degree: text(PROFILE_LIMITS.entryText),
        startMonth: month,
        endMonth: month.nullable().default(null),
      }),
    )
    .max(PROFILE_LIMITS.entries)
    .default([]),
  skills: skillListInput(PROFILE_LIMITS.skills),
  visibility: z.object({
    ...(Object.fromEntries(PROFILE_SECTIONS.map((s) => [s, z.enum(['public', 'private'])])) as Record<
      (typeof PROFILE_SECTIONS)[number],
      z.ZodEnum<{ public: 'public'; private: 'private' }>
    >),
    // Optional: a client that predates the setting keeps the stored choice rather than resetting it.
    leaderboards: z.enum(['public', 'private']).optional(),
  }),
});
export type ProfileInputDto = z.infer<typeof profileInput>;

export const userIdInput = z.object({ userId: z.uuid() });
export const jobIdInput = z.object({ jobId: z.uuid() });

export const PIPELINE_SORTS = ['score', 'applied'] as const;
export const pipelineMatchesInput = z.object({
  jobId: z.uuid(),
  sort: z.enum(PIPELINE_SORTS).default('score'),
  /** Only applicants scoring at least this. */
  minScore: z.number().int().min(0).max(100).default(0),
  /** Hide names and photos while screening (the server leaves them out). */
  anonymous: z.boolean().default(false),
});
export type PipelineMatchesInput = z.infer<typeof pipelineMatchesInput>;
