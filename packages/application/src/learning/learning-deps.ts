import type { Cache } from '../shared/cache.port';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { LearningQueries } from './learning-read-models';

/** Issues the public code printed on a certificate: unguessable, short enough to type. */
export interface VerificationCodes {
  next(): string;
}

/** What the learning use cases need; the composition root builds one and shares it. */
export interface LearningDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly codes: VerificationCodes;
  readonly queries: LearningQueries;
  readonly cache: Cache;
}

/**
 * A course page is cached under `learning:course:{id}:{version}`. Changing the version, rather than
 * deleting the entry, closes the race of a read that loaded the old course and writes it back after
 * the invalidation: it writes under the old version, which is never read again.
 */
export const courseVersionKey = (courseId: string): string => `learning:course:${courseId}:version`;
export const courseCacheKey = (courseId: string, version: string): string =>
  `learning:course:${courseId}:${version}`;
/** Changed by every change of a published course; catalog entries of older generations are never read again. */
export const CATALOG_GENERATION_KEY = 'learning:catalog:generation';
/** Longer than any entry lives, so a version is never forgotten while entries of it exist. */
export const VERSION_TTL_SECONDS = 24 * 3600;
