// tsyringe reads the Reflect metadata API at import time; no decorators are used anywhere.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KyselyBillingQueries } from '@talentsphere/adapters/billing';
import { InMemoryCache, RedisCache } from '@talentsphere/adapters/cache';
import { KyselyChallengeQueries } from '@talentsphere/adapters/challenges';
import {
  KyselyAnalyticsQueries,
  KyselyGamificationQueries,
  KyselyNotificationInbox,
} from '@talentsphere/adapters/engagement';
import type { OutboxBacklog, ReadinessCheck } from '@talentsphere/adapters/http';
import {
  Argon2PasswordHasher,
  cryptoTokenSecrets,
  JoseAccessTokenService,
  KyselyUserRepository,
} from '@talentsphere/adapters/identity';
import { InMemoryLeaderboardStore } from '@talentsphere/adapters/in-memory';
import { RedisLeaderboardStore } from '@talentsphere/adapters/leaderboards';
import {
  cryptoVerificationCodes,
  KyselyChallengeProgress,
  KyselyLearningQueries,
} from '@talentsphere/adapters/learning';
import { InMemoryLiveUpdates, RedisLiveUpdates } from '@talentsphere/adapters/live';
import {
  InProcessOutboxSignal,
  type OutboxSignal,
  PgNotifyOutboxSignal,
} from '@talentsphere/adapters/messaging';
import { KyselyNetworkQueries } from '@talentsphere/adapters/networking';
import {
  KyselyLocalPaymentStore,
  LocalPaymentGateway,
  StripePaymentGateway,
} from '@talentsphere/adapters/payments';
import {
  type DatabaseHandle,
  KyselyUnitOfWork,
  migrateToLatest,
  openDatabase,
} from '@talentsphere/adapters/persistence';
import { KyselyProfileQueries } from '@talentsphere/adapters/profile';
import { InMemoryRateLimiter, RedisRateLimiter } from '@talentsphere/adapters/rate-limit';
import { KyselyRecruitingQueries, PostgresJobSearch } from '@talentsphere/adapters/recruiting';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import { AdjustableClock, systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { LiveStreamSlots, type TrpcServices } from '@talentsphere/adapters/trpc';
import {
  type BillingServices,
  createBillingServices,
  type PaymentGateway,
  type ProviderEvent,
} from '@talentsphere/application/billing';
import { createChallengeServices } from '@talentsphere/application/challenges';
import {
  GamificationService,
  GetAnalyticsDashboard,
  type LeaderboardStore,
  NotificationCenter,
  rebuildLeaderboards,
} from '@talentsphere/application/engagement';
import {
  CreateAdmin,
  GetCurrentUser,
  Login,
  Logout,
  RefreshSession,
  RegisterUser,
} from '@talentsphere/application/identity';
import { createLearningServices } from '@talentsphere/application/learning';
import { createNetworkServices } from '@talentsphere/application/networking';
import { createProfileServices } from '@talentsphere/application/profile';
import { createRecruitingServices } from '@talentsphere/application/recruiting';
import type { Cache, Clock, LiveUpdates, RateLimiter } from '@talentsphere/application/shared';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { type DependencyContainer, instanceCachingFactory, container as rootContainer } from 'tsyringe';
import type { Config } from './config';

/** Injection tokens of the api composition root. */
export const TOKENS = {
  config: Symbol('config'),
  logger: Symbol('logger'),
  database: Symbol('database'),
  redis: Symbol('redis'),
  outboxSignal: Symbol('outboxSignal'),
  cache: Symbol('cache'),
  rateLimiter: Symbol('rateLimiter'),
  passwordHasher: Symbol('passwordHasher'),
  accessTokens: Symbol('accessTokens'),
  unitOfWork: Symbol('unitOfWork'),
} as const;

export interface ApiRuntime {
  readonly container: DependencyContainer;
  /** The cache the api reads through (the embedded worker invalidates the same one). */
  readonly cache: Cache;
  readonly database: DatabaseHandle;
  /** Sandbox children for "Run" (and, in embedded mode, grading): started on first use. */
  readonly sandbox: SandboxPool;
  readonly outboxSignal: OutboxSignal;
  readonly services: TrpcServices & { createAdmin: CreateAdmin };
  readonly readiness: ReadinessCheck[];
  /** Where the leaderboards are ranked: Redis in full mode, this process in embedded mode. */
  readonly leaderboards: LeaderboardStore;
  readonly outboxBacklog: () => Promise<OutboxBacklog>;
  readonly payments: {
    readonly gateway: PaymentGateway;
    /** The offline provider (no Stripe key): its renewals run on a schedule through advance(). */
    readonly local: LocalPaymentGateway | null;
  };
  /**
   * TALENTSPHERE_TEST_CLOCK only (embedded mode with the local provider: the configuration refuses
   * it otherwise): the clock of learning, recruiting and billing, moved by tests.
   */
  readonly testClock: AdjustableClock | null;
  close(): Promise<void>;
}

/**
 * Builds the object graph for one mode: embedded (PGlite, in-memory cache and limits, in-process
 * outbox signal) or full (PostgreSQL, Redis, RabbitMQ). Migrations run before anything is served.
 */
export async function createApiRuntime(config: Config, logger: Logger): Promise<ApiRuntime> {
  const c = rootContainer.createChildContainer();
  const database =
    config.mode === 'full'
      ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL!, poolSize: config.DATABASE_POOL_SIZE })
      : openDatabase({ kind: 'pglite', dataDir: ensureDir(path.join(config.DATA_DIR, 'pglite')) });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, {
        enableAutoPipelining: true,
        keyPrefix: `${config.REDIS_KEY_PREFIX}:`,
        // Fail fast while Redis is away: the limiter falls back to process-local counts and the
        // cache to the database, instead of every request waiting on reconnects.
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
      })
    : null;
  // Subscriber mode needs a connection of its own. Unlike the cache, a subscription may wait for
  // Redis to come back (ioredis subscribes again), so it queues instead of failing fast.
  const liveSubscriber = redis?.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
  const live: LiveUpdates =
    redis && liveSubscriber
      ? new RedisLiveUpdates({
          publisher: redis,
          subscriber: liveSubscriber,
          channelPrefix: `${config.REDIS_KEY_PREFIX}:live:`,
        })
      : new InMemoryLiveUpdates();
  const leaderboards: LeaderboardStore = redis
    ? new RedisLeaderboardStore(redis)
    : new InMemoryLeaderboardStore();
  const gamificationQueries = new KyselyGamificationQueries(database.db);

  c.register(TOKENS.config, { useValue: config });
  c.register(TOKENS.logger, { useValue: logger });
  c.register(TOKENS.database, { useValue: database });
  c.register(TOKENS.outboxSignal, {
    useValue: database.pool ? new PgNotifyOutboxSignal(database.pool, logger) : new InProcessOutboxSignal(),
  });
  c.register<Cache>(TOKENS.cache, { useValue: redis ? new RedisCache(redis) : new InMemoryCache() });
  c.register<RateLimiter>(TOKENS.rateLimiter, {
    useValue: redis ? new RedisRateLimiter(redis) : new InMemoryRateLimiter(),
  });
  c.register(TOKENS.passwordHasher, { useValue: new Argon2PasswordHasher() });
  c.register(TOKENS.accessTokens, {
    useValue: new JoseAccessTokenService(
      config.JWT_SECRET ?? embeddedSigningSecret(config.DATA_DIR),
      systemClock,
    ),
  });
  c.register(TOKENS.unitOfWork, {
    useFactory: instanceCachingFactory((dc) => {
      const signal = dc.resolve<OutboxSignal>(TOKENS.outboxSignal);
      return new KyselyUnitOfWork(database.db, {
        ids: uuidV7Ids,
        clock: systemClock,
        onEventsCommitted: () => signal.notify(),
      });
    }),
  });

  const passwords = c.resolve<Argon2PasswordHasher>(TOKENS.passwordHasher);
  const sessionDeps = {
    uow: c.resolve<KyselyUnitOfWork>(TOKENS.unitOfWork),
    clock: systemClock,
    ids: uuidV7Ids,
    accessTokens: c.resolve<JoseAccessTokenService>(TOKENS.accessTokens),
    secrets: cryptoTokenSecrets,
  };
  const rateLimiter = c.resolve<RateLimiter>(TOKENS.rateLimiter);
  const sandbox = new SandboxPool();
  // What plans allow depends on time (periods, grace): tests of a running server may move it on.
  // The configuration refuses this already; a container built by hand must not get round it.
  if (config.testClock && (config.mode !== 'embedded' || config.payments.provider !== 'local'))
    throw new Error('TALENTSPHERE_TEST_CLOCK is for embedded test servers with the local provider only');
  const testClock = config.testClock ? new AdjustableClock() : null;
  const clock: Clock = testClock ?? systemClock;
  const payments = createPayments(config, database, clock, logger, (event) => deliverProviderEvent(event));
  const billing: BillingServices = createBillingServices({
    uow: sessionDeps.uow,
    clock,
    ids: uuidV7Ids,
    gateway: payments.gateway,
    queries: new KyselyBillingQueries(database.db),
    localCheckout: payments.local,
    // Stripe sends the browser back to absolute addresses; the local checkout page stays in the app.
    urls:
      payments.gateway.provider === 'stripe'
        ? {
            success: `${config.publicUrl}/billing?checkout=success`,
            cancel: `${config.publicUrl}/pricing`,
            portalReturn: `${config.publicUrl}/billing`,
          }
        : { success: '/billing?checkout=success', cancel: '/pricing', portalReturn: '/billing' },
  });
  // The local provider hands its events to the same use case the Stripe webhook route calls; a
  // refusal leaves the event queued with the provider for the next try.
  async function deliverProviderEvent(event: ProviderEvent): Promise<void> {
    const received = await billing.receiveProviderEvent.execute(event, {
      correlationId: `payments-${event.id}`,
    });
    if (received.isErr()) throw new Error(`${received.error.code}: ${received.error.message}`);
  }
  const services = {
    registerUser: new RegisterUser({ ...sessionDeps, passwords, rateLimiter }),
    login: new Login({
      ...sessionDeps,
      users: new KyselyUserRepository(database.db),
      passwords,
      rateLimiter,
      decoyPasswordHash: await passwords.hash(randomBytes(24).toString('base64url')),
    }),
    refreshSession: new RefreshSession(sessionDeps),
    logout: new Logout(sessionDeps),
    getCurrentUser: new GetCurrentUser({ users: new KyselyUserRepository(database.db) }),
    createAdmin: new CreateAdmin({ ...sessionDeps, passwords }),
    accessTokens: sessionDeps.accessTokens,
    rateLimiter,
    recruiting: createRecruitingServices({
      uow: sessionDeps.uow,
      clock,
      ids: uuidV7Ids,
      queries: new KyselyRecruitingQueries(database.db),
      search: new PostgresJobSearch(database.db),
      cache: c.resolve<Cache>(TOKENS.cache),
    }),
    learning: createLearningServices({
      uow: sessionDeps.uow,
      clock,
      ids: uuidV7Ids,
      codes: cryptoVerificationCodes,
      queries: new KyselyLearningQueries(database.db),
      cache: c.resolve<Cache>(TOKENS.cache),
      challenges: new KyselyChallengeProgress(database.db),
    }),
    challenges: createChallengeServices({
      uow: sessionDeps.uow,
      clock: systemClock,
      ids: uuidV7Ids,
      queries: new KyselyChallengeQueries(database.db),
      cache: c.resolve<Cache>(TOKENS.cache),
      runner: new IsolatedVmCodeRunner(sandbox),
      rateLimiter,
      live,
    }),
    notifications: new NotificationCenter({
      inbox: new KyselyNotificationInbox(database.db),
      clock: systemClock,
      live,
    }),
    billing,
    analyticsDashboard: new GetAnalyticsDashboard({ queries: new KyselyAnalyticsQueries(database.db) }),
    gamification: new GamificationService({
      queries: gamificationQueries,
      leaderboards,
      clock: systemClock,
    }),
    profiles: createProfileServices({
      uow: sessionDeps.uow,
      clock,
      ids: uuidV7Ids,
      queries: new KyselyProfileQueries(database.db),
      recruiting: new KyselyRecruitingQueries(database.db),
    }),
    network: createNetworkServices({
      uow: sessionDeps.uow,
      clock,
      ids: uuidV7Ids,
      queries: new KyselyNetworkQueries(database.db),
      live,
    }),
    live,
    liveStreams: new LiveStreamSlots(config.LIVE_STREAMS_PER_USER),
  };

  // Embedded leaderboards live in this process: they start again from the ledger.
  if (!redis) await rebuildLeaderboards({ queries: gamificationQueries, leaderboards, clock: systemClock });

  const readiness: ReadinessCheck[] = [
    { name: 'database', check: async () => void (await sql`select 1`.execute(database.db)) },
  ];
  if (redis) readiness.push({ name: 'cache', check: async () => void (await redis.ping()) });
  if (config.AMQP_URL) readiness.push({ name: 'broker', check: () => probeTcp(config.AMQP_URL!) });

  return {
    container: c,
    cache: c.resolve<Cache>(TOKENS.cache),
    database,
    sandbox,
    outboxSignal: c.resolve<OutboxSignal>(TOKENS.outboxSignal),
    services,
    readiness,
    outboxBacklog: () => readOutboxBacklog(database),
    leaderboards,
    payments,
    testClock,
    async close() {
      const signal = c.resolve<OutboxSignal>(TOKENS.outboxSignal);
      if (signal instanceof PgNotifyOutboxSignal) await signal.flush();
      redis?.disconnect();
      liveSubscriber?.disconnect();
      await database.close();
    },
  };
}

