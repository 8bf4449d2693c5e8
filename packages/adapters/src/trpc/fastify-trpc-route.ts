import type { AnyTRPCRouter, inferRouterContext, TRPCError } from '@trpc/server';
import { createURL } from '@trpc/server/adapters/node-http';
import { type HTTPBaseHandlerOptions, resolveResponse } from '@trpc/server/http';
import {
  getErrorShape,
  getHTTPStatusCode,
  getRequestInfo,
  getTRPCErrorFromUnknown,
  TRPCError as TRPCErrorClass,
  type TRPCRequestInfo,
  type TRPCResponse,
  transformTRPCResponse,
  urlPathToProcedurePath,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface FastifyTrpcRouteOptions<TRouter extends AnyTRPCRouter>
  extends Pick<
    HTTPBaseHandlerOptions<TRouter, FastifyRequest>,
    'router' | 'maxBatchSize' | 'responseMeta' | 'onError'
  > {
  readonly prefix: string;
  readonly createContext: (
    request: FastifyRequest,
    reply: FastifyReply,
  ) => inferRouterContext<TRouter> | Promise<inferRouterContext<TRouter>>;
}

const ACCEPTED_METHOD = { query: 'GET', mutation: 'POST', subscription: 'GET' } as const;

type CallOutcome = readonly [TRPCError, undefined] | readonly [undefined, unknown];

/**
 * Serves a tRPC router on Fastify with tRPC's HTTP wire format (GET `?input=`, POST body, `?batch=1`
 * with `{"0":…}` inputs and array answers, 207 for mixed batches, the router's error shapes and
 * status mapping, `responseMeta`, `maxBatchSize`, `onError`). Queries and mutations skip fetch
 * `Request`/`Response` objects: building and draining those cost more than the procedures of a
 * one-query endpoint. Parsing is tRPC's own (`getRequestInfo`); the body is handed to Fastify as a
 * string with its status, which @fastify/compress keeps intact.
 *
 * A subscription (one GET call, no batch) is long-lived, so it goes to tRPC's own `resolveResponse`
 * and gets tRPC's SSE stream exactly, for `httpSubscriptionLink`: `tracked()` ids, `Last-Event-ID`
 * or `lastEventId` resumption merged into the input, the router's `sse` pings and client options,
 * errors as `serialized-error` events. The procedure's `signal` aborts when the client leaves or the
 * server closes (open streams would otherwise hold `close()` forever; clients reconnect elsewhere).
 * jsonl streaming (httpBatchStreamLink) is not served.
 */
export function registerTrpcRoute<TRouter extends AnyTRPCRouter>(
  app: FastifyInstance,
  options: FastifyTrpcRouteOptions<TRouter>,
): void {
  const { router } = options;
  const config = router._def._config;

  // tRPC parses JSON itself (and needs the raw text for batches).
  app.register(async (scope) => {
    const openStreams = new Set<AbortController>();
    scope.addHook('preClose', async () => {
      for (const stream of openStreams) stream.abort();
    });
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );

    const serveSubscription = async (
      request: FastifyRequest<{ Params: { path: string } }>,
      reply: FastifyReply,
    ) => {
      const stream = new AbortController();
      openStreams.add(stream);
      // `close` comes once the response ended or the client went away; aborting after the end is a no-op.
      reply.raw.once('close', () => {
        openStreams.delete(stream);
        stream.abort();
      });
      // tRPC reports a failed subscription twice (the call, then the stream's error event): once is enough.
      const reported = new WeakSet<TRPCError>();
      const response = await resolveResponse({
        router,
        req: new Request(createURL(request.raw), {
          method: 'GET',
          headers: fetchHeaders(request),
          signal: stream.signal,
        }),
        path: request.params.path,
        error: null,
        maxBatchSize: options.maxBatchSize,
        responseMeta: options.responseMeta,
        createContext: async () => options.createContext(request, reply),
        onError: (failure) => {
          if (reported.has(failure.error)) return;
          reported.add(failure.error);
          options.onError?.({ ...failure, req: request });
        },
      });
      reply.code(response.status);
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      // With text/event-stream set on the reply, @fastify/compress passes the stream through unbuffered.
      return reply.send(response.body);
    };

    scope.all<{ Params: { path: string } }>(`${options.prefix}/:path`, async (request, reply) => {
      if (request.method === 'HEAD') return reply.code(204).send();
      const headers: Record<string, string> = {
        vary: 'trpc-accept, accept',
        'content-type': 'application/json',
      };
      let info: TRPCRequestInfo | undefined;
      let ctx: inferRouterContext<TRouter> | undefined;

      const respond = (
        json: TRPCResponse | TRPCResponse[],
        errors: TRPCError[],
        allErrors: readonly (TRPCError | undefined)[],
      ) => {
        const meta =
          options.responseMeta?.({
            ctx,
            info,
            paths: info?.calls.map((call) => call.path),
            data: Array.isArray(json) ? json : [json],
            errors,
            eagerGeneration: false,
            type: info?.type ?? 'unknown',
          }) ?? {};
        if (meta.headers instanceof Headers)
          meta.headers.forEach((value, key) => {
            headers[key] = value;
          });
        else if (meta.headers) {
          for (const [key, value] of Object.entries(meta.headers))
            if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
        }
        const status = meta.status ?? getHTTPStatusCode(json, allErrors);
        return reply
          .code(status)
          .headers(headers)
          .send(JSON.stringify(transformTRPCResponse(config, json)));
      };

      try {
        info = await getRequestInfo({
          req: requestView(request),
          path: urlPathToProcedurePath(decodePath(request.params.path), config.pathSeparator),
          router,
          searchParams: new URLSearchParams(queryString(request.url)),
          headers: headersView(request) as Headers,
          url: null,
          maxBatchSize: options.maxBatchSize,
        });
        if (info.accept === 'application/jsonl')
          throw new TRPCErrorClass({ code: 'BAD_REQUEST', message: 'Streaming responses are not served' });
        if (info.type === 'subscription' && request.method === 'GET' && !info.isBatchCall)
          return await serveSubscription(request, reply);
        // As in tRPC, a context that cannot be created fails each call, not the request.
        const contextFailure = await Promise.resolve()
          .then(() => options.createContext(request, reply))
          .then(
            (value) => {
              ctx = value;
              return undefined;
            },
            (cause: unknown) => ({ cause }),
          );
        const requestInfo = info;
        const outcomes = await Promise.all(
          requestInfo.calls.map(async (call): Promise<CallOutcome> => {
            const procedure = call.procedure;
            try {
              if (!procedure)
                throw new TRPCErrorClass({
                  code: 'NOT_FOUND',
                  message: `No procedure found on path "${call.path}"`,
                });
              const type = procedure._def.type;
              if (ACCEPTED_METHOD[type] !== request.method) {
                headers.allow = ACCEPTED_METHOD[type];
                throw new TRPCErrorClass({
                  code: 'METHOD_NOT_SUPPORTED',
                  message: `Unsupported ${request.method}-request to ${type} procedure at path "${call.path}"`,
                });
              }
              // A single GET subscription was streamed above; in a batch it cannot be.
              if (type === 'subscription')
                throw new TRPCErrorClass({ code: 'BAD_REQUEST', message: 'Cannot batch subscription calls' });
              if (contextFailure) throw contextFailure.cause;
              const data = await procedure({
                path: call.path,
                getRawInput: call.getRawInput,
                ctx,
                type,
                signal: undefined,
                batchIndex: call.batchIndex,
              });
              return [undefined, data];
            } catch (cause) {
              const error = getTRPCErrorFromUnknown(cause);
              options.onError?.({
                error,
                path: call.path,
                input: call.result(),
                ctx,
                type: procedure?._def.type ?? 'unknown',
                req: request,
              });
              return [error, undefined];
            }
          }),
        );
        const json = outcomes.map(([error, data], index): TRPCResponse => {
          if (!error) return { result: { data } };
          const call = requestInfo.calls[index]!;
          return {
            error: getErrorShape({
              config,
              error,
              type: call.procedure?._def.type ?? 'unknown',
              path: call.path,
              input: call.result(),
              ctx,
            }),
          };
        });
        const allErrors = outcomes.map(([error]) => error);
        const errors = allErrors.filter((error) => error !== undefined);
        return respond(requestInfo.isBatchCall ? json : json[0]!, errors, allErrors);
      } catch (cause) {
        // The request as a whole failed (unparsable, batch too large): one error.
        const error = getTRPCErrorFromUnknown(cause);
        const type = info?.type ?? 'unknown';
        options.onError?.({ error, path: undefined, input: undefined, ctx, type, req: request });
        const json = {
          error: getErrorShape({ config, error, type, path: undefined, input: undefined, ctx }),
        };
        return respond(json, [error], [error]);
      }
    });
  });
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCErrorClass({
      code: 'BAD_REQUEST',
      message: `Invalid URL-encoding in path "${path}"`,
      cause,
    });
  }
}

function queryString(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
}

/** The part of `Headers` tRPC's request parsing reads, over Fastify's header object. */
function headersView(request: FastifyRequest): Pick<Headers, 'get' | 'has'> {
  const read = (name: string) => {
    const value = request.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return { get: (name) => read(name) ?? null, has: (name) => read(name) !== undefined };
}

function fetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** The part of a fetch `Request` tRPC's request parsing reads: method, headers and body text. */
function requestView(request: FastifyRequest): Request {
  const body = request.body;
  return {
    method: request.method,
    headers: headersView(request),
    text: async () => (typeof body === 'string' ? body : ''),
  } as unknown as Request;
}
