import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** A dependency the process needs to serve traffic; answers by resolving, fails by throwing. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2000;

/** /health: the process is alive. /ready: database, cache and broker answer (503 with details if not). */
export const healthPlugin = fp<{ checks: readonly ReadinessCheck[] }>(
  async (app: FastifyInstance, { checks }) => {
    app.get('/health', async () => ({ status: 'ok' }));
    app.get('/ready', async (_request, reply) => {
      const results = await Promise.all(
        checks.map(async ({ name, check }) => {
          try {
            await withTimeout(check(), CHECK_TIMEOUT_MS);
            return [name, 'ok'] as const;
          } catch {
            return [name, 'unavailable'] as const;
          }
        }),
      );
      const ready = results.every(([, status]) => status === 'ok');
      reply.code(ready ? 200 : 503);
      return { status: ready ? 'ready' : 'not-ready', checks: Object.fromEntries(results) };
    });
  },
);

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
