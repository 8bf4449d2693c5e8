import { ACCESS_TIERS, CATALOG_SORTS, COURSE_LEVELS } from '../../lib/learning-format';
import type { AccessTier, CatalogInput, CatalogSort, CourseLevel } from '../../lib/router-types';

/** The catalog's whole query as it lives in the URL (shareable; the back button walks it). */
export interface CatalogQuery {
  readonly q: string;
  readonly levels: CourseLevel[];
  readonly skill: string;
  readonly tier: AccessTier | undefined;
  readonly sort: CatalogSort;
  readonly page: number;
}

export const CATALOG_PAGE_SIZE = 12;

export function readCatalogQuery(params: URLSearchParams): CatalogQuery {
  const levels = (params.get('level') ?? '').split(',');
  const tier = params.get('tier');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    levels: COURSE_LEVELS.filter((level) => levels.includes(level)),
    skill: params.get('skill') ?? '',
    tier: ACCESS_TIERS.find((t) => t === tier),
    sort: CATALOG_SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page > 1 && page <= 1000 ? page : 1,
  };
}

export function writeCatalogQuery(query: CatalogQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.levels.length) params.set('level', query.levels.join(','));
  if (query.skill) params.set('skill', query.skill);
  if (query.tier) params.set('tier', query.tier);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

export function toCatalogInput(query: CatalogQuery): CatalogInput {
  return {
    q: query.q || undefined,
    levels: query.levels.length ? query.levels : undefined,
    skill: query.skill || undefined,
    tier: query.tier,
    sort: query.sort,
    page: query.page,
    pageSize: CATALOG_PAGE_SIZE,
  };
}

export function hasCatalogFilters(query: CatalogQuery): boolean {
  return Boolean(query.q || query.levels.length || query.skill || query.tier);
}
