/**
 * Child process of the benches: the real api in full mode (config, container, createServer) on a
 * free port, plus `GET /bench/me`, a plain Fastify route doing the work of `auth.me` (the same
 * JoseAccessTokenService check and the same GetCurrentUser/Kysely lookup) on the same Fastify
 * instance, so both share every hook and plugin; and tRPC's stock Fastify adapter
 * (`fastifyTRPCPlugin`, fetch Request/Response inside) serving the same router at `/trpc-stock`, the
 * adapter the issue measured. Options come as JSON in argv[2]; the base URL goes back over IPC.
 */
import { randomBytes } from 'node:crypto';
import type { JoseAccessTokenService } from '@talentsphere/adapters/identity';
import { cryptoTokenSecrets, KyselyUserRepository } from '@talentsphere/adapters/identity';
import type { KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import { systemClock, uuidV7Ids } from '@talentsphere/adapters/system';
import { appRouter, createTrpcContext, type SessionCookie } from '@talentsphere/adapters/trpc';
import { TOKENS } from '@talentsphere/api/container';
import { createServer } from '@talentsphere/api/server';
import { Login, type PasswordHasher } from '@talentsphere/application/identity';
import type { RateLimiter, RateLimitRule } from '@talentsphere/application/shared';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { childOptions, noLimiter, serveUntilTerminated, startBenchRuntime } from './bench-child';
import type { BenchServerOptions } from './support';

const options = childOptions<BenchServerOptions>();
const { config, logger, runtime } = await startBenchRuntime(options);

/** The api's own limiter (same Redis script, same keys) with every budget raised out of reach. */
function largeBudget(inner: RateLimiter): RateLimiter {
  const raised = new Map<string, RateLimitRule>();
  const raise = (rule: RateLimitRule) => {
    const known = raised.get(rule.name);
    if (known) return known;
    const big = { ...rule, points: 1_000_000_000 };
    raised.set(rule.name, big);
    return big;
  };
  return {
    consume: (rule, key) => inner.consume(raise(rule), key),
    reset: (rule, key) => inner.reset(raise(rule), key),
  };
}

const limiters = {
  none: noLimiter,
  'redis-large': largeBudget(runtime.services.rateLimiter),
  runtime: runtime.services.rateLimiter,
};
// Switchable over IPC (`{ limiter }`), so on/off compare in one process: same JIT state and pools.
let currentLimiter: RateLimiter = limiters[options.limiter];
const rateLimiter: RateLimiter = {
  consume: (rule, key) => currentLimiter.consume(rule, key),
  reset: (rule, key) => currentLimiter.reset(rule, key),
};
process.on('message', (message: { limiter: BenchServerOptions['limiter'] }) => {
  currentLimiter = limiters[message.limiter];
  process.send?.({ limiter: message.limiter });
});

const passwords = runtime.container.resolve<PasswordHasher>(TOKENS.passwordHasher);
const accessTokens = runtime.container.resolve<JoseAccessTokenService>(TOKENS.accessTokens);
const login =
  options.limiter === 'runtime'
    ? runtime.services.login
    : new Login({
        uow: runtime.container.resolve<KyselyUnitOfWork>(TOKENS.unitOfWork),
        clock: systemClock,
        ids: uuidV7Ids,
        accessTokens,
        secrets: cryptoTokenSecrets,
        passwords,
        rateLimiter,
        users: new KyselyUserRepository(runtime.database.db),
        decoyPasswordHash: await passwords.hash(randomBytes(24).toString('base64url')),
      });

const server = await createServer({
  config,
  logger,
  services: { ...runtime.services, rateLimiter, login },
  readiness: runtime.readiness,
  outboxBacklog: runtime.outboxBacklog,
});

// Typed by hand: tools does not depend on fastify itself.
interface BenchRequest {
  readonly headers: { readonly authorization?: string };
}
interface BenchReply {
  code(status: number): { send(body: unknown): unknown };
}

server.app.get('/bench/me', async (request: BenchRequest, reply: BenchReply) => {
  const authorization = request.headers.authorization;
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  const claims = await accessTokens.verify(token);
  if (claims.isErr()) return reply.code(401).send({ error: claims.error.code });
  const user = await runtime.services.getCurrentUser.execute(claims.value);
  if (user.isErr()) return reply.code(401).send({ error: user.error.code });
  return user.value;
});

// auth.me never touches the refresh cookie.
const noCookie: SessionCookie = { read: () => undefined, write: () => {}, clear: () => {} };
await server.app.register(fastifyTRPCPlugin, {
  prefix: '/trpc-stock',
  trpcOptions: {
    router: appRouter,
    createContext: ({
      req,
    }: {
      req: { id: string; ip: string; headers: Record<string, string | undefined> };
    }) =>
      createTrpcContext({
        services: { ...runtime.services, rateLimiter, login },
        request: { correlationId: req.id, ipAddress: req.ip, userAgent: req.headers['user-agent'] },
        authorization: req.headers.authorization,
        sessionCookie: noCookie,
      }),
  },
});

await serveUntilTerminated(server, runtime);
