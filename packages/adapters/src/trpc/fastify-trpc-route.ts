import type { AnyTRPCRouter, inferRouterContext, TRPCError } from '@trpc/server';
import type { HTTPBaseHandlerOptions } from '@trpc/server/http';
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
 * status mapping, `responseMeta`, `maxBatchSize`, `onError`), without going through fetch
 * `Request`/`Response` objects: building and draining those cost more than the procedures of a
 * one-query endpoint. Parsing is tRPC's own (`getRequestInfo`); the body is handed to Fastify as a
 * string with its status, which @fastify/compress keeps intact. Streaming (jsonl, SSE subscriptions)
 * is not served: the web app uses httpBatchLink.
 */
export function registerTrpcRoute<TRouter extends AnyTRPCRouter>(
  app: FastifyInstance,
  options: FastifyTrpcRouteOptions<TRouter>,
): void {
  const { router } = options;
  const config = router._def._config;

  // tRPC parses JSON itself (and needs the raw text for batches).
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );

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
              if (type === 'subscription')
                throw new TRPCErrorClass({
                  code: 'METHOD_NOT_SUPPORTED',
                  message: 'Subscriptions are not served',
                });
              if (ACCEPTED_METHOD[type] !== request.method) {
                headers.allow = ACCEPTED_METHOD[type];
                throw new TRPCErrorClass({
                  code: 'METHOD_NOT_SUPPORTED',
                  message: `Unsupported ${request.method}-request to ${type} procedure at path "${call.path}"`,
                });
              }
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

/** The part of a fetch `Request` tRPC's request parsing reads: method, headers and body text. */
function requestView(request: FastifyRequest): Request {
  const body = request.body;
  return {
    method: request.method,
    headers: headersView(request),
    text: async () => (typeof body === 'string' ? body : ''),
  } as unknown as Request;
}
