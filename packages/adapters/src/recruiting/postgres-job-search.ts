import type {
  FacetCount,
  JobSearch,
  JobSearchInput,
  JobSearchResult,
  JobSummary,
} from '@talentsphere/application/recruiting';
import { InvalidCursorError } from '@talentsphere/application/recruiting';
import type { EmploymentType, RemotePolicy, RequiredSkill } from '@talentsphere/domain/recruiting';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../persistence/tables';
import { toSalary } from './recruiting-rows';

type Sort = JobSearchInput['sort'];
type FacetName = 'remote' | 'employmentType' | 'skills' | 'locations';

/** The last row's sort keys, as Postgres printed them (text casts back without losing precision). */
interface Cursor {
  readonly sort: Sort;
  readonly key: string | null;
  readonly id: string;
}

interface PageRow {
  id: string;
  title: string;
  location: string;
  remote_policy: RemotePolicy;
  employment_type: EmploymentType;
  salary_min: string | null;
  salary_max: string | null;
  salary_currency: string | null;
  skills: RequiredSkill[];
  opened_at: Date;
  company_id: string;
  company_name: string;
  company_slug: string;
  company_logo_url: string | null;
  sort_key: string | null;
}

const TOP_SKILLS = 20;
const TOP_LOCATIONS = 10;
const FLAG_COLUMN: Record<FacetName, string> = {
  remote: 'f_remote',
  employmentType: 'f_employment_type',
  skills: 'f_skills',
  locations: 'f_locations',
};

/**
 * Job search on Postgres full-text search, for PostgreSQL and PGlite alike. Two statements: the page
 * (every filter in its WHERE, so the GIN and partial indexes apply, keyset after the cursor) and the
 * total with the facets (one CTE of the non-facet filters; each facet applies every facet filter but
 * its own, so choosing "remote" still shows how many hybrid and onsite jobs there are).
 */
export class PostgresJobSearch implements JobSearch {
  constructor(private readonly db: Kysely<Database>) {}

  async search(input: JobSearchInput): Promise<JobSearchResult> {
    const query = input.query.trim();
    // Without words there is nothing to rank: relevance falls back to newest.
    const sort: Sort = input.sort === 'relevance' && query === '' ? 'newest' : input.sort;
    const tsquery = sql`websearch_to_tsquery('english'::regconfig, ${query}::text)`;
    const base = baseFilters(input, query, tsquery);
    const facet = facetFilters(input);
    const [page, stats] = await Promise.all([
      this.page(input, sort, tsquery, [...base, ...Object.values(facet).filter(isDefined)]),
      this.stats(base, facet),
    ]);
    const items = page.slice(0, input.limit);
    const last = items.at(-1);
    return {
      items: items.map(toSummary),
      nextCursor:
        page.length > input.limit && last ? encodeCursor({ sort, key: last.sort_key, id: last.id }) : null,
      total: stats.total,
      facets: {
        remote: stats.facets.remote as FacetCount<RemotePolicy>[],
        employmentType: stats.facets.employmentType as FacetCount<EmploymentType>[],
        skills: stats.facets.skills,
        locations: stats.facets.locations,
      },
    };
  }

  private async page(
    input: JobSearchInput,
    sort: Sort,
    tsquery: RawBuilder<unknown>,
    filters: RawBuilder<unknown>[],
  ) {
    const rank = sql`ts_rank_cd(j.search, ${tsquery})`;
    const order = {
      relevance: { key: sql`${rank}::text`, orderBy: sql`${rank} DESC, j.id DESC` },
      newest: { key: sql`j.opened_at::text`, orderBy: sql`j.opened_at DESC, j.id DESC` },
      salary: { key: sql`j.salary_max::text`, orderBy: sql`j.salary_max DESC NULLS LAST, j.id DESC` },
    }[sort];
    const cursor = decodeCursor(input.cursor, sort);
    const after = cursor ? [keysetAfter(sort, cursor, rank)] : [];
    const { rows } = await sql<PageRow>`
      SELECT j.id, j.title, j.location, j.remote_policy, j.employment_type, j.salary_min, j.salary_max,
        j.salary_currency, j.skills, j.opened_at, c.id AS company_id, c.name AS company_name,
        c.slug AS company_slug, c.logo_url AS company_logo_url, ${order.key} AS sort_key
      FROM jobs j JOIN companies c ON c.id = j.company_id
      WHERE ${sql.join([...filters, ...after], sql` AND `)}
      ORDER BY ${order.orderBy}
      LIMIT ${input.limit + 1}`.execute(this.db);
    return rows;
  }

