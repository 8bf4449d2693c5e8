/**
 * Child process of the grading bench: the real api in full mode (config, container, createServer,
 * tRPC route) with the challenge use cases rebuilt over a no-op rate limiter (Submit allows 10 per
 * minute per learner; the bench sends hundreds) and the api's per-IP procedure limit off, as in the
 * other benches. Everything else is the api's own: its unit of work (submissions and their outbox
 * rows), Redis cache, Redis live updates (the verdicts the worker announces) and sandbox pool (Run,
 * Validate). Registration keeps the api's limiter. Options in argv[2] as JSON; the base URL goes back
 * over IPC.
 */
import { KyselyChallengeQueries } from '@talentsphere/adapters/challenges';
import { IsolatedVmCodeRunner } from '@talentsphere/adapters/sandbox';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { loadConfig } from '@talentsphere/api/config';
import { createApiRuntime, TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import { createChallengeServices } from '@talentsphere/application/challenges';
import type { RateLimiter, UnitOfWork } from '@talentsphere/application/shared';
import pino from 'pino';
import { services as serviceUrls } from './support';

export interface GradingBenchServerOptions {
  readonly databaseUrl: string;
  readonly redisKeyPrefix: string;
}

const options = JSON.parse(process.argv[2]!) as GradingBenchServerOptions;
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  DATABASE_URL: options.databaseUrl,
  REDIS_URL: serviceUrls.redis,
  AMQP_URL: serviceUrls.amqp,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-000',
  REDIS_KEY_PREFIX: options.redisKeyPrefix,
  SEED_DEMO_DATA: 'false',
});
const logger = pino({ level: 'silent' });
const runtime = await createApiRuntime(config, logger);

const noLimiter: RateLimiter = { consume: async () => null, reset: async () => {} };
const challenges = createChallengeServices({
  uow: runtime.container.resolve<UnitOfWork>(TOKENS.unitOfWork),
  clock: systemClock,
  ids: uuidV7Ids,
  queries: new KyselyChallengeQueries(runtime.database.db),
  cache: runtime.cache,
  runner: new IsolatedVmCodeRunner(runtime.sandbox),
  rateLimiter: noLimiter,
  live: runtime.services.live,
});

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter: noLimiter, challenges },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

const baseUrl = await server.start();
process.send?.({ baseUrl });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.stop();
  await runtime.sandbox.close();
  await runtime.close();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
// The bench process died without stopping us (killed, or its output pipe closed).
process.once('disconnect', () => void stop());
