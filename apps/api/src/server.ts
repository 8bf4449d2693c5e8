import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { stripeWebhookPlugin } from '@talentsphere/adapters/billing';
import {
  healthPlugin,
  metricsPlugin,
  type OutboxBacklog,
  type ReadinessCheck,
} from '@talentsphere/adapters/http';
import {
  AppTRPCError,
  appRouter,
  createTrpcContext,
  registerTrpcRoute,
  type SessionCookie,
  type TrpcServices,
} from '@talentsphere/adapters/trpc';
import type { PaymentGateway } from '@talentsphere/application/billing';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config';
import { type TestClockControl, testClockPlugin } from './test-clock.plugin';

export const REFRESH_COOKIE = 'ts_refresh';
const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface ServerDeps {
  readonly config: Pick<
    Config,
    'HOST' | 'PORT' | 'CORS_ORIGINS' | 'TRUST_PROXY' | 'TRPC_MAX_BATCH_SIZE' | 'cookieSecure'
  >;
  readonly logger: Logger;
  readonly services: TrpcServices;
  readonly readiness: readonly ReadinessCheck[];
  readonly outboxBacklog: () => Promise<OutboxBacklog>;
  /** The built web app, served with an SPA fallback when present. */
  readonly webDistDir?: string;
  /**
   * The payment provider whose webhooks POST /webhooks/stripe verifies (the local one has none, so
   * every delivery there is refused); without it the route is not served.
   */
  readonly payments?: { readonly gateway: PaymentGateway };
  /** TALENTSPHERE_TEST_CLOCK only: POST /testing/clock moves the clock. Never given in production. */
  readonly testClock?: TestClockControl | null;
}

export interface HttpServer {
  readonly app: ReturnType<typeof Fastify>;
  /** Listens and answers the base URL. */
  start(): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

export async function createServer(deps: ServerDeps): Promise<HttpServer> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: trustProxySetting(deps.config.TRUST_PROXY),
    // Batched tRPC calls put every procedure name in the path.
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 1024 * 1024,
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
    genReqId: (request) => {
      const given = request.headers[CORRELATION_HEADER];
      return typeof given === 'string' && SAFE_CORRELATION_ID.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header(CORRELATION_HEADER, request.id);
  });
  // Outside tRPC (health, metrics, static files): client errors keep their message, server errors
  // are logged and answered without details.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({ error: status >= 500 ? 'Internal Server Error' : error.message });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Mantine sets inline style attributes; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'https:'],
        // Video lessons: YouTube through its privacy-enhanced embed only; direct .mp4/.webm files from anywhere.
        'frame-src': ['https://www.youtube-nocookie.com'],
        'media-src': ["'self'", 'https:'],
      },
    },
  });
  await app.register(fastifyCors, {
    origin: deps.config.CORS_ORIGINS.length ? deps.config.CORS_ORIGINS : false,
    credentials: true,
  });
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(healthPlugin, { checks: deps.readiness });
  await app.register(metricsPlugin, { outboxBacklog: deps.outboxBacklog });

  if (deps.payments)
    await app.register(stripeWebhookPlugin, {
      gateway: deps.payments.gateway,
      receive: deps.services.billing.receiveProviderEvent,
    });
  if (deps.testClock) await app.register(testClockPlugin, deps.testClock);

  registerTrpcRoute(app, {
    prefix: '/trpc',
    router: appRouter,
    maxBatchSize: deps.config.TRPC_MAX_BATCH_SIZE,
    createContext: (req, res) =>
      createTrpcContext({
        services: deps.services,
        request: { correlationId: req.id, ipAddress: req.ip, userAgent: req.headers['user-agent'] },
        authorization: req.headers.authorization,
        sessionCookie: sessionCookie(req, res, deps.config.cookieSecure),
      }),
    responseMeta: ({ errors }) => {
      // RFC 9110 Retry-After for rate-limited calls: the longest wait of the batch.
      const waits = errors.map((error) =>
        error instanceof AppTRPCError ? (error.appError.retryAfterSeconds ?? 0) : 0,
      );
      const retryAfter = Math.max(0, ...waits);
      return retryAfter > 0 ? { headers: { 'retry-after': String(Math.ceil(retryAfter)) } } : {};
    },
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        deps.logger.error({ err: error.cause ?? error, path }, 'tRPC procedure failed');
    },
  });

  if (deps.webDistDir && existsSync(deps.webDistDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: deps.webDistDir, wildcard: true, maxAge: '1h' });
    app.setNotFoundHandler((request, reply) => {
      const wantsPage =
        request.method === 'GET' &&
        !request.url.startsWith('/trpc') &&
        !request.url.startsWith('/webhooks') &&
        request.headers.accept?.includes('text/html');
      if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0 });
      return reply.code(404).send({ error: 'Not Found' });
    });
  }

  return {
    app,
    start: () => app.listen({ host: deps.config.HOST, port: deps.config.PORT }),
    stop: () => app.close(),
  };
}

/** A hop count trusts that many proxies nearest to us (what proxy-addr does with a number). */
function trustProxySetting(
  setting: Config['TRUST_PROXY'],
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

function sessionCookie(req: FastifyRequest, res: FastifyReply, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/trpc' } as const;
  return {
    read: () => req.cookies[REFRESH_COOKIE],
    write: (token, expiresAt) =>
      void res.setCookie(REFRESH_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => void res.clearCookie(REFRESH_COOKIE, options),
  };
}
