import {
  type ChallengeListInput,
  DIFFICULTIES,
  type Difficulty,
  PROGRESS_FILTERS,
  type ProgressFilter,
} from '../../lib/challenge-format';

/** The challenge list's whole query as it lives in the URL (shareable; the back button walks it). */
export interface ChallengeQuery {
  readonly q: string;
  readonly difficulties: Difficulty[];
  readonly skill: string;
  readonly progress: ProgressFilter;
  readonly page: number;
}

export const CHALLENGE_PAGE_SIZE = 20;

export function readChallengeQuery(params: URLSearchParams): ChallengeQuery {
  const difficulties = (params.get('difficulty') ?? '').split(',');
  const progress = params.get('progress');
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    difficulties: DIFFICULTIES.filter((d) => difficulties.includes(d)),
    skill: params.get('skill') ?? '',
    progress: PROGRESS_FILTERS.find((p) => p === progress) ?? 'all',
    page: Number.isInteger(page) && page > 1 && page <= 1000 ? page : 1,
  };
}

export function writeChallengeQuery(query: ChallengeQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.difficulties.length) params.set('difficulty', query.difficulties.join(','));
  if (query.skill) params.set('skill', query.skill);
  if (query.progress !== 'all') params.set('progress', query.progress);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** Visitors have nothing solved: their progress filter is always "all". */
export function toChallengeListInput(query: ChallengeQuery, signedIn: boolean): ChallengeListInput {
  return {
    q: query.q || undefined,
    difficulties: query.difficulties.length ? query.difficulties : undefined,
    skill: query.skill || undefined,
    progress: signedIn ? query.progress : 'all',
    page: query.page,
    pageSize: CHALLENGE_PAGE_SIZE,
  };
}

export function hasChallengeFilters(query: ChallengeQuery): boolean {
  return Boolean(query.q || query.difficulties.length || query.skill || query.progress !== 'all');
}
