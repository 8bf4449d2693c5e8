import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const urlWithScheme = (schemes: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return schemes.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
    );

/** Every setting of the api and worker processes, read from the environment once at start-up. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: urlWithScheme(['redis:', 'rediss:']).optional(),
    /** Namespace of this deployment's keys in a shared Redis (cache entries, rate-limit counters). */
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,32}$/, 'use 1-32 of a-z, 0-9, _ and -')
      .default('ts'),
    AMQP_URL: urlWithScheme(['amqp:', 'amqps:']).optional(),
    /** Embedded mode keeps PGlite's files and the generated signing key here. */
    DATA_DIR: z.string().min(1).default('.data'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    COOKIE_SECURE: flag.optional(),
    /**
     * Which proxies may set X-Forwarded-For: `false` (none, the default), a hop count (`1` behind one
     * load balancer) or a comma list of proxy addresses/CIDRs. Never "trust everyone": the client
     * could then pick its own address and dodge the per-IP limits.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('false')
      .transform((value, ctx) => {
        if (value === 'false' || value === '') return false as const;
        if (/^\d+$/.test(value)) return Number(value);
        const list = value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
        if (list.every((entry) => /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(entry))) return list;
        ctx.addIssue({
          code: 'custom',
          message: 'use false, a hop count, or a comma list of proxy addresses/CIDRs',
        });
        return z.NEVER;
      }),
    SEED_DEMO_DATA: flag.optional(),
    /** Largest number of calls one tRPC batch may carry. */
    TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(20),
    /**
     * Live streams (SSE subscriptions) one user may hold open at once in each api process; the
     * default fits several tabs with the web app's three streams each.
     */
    LIVE_STREAMS_PER_USER: z.coerce.number().int().min(1).max(1000).default(12),
    /** Stripe takes payments when set; without it the offline local provider does. */
    STRIPE_SECRET_KEY: z.string().trim().min(1).optional(),
    /** Signs Stripe's webhooks (whsec_…); required with STRIPE_SECRET_KEY. */
    STRIPE_WEBHOOK_SECRET: z.string().trim().min(1).optional(),
    /** Another Stripe API origin (tests point the SDK at a fake Stripe). */
    STRIPE_API_BASE: urlWithScheme(['http:', 'https:']).optional(),
    /** Where browsers reach the web app, for the provider's return links (default http://localhost:PORT). */
    PUBLIC_URL: urlWithScheme(['http:', 'https:']).optional(),
    /**
     * Tests only: the api's clock can be moved forward through POST /testing/clock (which also runs
     * the local payment provider's renewals). Refused in production, with STRIPE_SECRET_KEY and in
     * full mode (DATABASE_URL).
     */
    TALENTSPHERE_TEST_CLOCK: flag.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'is required when STRIPE_SECRET_KEY is set (webhooks are how Stripe reports payments)',
      });
    // A moved clock renews, ends and grants plans early: only an embedded test server with the local
    // provider may have one, never real money (Stripe) or shared data (full mode).
    const clockRefusal =
      env.NODE_ENV === 'production'
        ? 'a movable clock is for tests only and is refused in production'
        : env.STRIPE_SECRET_KEY
          ? 'a movable clock is refused with STRIPE_SECRET_KEY (Stripe keeps its own time and money)'
          : env.DATABASE_URL
            ? 'a movable clock is refused in full mode (DATABASE_URL set): embedded test servers only'
            : null;
    if (env.TALENTSPHERE_TEST_CLOCK && clockRefusal)
      ctx.addIssue({ code: 'custom', path: ['TALENTSPHERE_TEST_CLOCK'], message: clockRefusal });
    if (!env.DATABASE_URL) return;
    // Full mode: the same code on PostgreSQL, Redis and RabbitMQ, so all three must be given.
    for (const key of ['REDIS_URL', 'AMQP_URL', 'JWT_SECRET'] as const) {
      if (!env[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required when DATABASE_URL is set (full mode)',
        });
    }
  })
  .transform((env) => {
    const mode = env.DATABASE_URL ? ('full' as const) : ('embedded' as const);
    return {
      ...env,
      mode,
      cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
      // Never seed the well-known demo admin into a production deployment by default.
      seedDemoData: env.SEED_DEMO_DATA ?? (mode === 'embedded' && env.NODE_ENV !== 'production'),
      payments:
        env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
          ? ({
              provider: 'stripe',
              secretKey: env.STRIPE_SECRET_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              apiBase: env.STRIPE_API_BASE,
            } as const)
          : ({ provider: 'local' } as const),
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
      testClock: env.TALENTSPHERE_TEST_CLOCK ?? false,
    };
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad or missing value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** For entry points: prints the configuration problems and exits instead of throwing. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
