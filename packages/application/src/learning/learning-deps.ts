import type { Cache } from '../shared/cache.port';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { ChallengeProgress } from './challenge-progress.port';
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
  readonly challenges: ChallengeProgress;
}

/** A course page, read through the cache under versions (see readThroughVersioned). */
export const courseCacheKey = (courseId: string): string => `learning:course:${courseId}`;
/** Catalog searches are cached under a generation that every change of a published course renews. */
export const CATALOG_KEY = 'learning:catalog';
