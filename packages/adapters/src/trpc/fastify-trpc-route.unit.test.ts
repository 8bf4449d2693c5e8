import { rateLimited } from '@talentsphere/domain/shared';
import { type AnyTRPCRouter, TRPCError } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InMemoryRateLimiter } from '../rate-limit';
import type { TrpcContext } from './context';
import { registerTrpcRoute } from './fastify-trpc-route';
import { AppTRPCError, toTRPCError } from './to-trpc-error';
import { publicProcedure, router } from './trpc';

// The api's own procedure builder and error formatter, on a router small enough to hit every case.
const testRouter = router({
  echo: publicProcedure
    .input(z.object({ text: z.string().min(1) }))
    .query(({ input }) => ({ text: input.text })),
  noInput: publicProcedure.query(() => 'plain'),
  limited: publicProcedure.query(() => {
    throw toTRPCError(rateLimited('RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 42 }));
  }),
  boom: publicProcedure.query(() => {
    throw new Error('secret internal detail');
  }),
  forbidden: publicProcedure.query(() => {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'not yours' });
  }),
  save: publicProcedure.input(z.object({ n: z.number() })).mutation(({ input }) => ({ saved: input.n })),
  // Streams are covered in fastify-trpc-route-sse.unit.test.ts; here only what a batch makes of one.
  ticks: publicProcedure.subscription(async function* () {
    yield 1;
  }),
});

let contextFails = false;
const context = () => {
  if (contextFails) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'no context' });
  return {
    services: { rateLimiter: new InMemoryRateLimiter() },
    request: { correlationId: 'c', ipAddress: `ip-${Math.random()}` },
  } as unknown as TrpcContext;
};

const responseMeta = ({ errors }: { errors: TRPCError[] }) => {
  const waits = errors.map((e) => (e instanceof AppTRPCError ? (e.appError.retryAfterSeconds ?? 0) : 0));
  const retryAfter = Math.max(0, ...waits);
  return retryAfter > 0 ? { headers: { 'retry-after': String(retryAfter) } } : {};
};
const maxBatchSize = 3;

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string | undefined>;
  errors: string[];
}
const comparedHeaders = ['content-type', 'vary', 'retry-after', 'allow'];
// Fastify adds `; charset=utf-8` to JSON; the media type is what clients read.
const mediaType = (value: string | null | undefined) => value?.split(';')[0] ?? undefined;

let app: FastifyInstance;
const adapterErrors: string[] = [];

beforeAll(async () => {
  app = Fastify();
  registerTrpcRoute(app, {
    prefix: '/trpc',
    router: testRouter,
    maxBatchSize,
    createContext: context,
    responseMeta,
    onError: ({ error, path }) => adapterErrors.push(`${path}:${error.code}`),
  });
  await app.ready();
});
afterAll(() => app.close());

