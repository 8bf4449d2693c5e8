import { EVENTS_EXCHANGE } from '@talentsphere/application/events';
import { z } from 'zod';

const url = (schemes: readonly string[]) =>
  z
    .string({ error: 'is required' })
    .trim()
    .refine((value) => URL.canParse(value) && schemes.includes(new URL(value).protocol), {
      error: `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
    });

/** The full-mode worker's settings; embedded mode runs the worker inside the api process instead. */
export const workerConfigSchema = z.object({
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(5),
  AMQP_URL: url(['amqp:', 'amqps:']),
  /**
   * The topic exchange the relay publishes to and the consumers bind to, and a prefix for every queue
   * the worker declares: a second deployment (or a test run) on a shared broker keeps its messages
   * apart with its own pair.
   */
  AMQP_EXCHANGE: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,200}$/, 'use 1-200 of A-Z, a-z, 0-9, . _ : -')
    .default(EVENTS_EXCHANGE),
  AMQP_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{0,100}$/, 'use up to 100 of A-Z, a-z, 0-9, . _ : -')
    .default(''),
  /** The cache the api reads through; the worker drops entries when the data behind them changes. */
  REDIS_URL: url(['redis:', 'rediss:']),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/)
    .default('ts'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** As the api's: with a Stripe key Stripe renews subscriptions; without one the worker runs the local provider's renewals. */
  STRIPE_SECRET_KEY: z.string().trim().min(1).optional(),
});

export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export class WorkerConfigError extends Error {
  override readonly name = 'WorkerConfigError';
}

/** Throws a WorkerConfigError naming every bad variable, e.g. `AMQP_URL is required`. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = workerConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new WorkerConfigError(`Invalid worker configuration: ${problems.join('; ')}`);
}
