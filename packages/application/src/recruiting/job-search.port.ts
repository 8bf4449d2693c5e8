import type { EmploymentType, RemotePolicy } from '@talentsphere/domain/recruiting';
import { EMPLOYMENT_TYPES, REMOTE_POLICIES } from '@talentsphere/domain/recruiting';
import { z } from 'zod';
import type { JobSummary } from './recruiting-read-models';

export const JOB_SEARCH_SORTS = ['relevance', 'newest', 'salary'] as const;

export const jobSearchInput = z.object({
  query: z.string().trim().max(200).default(''),
  location: z.string().trim().max(100).optional(),
  remote: z.array(z.enum(REMOTE_POLICIES)).max(3).optional(),
  employmentType: z.array(z.enum(EMPLOYMENT_TYPES)).max(4).optional(),
  /** Yearly minimum in minor units: jobs whose maximum reaches it. */
  salaryMin: z.number().int().min(0).max(1_000_000_000_000).optional(),
  skills: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(10).optional(),
  companyId: z.uuid().optional(),
  sort: z.enum(JOB_SEARCH_SORTS).default('relevance'),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type JobSearchInput = z.infer<typeof jobSearchInput>;

export interface FacetCount<T extends string = string> {
  readonly value: T;
  readonly count: number;
}

export interface JobSearchResult {
  readonly items: readonly JobSummary[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  readonly nextCursor: string | null;
  readonly total: number;
  /** Counts over the whole result set with every other filter applied. */
  readonly facets: {
    readonly remote: readonly FacetCount<RemotePolicy>[];
    readonly employmentType: readonly FacetCount<EmploymentType>[];
    readonly skills: readonly FacetCount[];
    readonly locations: readonly FacetCount[];
  };
}

/** Full-text search over open jobs (Postgres FTS today; an OpenSearch adapter could replace it). */
export interface JobSearch {
  search(input: JobSearchInput): Promise<JobSearchResult>;
}