/** Stripe when configured, else the offline local provider keeping its books in our database. */
function createPayments(
  config: Config,
  database: DatabaseHandle,
  clock: Clock,
  logger: Logger,
  deliver: (event: ProviderEvent) => Promise<void>,
): ApiRuntime['payments'] {
  if (config.payments.provider === 'stripe') {
    const { secretKey, webhookSecret, apiBase } = config.payments;
    return { gateway: new StripePaymentGateway({ secretKey, webhookSecret, apiBase }), local: null };
  }
  const local = new LocalPaymentGateway({
    store: new KyselyLocalPaymentStore(database.db),
    clock,
    ids: uuidV7Ids,
    checkoutBaseUrl: '/billing/checkout',
    deliver,
    onDeliveryError: (error, event) =>
      logger.warn({ err: error, eventId: event.id }, 'local payments: delivery failed, will retry'),
    onParked: (error, event) =>
      logger.error({ err: error, eventId: event.id }, 'local payments: delivery given up, event parked'),
  });
  return { gateway: local, local };
}

async function readOutboxBacklog(database: DatabaseHandle): Promise<OutboxBacklog> {
  const row = await database.db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<string>().as('pending'), eb.fn.min('occurred_at').as('oldest')])
    .where('published_at', 'is', null)
    .executeTakeFirstOrThrow();
  const oldest = row.oldest ? new Date(row.oldest as Date).getTime() : null;
  return {
    pending: Number(row.pending),
    oldestAgeSeconds: oldest ? Math.max(0, (Date.now() - oldest) / 1000) : 0,
  };
}

/** Embedded mode signs tokens with a key generated once and kept in the data folder. */
function embeddedSigningSecret(dataDir: string): string {
  const file = path.join(ensureDir(dataDir), 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function probeTcp(url: string): Promise<void> {
  const { connect } = await import('node:net');
  const { hostname, port } = new URL(url);
  await new Promise<void>((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port || 5672) }, () => {
      socket.end();
      resolve();
    });
    socket.setTimeout(2000, () => socket.destroy(new Error('broker did not answer')));
    socket.once('error', reject);
  });
}
