/**
 * Child process of the recruiting benches: the real api in full mode (config, container,
 * createServer, tRPC route) with three bench hooks.
 * - `GET /bench/jobs-search?i=N`: a plain Fastify route running, with pg on the api's own pool, the
 *   exact SQL `PostgresJobSearch` issues for the N-th search input of the bench (captured once at
 *   start through a logging Kysely), both statements at once as the adapter does. The baseline.
 * - The job cache is switchable over IPC (`{ cache: 'redis' | 'none' }`): the api's Redis cache, or a
 *   cache that never hits (every read loads from PostgreSQL).
 * - The read-model port is wrapped to count job detail loads and the SQL statements they run
 *   (`{ counters: 'read' | 'reset' }`), for the stampede check.
 * The api rate limit is off (no-op limiter), as in the auth.me bench. Options in argv[2] as JSON.
 */
import type { Database } from '@talentsphere/adapters/persistence';
import { KyselyRecruitingQueries, PostgresJobSearch } from '@talentsphere/adapters/recruiting';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import { createRecruitingServices, jobSearchInput } from '@talentsphere/application/recruiting';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { Kysely, PostgresDialect } from 'kysely';
import {
  answerCacheControls,
  type BenchApiOptions,
  childOptions,
  countingReadModel,
  noLimiter,
  serveUntilTerminated,
  startBenchRuntime,
  switchableCache,
} from './bench-child';

export interface RecruitingBenchOptions extends BenchApiOptions {
  /** The search inputs the baseline route serves by index (the tRPC side gets the same inputs). */
  readonly searches: readonly unknown[];
}

export interface Counters {
  readonly jobDetailLoads: number;
  readonly statements: number;
}

const options = childOptions<RecruitingBenchOptions>();
const { config, logger, runtime } = await startBenchRuntime(options);
const pool = runtime.database.pool!;

const counting = countingReadModel(pool, KyselyRecruitingQueries, ['jobDetail']);
const cache = switchableCache(runtime.cache);

const recruiting = createRecruitingServices({
  uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
  clock: systemClock,
  ids: uuidV7Ids,
  queries: counting.queries,
  search: new PostgresJobSearch(runtime.database.db),
  cache: cache.cache,
});

// Capture the statements PostgresJobSearch runs for each bench input.
let captured: { sql: string; parameters: readonly unknown[] }[] = [];
const capturingDb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});
const capturingSearch = new PostgresJobSearch(capturingDb);
const baselineStatements: { sql: string; parameters: readonly unknown[] }[][] = [];
for (const raw of options.searches) {
  captured = [];
  await capturingSearch.search(jobSearchInput.parse(raw));
  if (captured.length !== 2) throw new Error(`expected 2 search statements, saw ${captured.length}`);
  // Logged as they finish: put the page first, the facet statement (a CTE) second.
  baselineStatements.push(
    captured.sort((a, b) => Number(/^\s*WITH/i.test(a.sql)) - Number(/^\s*WITH/i.test(b.sql))),
  );
}

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter: noLimiter, recruiting },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

// Typed by hand: tools does not depend on fastify itself.
interface BenchRequest {
  readonly query: { readonly i?: string };
}
server.app.get('/bench/jobs-search', async (request: BenchRequest) => {
  const pair = baselineStatements[Number(request.query.i ?? 0)]!;
  const [page, stats] = await Promise.all(pair.map((s) => pool.query(s.sql, s.parameters as unknown[])));
  return { items: page!.rows, stats: stats!.rows };
});

answerCacheControls(cache, {
  read: (): Counters => ({ jobDetailLoads: counting.calls('jobDetail'), statements: counting.statements() }),
  reset: counting.reset,
});

await serveUntilTerminated(server, runtime);
