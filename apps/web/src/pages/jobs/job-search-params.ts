import { EMPLOYMENT_TYPES, REMOTE_POLICIES } from '../../lib/recruiting-format';
import type { EmploymentType, JobSearchInput, RemotePolicy, SearchSort } from '../../lib/router-types';

/** The job board's whole query as it lives in the URL (shareable; the back button walks it). */
export interface BoardQuery {
  readonly q: string;
  readonly location: string;
  readonly remote: RemotePolicy[];
  readonly type: EmploymentType[];
  /** Major units as typed by the visitor; the API takes minor units. */
  readonly salary: number | undefined;
  readonly skills: string[];
  readonly company: string | undefined;
  readonly sort: SearchSort;
}

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'salary'];

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

function oneOf<T extends string>(values: readonly T[], candidates: string[]): T[] {
  return candidates.filter((value): value is T => (values as readonly string[]).includes(value));
}

export function readBoardQuery(params: URLSearchParams): BoardQuery {
  const salary = Number(params.get('salary'));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    location: params.get('location') ?? '',
    remote: oneOf(REMOTE_POLICIES, list(params, 'remote')),
    type: oneOf(EMPLOYMENT_TYPES, list(params, 'type')),
    salary: Number.isFinite(salary) && salary > 0 ? Math.floor(salary) : undefined,
    skills: list(params, 'skills').slice(0, 10),
    company: params.get('company') ?? undefined,
    sort: SORTS.find((s) => s === sort) ?? 'relevance',
  };
}

export function writeBoardQuery(query: BoardQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.location) params.set('location', query.location);
  if (query.remote.length) params.set('remote', query.remote.join(','));
  if (query.type.length) params.set('type', query.type.join(','));
  if (query.salary) params.set('salary', String(query.salary));
  if (query.skills.length) params.set('skills', query.skills.join(','));
  if (query.company) params.set('company', query.company);
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  return params;
}

/** Salaries are compared in minor units; the filter is typed in whole units (×100). */
export function toSearchInput(query: BoardQuery): Omit<JobSearchInput, 'cursor'> {
  return {
    query: query.q,
    location: query.location || undefined,
    remote: query.remote.length ? query.remote : undefined,
    employmentType: query.type.length ? query.type : undefined,
    salaryMin: query.salary ? query.salary * 100 : undefined,
    skills: query.skills.length ? query.skills : undefined,
    companyId: query.company && /^[0-9a-f-]{36}$/i.test(query.company) ? query.company : undefined,
    sort: query.sort,
    limit: 20,
  };
}

export function hasFilters(query: BoardQuery): boolean {
  return Boolean(
    query.q ||
      query.location ||
      query.remote.length ||
      query.type.length ||
      query.salary ||
      query.skills.length ||
      query.company,
  );
}
