/**
 * Child process of the learning benches: the real api in full mode (config, container, createServer,
 * tRPC route) with the learning services rebuilt over two bench hooks.
 * - The cache is switchable over IPC (`{ cache: 'redis' | 'none' }`): the api's Redis cache, or a
 *   cache that never hits (every read loads from PostgreSQL).
 * - The read-model port is wrapped to count course detail and catalog loads and the SQL statements
 *   the read models run (`{ counters: 'read' | 'reset' }`), for the stampede check.
 * The api rate limit is off (no-op limiter), as in the recruiting benches. Options in argv[2] as JSON.
 */
import {
  cryptoVerificationCodes,
  KyselyChallengeProgress,
  KyselyLearningQueries,
} from '@talentsphere/adapters/learning';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import { createLearningServices } from '@talentsphere/application/learning';
import type { UnitOfWork } from '@talentsphere/application/shared';
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

export type LearningBenchOptions = BenchApiOptions;

export interface Counters {
  readonly courseDetailLoads: number;
  readonly catalogLoads: number;
  readonly statements: number;
}

const { config, logger, runtime } = await startBenchRuntime(childOptions<LearningBenchOptions>());

const counting = countingReadModel(runtime.database.pool!, KyselyLearningQueries, [
  'courseDetail',
  'searchCatalog',
]);
const cache = switchableCache(runtime.cache);

const learning = createLearningServices({
  uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
  clock: systemClock,
  ids: uuidV7Ids,
  codes: cryptoVerificationCodes,
  queries: counting.queries,
  cache: cache.cache,
  challenges: new KyselyChallengeProgress(runtime.database.db),
});

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter: noLimiter, learning },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

answerCacheControls(cache, {
  read: (): Counters => ({
    courseDetailLoads: counting.calls('courseDetail'),
    catalogLoads: counting.calls('searchCatalog'),
    statements: counting.statements(),
  }),
  reset: counting.reset,
});

await serveUntilTerminated(server, runtime);
