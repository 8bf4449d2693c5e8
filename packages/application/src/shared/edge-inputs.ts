import { SKILL_LEVELS } from '@talentsphere/domain/shared';
import { z } from 'zod';

// Edge shapes the list and editor inputs of every vertical share; sizes that differ stay arguments.

/** Free search text; blank means no search. */
export const searchTextInput = z
  .string()
  .trim()
  .max(200)
  .transform((v) => v || undefined)
  .optional();

/** One skill to filter by, lower-cased as skills are stored; blank means any skill. */
export const skillFilterInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(40)
  .transform((v) => v || undefined)
  .optional();

/** A skill list as edited; the domain normalises the names. */
export const skillListInput = (maxSkills: number) =>
  z
    .array(z.object({ name: z.string().max(40), level: z.enum(SKILL_LEVELS) }))
    .max(maxSkills)
    .default([]);

/** 1-based paging fields; each list chooses its page size bounds. */
export const pagingInput = (pageSize: { max: number; default: number }) => ({
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(pageSize.max).default(pageSize.default),
});