  private async stats(base: RawBuilder<unknown>[], facet: FacetFilters) {
    const flag = (name: FacetName) => facet[name] ?? sql`TRUE`;
    const allBut = (skip: FacetName | null) =>
      sql.join(
        (['remote', 'employmentType', 'skills', 'locations'] as const)
          .filter((name) => name !== skip)
          .map((name) => sql.raw(FLAG_COLUMN[name])),
        sql` AND `,
      );
    const { rows } = await sql<{ facet: FacetName | 'total'; value: string | null; count: string }>`
      WITH matched AS MATERIALIZED (
        SELECT j.remote_policy, j.employment_type, j.skill_names, j.location,
          ${flag('remote')} AS f_remote, ${flag('employmentType')} AS f_employment_type,
          ${flag('skills')} AS f_skills, ${flag('locations')} AS f_locations
        FROM jobs j
        WHERE ${sql.join(base, sql` AND `)}
      )
      SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM matched WHERE ${allBut(null)}
      UNION ALL
      SELECT 'remote', remote_policy, count(*) FROM matched WHERE ${allBut('remote')} GROUP BY remote_policy
      UNION ALL
      SELECT 'employmentType', employment_type, count(*) FROM matched WHERE ${allBut('employmentType')}
        GROUP BY employment_type
      UNION ALL
      (SELECT 'skills', skill, count(*) FROM matched, unnest(skill_names) AS skill WHERE ${allBut('skills')}
        GROUP BY skill ORDER BY count(*) DESC, skill LIMIT ${TOP_SKILLS})
      UNION ALL
      (SELECT 'locations', location, count(*) FROM matched WHERE ${allBut('locations')} AND location <> ''
        GROUP BY location ORDER BY count(*) DESC, location LIMIT ${TOP_LOCATIONS})`.execute(this.db);
    const facets: Record<FacetName, FacetCount[]> = {
      remote: [],
      employmentType: [],
      skills: [],
      locations: [],
    };
    let total = 0;
    for (const row of rows) {
      if (row.facet === 'total') total = Number(row.count);
      else facets[row.facet].push({ value: row.value ?? '', count: Number(row.count) });
    }
    // Biggest first; the SQL already orders skills and locations, the small facets are sorted here.
    for (const list of [facets.remote, facets.employmentType])
      list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { total, facets };
  }
}

type FacetFilters = Partial<Record<FacetName, RawBuilder<unknown>>>;

/** Filters that are not facets: they bound the set every facet counts over. */
function baseFilters(
  input: JobSearchInput,
  query: string,
  tsquery: RawBuilder<unknown>,
): RawBuilder<unknown>[] {
  const filters = [sql`j.status = 'open'`];
  if (query !== '') filters.push(sql`j.search @@ ${tsquery}`);
  if (input.companyId) filters.push(sql`j.company_id = ${input.companyId}::uuid`);
  if (input.salaryMin !== undefined) filters.push(sql`j.salary_max >= ${input.salaryMin}::bigint`);
  return filters;
}

function facetFilters(input: JobSearchInput): FacetFilters {
  const filters: FacetFilters = {};
  if (input.remote?.length) filters.remote = sql`j.remote_policy = ANY(${input.remote}::text[])`;
  if (input.employmentType?.length)
    filters.employmentType = sql`j.employment_type = ANY(${input.employmentType}::text[])`;
  if (input.skills?.length) filters.skills = sql`j.skill_names @> ${input.skills}::text[]`;
  if (input.location) filters.locations = sql`j.location ILIKE ${`%${escapeLike(input.location)}%`}`;
  return filters;
}

/** Rows strictly after the cursor in the sort's order (keyset: no OFFSET, stable across pages). */
function keysetAfter(sort: Sort, cursor: Cursor, rank: RawBuilder<unknown>): RawBuilder<unknown> {
  switch (sort) {
    case 'relevance':
      return sql`(${rank}, j.id) < (${cursor.key}::real, ${cursor.id}::uuid)`;
    case 'newest':
      return sql`(j.opened_at, j.id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)`;
    case 'salary':
      return cursor.key === null
        ? sql`(j.salary_max IS NULL AND j.id < ${cursor.id}::uuid)`
        : sql`(j.salary_max < ${cursor.key}::bigint OR j.salary_max IS NULL
            OR (j.salary_max = ${cursor.key}::bigint AND j.id < ${cursor.id}::uuid))`;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');

/** A cursor from another sort or not ours at all starts from the first page. */
/** Decodes a cursor this search issued; anything else (tampered, another sort) is refused. */
function decodeCursor(raw: string | undefined, sort: Sort): Cursor | null {
  if (!raw) return null;
  const cursor = parseCursor(raw, sort);
  if (!cursor) throw new InvalidCursorError('unreadable search cursor');
  return cursor;
}

function parseCursor(raw: string, sort: Sort): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [cursorSort, key, id] = value as unknown[];
    if (cursorSort !== sort || typeof id !== 'string' || !UUID.test(id)) return null;
    if (key !== null && typeof key !== 'string') return null;
    if (key === null ? sort !== 'salary' : !KEY_SHAPE[sort].test(key) || !inRange(sort, key)) return null;
    return { sort, key, id };
  } catch {
    return null;
  }
}

/** A key of the right shape can still be out of range for its SQL cast (a 500, not a bad cursor). */
function inRange(sort: Sort, key: string): boolean {
  if (sort === 'relevance') return Number.isFinite(Number(key));
  if (sort === 'salary') return key.length <= 13; // salaries stop at SALARY_MAX_MINOR (10^12)
  return Number.isFinite(Date.parse(key.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')));
}

// What Postgres prints for each sort key; anything else would fail the cast in SQL.
const KEY_SHAPE: Record<Sort, RegExp> = {
  relevance: /^\d+(\.\d+)?(e[+-]?\d+)?$/i,
  newest: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?$/,
  salary: /^\d+$/,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toSummary = (row: PageRow): JobSummary => ({
  id: row.id,
  title: row.title,
  company: {
    id: row.company_id,
    name: row.company_name,
    slug: row.company_slug,
    logoUrl: row.company_logo_url,
  },
  location: row.location,
  remotePolicy: row.remote_policy,
  employmentType: row.employment_type,
  salary: toSalary(row),
  skills: row.skills,
  status: 'open',
  openedAt: row.opened_at.toISOString(),
});
