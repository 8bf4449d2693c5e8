import type { AnyTRPCRouter } from '@trpc/server';
import { type HTTPBaseHandlerOptions, resolveResponse } from '@trpc/server/http';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface FastifyTrpcRouteOptions<TRouter extends AnyTRPCRouter, TContext>
  extends Pick<
    HTTPBaseHandlerOptions<TRouter, Request>,
    'router' | 'maxBatchSize' | 'responseMeta' | 'onError'
  > {
  readonly prefix: string;
  readonly createContext: (
    request: FastifyRequest,
    reply: import('fastify').FastifyReply,
  ) => TContext | Promise<TContext>;
}

/**
 * Serves a tRPC router on Fastify with the standard wire format. Unlike the stock adapter, it hands
 * Fastify a string body with its status instead of a fetch `Response`: @fastify/compress rewrites a
 * `Response` payload and loses its status and headers (every error became a 200).
 */
export function registerTrpcRoute<TRouter extends AnyTRPCRouter, TContext>(
  app: FastifyInstance,
  options: FastifyTrpcRouteOptions<TRouter, TContext>,
): void {
  // tRPC parses JSON itself (and needs the raw text for batches).
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );

    scope.all<{ Params: { path: string } }>(`${options.prefix}/:path`, async (request, reply) => {
      const url = new URL(request.url, 'http://internal');
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const fetchRequest = new Request(url, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: hasBody ? ((request.body as string | undefined) ?? '') : undefined,
      });
      const response = await resolveResponse({
        router: options.router,
        req: fetchRequest,
        path: request.params.path,
        error: null,
        maxBatchSize: options.maxBatchSize,
        responseMeta: options.responseMeta,
        onError: options.onError,
        createContext: async () => options.createContext(request, reply),
      } as Parameters<typeof resolveResponse<TRouter>>[0]);
      reply.code(response.status);
      response.headers.forEach((value, key) => {
        if (key !== 'set-cookie') reply.header(key, value);
      });
      return reply.send(await response.text());
    });
  });
}
