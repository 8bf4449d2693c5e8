import { learningErrors } from '@talentsphere/domain/learning';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { canonicalQueryKey, readThroughVersioned } from '../shared/cache.port';
import { CATALOG_KEY, courseCacheKey, type LearningDeps } from './learning-deps';
import type {
  CatalogSearchInput,
  CatalogSearchResult,
  CertificateView,
  CourseDetail,
} from './learning-read-models';

/**
 * Catalog pages, cached: a catalog repeats the same few searches. Every change of a published course
 * gives the catalog a new version (see learningCacheInvalidation), so it shows at once.
 */
export class SearchCatalog {
  constructor(private readonly deps: Pick<LearningDeps, 'queries' | 'cache'>) {}

  execute(input: CatalogSearchInput): ResultAsync<CatalogSearchResult, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const result = await readThroughVersioned(
        deps.cache,
        CATALOG_KEY,
        () => deps.queries.searchCatalog(input),
        {
          entry: canonicalQueryKey(input),
        },
      );
      return ok(result as CatalogSearchResult);
    });
  }
}

/**
 * A course page. Published and archived courses are read through the cache (`learning:course:{id}:…`,
 * 300 s, a new version after course and enrolment events); drafts only for their authors, never cached.
 */
export class GetCourse {
  constructor(private readonly deps: Pick<LearningDeps, 'queries' | 'cache'>) {}

  execute(actor: Actor | null, input: { courseId: string }): ResultAsync<CourseDetail, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const cached = await readThroughVersioned(deps.cache, courseCacheKey(input.courseId), async () => {
        const course = await deps.queries.courseDetail(input.courseId);
        return course && course.status !== 'draft' ? course : undefined;
      });
      if (cached) return ok(cached);
      const draft = await deps.queries.courseDetail(input.courseId);
      if (draft && actor && draft.authors.some((a) => a.id === actor.userId)) return ok(draft);
      return err(learningErrors.courseNotFound());
    });
  }
}

/** The public verification page of a certificate: anyone with the code may check it. */
export class GetCertificate {
  constructor(private readonly deps: Pick<LearningDeps, 'queries'>) {}

  execute(input: { code: string }): ResultAsync<CertificateView, AppError> {
    return asyncResult(async () => {
      const certificate = await this.deps.queries.certificateByCode(normaliseCode(input.code));
      return certificate ? ok(certificate) : err(learningErrors.certificateNotFound());
    });
  }
}

/** Codes are Crockford base32: read O as 0 and I or L as 1, as people type them from paper. */
const normaliseCode = (code: string): string => code.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
