import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface OutboxBacklog {
  /** Rows not yet published. */
  readonly pending: number;
  /** Age in seconds of the oldest unpublished row (0 when none). */
  readonly oldestAgeSeconds: number;
}

export interface MetricsOptions {
  readonly outboxBacklog: () => Promise<OutboxBacklog>;
}

/** Prometheus metrics at /metrics: request latency and count by route, outbox lag, process stats. */
export const metricsPlugin = fp<MetricsOptions>(async (app: FastifyInstance, options) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'] as const;
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const total = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests',
    labelNames,
    registers: [registry],
  });
  const lagSeconds = new Gauge({
    name: 'outbox_lag_seconds',
    help: 'Age of the oldest event not yet published by the outbox relay',
    registers: [registry],
  });
  const pending = new Gauge({
    name: 'outbox_pending_events',
    help: 'Events waiting in the outbox',
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, keeps label cardinality bounded.
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: reply.statusCode,
    };
    duration.observe(labels, reply.elapsedTime / 1000);
    total.inc(labels);
  });

  app.get('/metrics', async (_request, reply) => {
    const backlog = await options.outboxBacklog();
    lagSeconds.set(backlog.oldestAgeSeconds);
    pending.set(backlog.pending);
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
});
