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
  /** The cache the api reads through; the worker drops entries when the data behind them changes. */
  REDIS_URL: url(['redis:', 'rediss:']),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/)
    .default('ts'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