async function viaAdapter(method: string, url: string, body?: string): Promise<Answer> {
  adapterErrors.length = 0;
  const response = await app.inject({
    method: method as 'GET',
    url,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    payload: body,
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? '' : JSON.parse(response.body),
    headers: Object.fromEntries(
      comparedHeaders.map((h) => [
        h,
        h === 'content-type' ? mediaType(String(response.headers[h])) : response.headers[h]?.toString(),
      ]),
    ),
    errors: [...adapterErrors],
  };
}

/** tRPC's own fetch handler, the reference for the wire format. */
async function viaTrpc(method: string, url: string, body?: string): Promise<Answer> {
  const errors: string[] = [];
  const request = new Request(`http://localhost${url}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
  });
  const response = await resolveResponse<AnyTRPCRouter>({
    router: testRouter,
    req: request,
    path: new URL(request.url).pathname.slice('/trpc/'.length),
    error: null,
    maxBatchSize,
    createContext: async () => context(),
    responseMeta,
    onError: ({ error, path }) => errors.push(`${path}:${error.code}`),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? '' : JSON.parse(text),
    headers: Object.fromEntries(
      comparedHeaders.map((h) => [
        h,
        // tRPC labels the JSON error of a request that failed as a whole text/plain; ours says JSON.
        h === 'content-type'
          ? mediaType(response.headers.get(h))?.replace('text/plain', 'application/json')
          : (response.headers.get(h) ?? undefined),
      ]),
    ),
    errors,
  };
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('registerTrpcRoute: the wire format of tRPC without fetch objects', () => {
  const cases: [name: string, method: string, url: string, body?: string][] = [
    ['GET query with ?input=', 'GET', `/trpc/echo?input=${input({ text: 'hi' })}`],
    ['GET query without input', 'GET', '/trpc/noInput'],
    ['GET query with invalid input (field errors)', 'GET', `/trpc/echo?input=${input({ text: '' })}`],
    ['POST mutation body', 'POST', '/trpc/save', JSON.stringify({ n: 7 })],
    [
      'batch of queries, mixed success and errors',
      'GET',
      `/trpc/echo,limited,boom?batch=1&input=${input({ 0: { text: 'a' } })}`,
    ],
    ['batch of one', 'GET', `/trpc/noInput?batch=1&input=${input({ 0: null })}`],
    ['batch of mutations', 'POST', '/trpc/save,save?batch=1', JSON.stringify({ 0: { n: 1 }, 1: { n: 2 } })],
    ['batch with all calls failing alike', 'GET', `/trpc/forbidden,forbidden?batch=1&input=${input({})}`],
    ['batch over maxBatchSize', 'GET', '/trpc/noInput,noInput,noInput,noInput?batch=1&input=%7B%7D'],
    ['batch input that is not an object', 'GET', `/trpc/noInput?batch=1&input=${input([1])}`],
    ['malformed JSON body', 'POST', '/trpc/save', '{"n": 1'],
    ['malformed JSON ?input=', 'GET', '/trpc/echo?input=%7Bnope'],
    ['unknown procedure', 'GET', '/trpc/nope'],
    ['query called with POST', 'POST', '/trpc/echo', JSON.stringify({ text: 'x' })],
    ['mutation called with GET', 'GET', `/trpc/save?input=${input({ n: 1 })}`],
    ['subscription in a batch', 'GET', `/trpc/ticks,noInput?batch=1&input=${input({})}`],
    ['rate-limited call with Retry-After', 'GET', '/trpc/limited'],
    ['internal error', 'GET', '/trpc/boom'],
  ];

  it.each(cases)(
    '%s: same status, body, headers and onError calls as tRPC',
    async (_name, method, url, body) => {
      const [ours, reference] = await Promise.all([
        viaAdapter(method, url, body),
        viaTrpc(method, url, body),
      ]);
      expect(ours).toEqual(reference);
    },
  );

  it('fails each call of a batch when the context cannot be created, as tRPC does', async () => {
    const url = `/trpc/noInput,nope?batch=1&input=${input({})}`;
    contextFails = true;
    try {
      const [ours, reference] = await Promise.all([viaAdapter('GET', url), viaTrpc('GET', url)]);
      expect(ours).toEqual(reference);
      expect(ours.status).toBe(207);
    } finally {
      contextFails = false;
    }
  });

  it('answers a mixed batch with 207 and one result or error per call', async () => {
    const { status, body, headers } = await viaAdapter(
      'GET',
      `/trpc/echo,limited,boom?batch=1&input=${input({ 0: { text: 'a' } })}`,
    );
    expect(status).toBe(207);
    expect(headers['retry-after']).toBe('42');
    const [ok, limited, boom] = body as [
      { result: { data: unknown } },
      { error: { data: { httpStatus: number; appCode: string } } },
      { error: { message: string; data: { httpStatus: number } } },
    ];
    expect(ok.result.data).toEqual({ text: 'a' });
    expect(limited.error.data).toMatchObject({ httpStatus: 429, appCode: 'RATE_LIMITED' });
    expect(boom.error).toMatchObject({ message: 'Something went wrong on our side. Please try again.' });
    expect(boom.error.data.httpStatus).toBe(500);
  });

  it('answers malformed JSON with 400 and no stack or internal detail', async () => {
    const { status, body } = await viaAdapter('POST', '/trpc/save', '{"n": 1');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { data: { code: 'BAD_REQUEST', httpStatus: 400 } } });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
    const internal = await viaAdapter('GET', '/trpc/boom');
    expect(JSON.stringify(internal.body)).not.toMatch(/stack|secret internal detail/);
    expect(internal.errors).toEqual(['boom:INTERNAL_SERVER_ERROR']);
  });

  it('answers a batch over maxBatchSize with 400 as one error', async () => {
    const { status, body } = await viaAdapter(
      'GET',
      '/trpc/noInput,noInput,noInput,noInput?batch=1&input=%7B%7D',
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { message: 'Batch call exceeds maximum size' } });
  });

  it('answers HEAD with 204 and no body', async () => {
    const response = await app.inject({ method: 'HEAD', url: '/trpc/noInput' });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });
});
