import type { Socket } from 'node:net';
import fastifyCompress from '@fastify/compress';
import { createTRPCClient, httpSubscriptionLink, type TRPCClientError } from '@trpc/client';
import { tracked } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import { EventSource } from 'eventsource';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JoseAccessTokenService } from '../identity';
import { InMemoryLiveUpdates } from '../live';
import { InMemoryRateLimiter } from '../rate-limit';
import { systemClock } from '../system';
import { createTrpcContext, type TrpcServices } from './context';
import { registerTrpcRoute } from './fastify-trpc-route';
import { LiveStreamSlots } from './live-stream-slots';
import { protectedProcedure, publicProcedure, router } from './trpc';

interface Tick {
  readonly n: number;
}

const live = new InMemoryLiveUpdates();
const accessTokens = new JoseAccessTokenService('test-secret-that-is-long-enough-for-hs256', systemClock);
const liveStreams = new LiveStreamSlots(10);

/** The durable record a real feature keeps (e.g. notifications in Postgres); live messages only announce. */
const journal = new Map<string, Tick[]>();
const channelOf = (topic: string) => `test:ticks:${topic}`;
async function publishTick(topic: string, n: number) {
  journal.set(topic, [...(journal.get(topic) ?? []), { n }]);
  await live.publish(channelOf(topic), { n });
}

const generatorsEnded: string[] = [];
/** `topic@lastEventId` of every start of the ticks generator. */
const starts: string[] = [];

// Test-only procedures on the api's own builder: catch-up from the journal after the last seen id,
// then live ticks, skipping any the catch-up already gave.
const sseRouter = router({
  ticks: publicProcedure
    .input(z.object({ topic: z.string().min(1), lastEventId: z.string().nullish() }))
    .subscription(async function* ({ input, signal }) {
      starts.push(`${input.topic}@${input.lastEventId ?? ''}`);
      try {
        if (input.topic === 'fails') throw new Error('secret internal detail');
        const subscription = live.subscribe<Tick>(channelOf(input.topic), { signal: signal! });
        await subscription.ready;
        let last = Number(input.lastEventId ?? 0);
        for (const tick of journal.get(input.topic) ?? []) {
          if (tick.n <= last) continue;
          last = tick.n;
          yield tracked(String(tick.n), tick);
        }
        for await (const tick of subscription) {
          if (tick.n <= last) continue;
          last = tick.n;
          yield tracked(String(tick.n), tick);
        }
      } finally {
        generatorsEnded.push(input.topic);
      }
    }),
  myTicks: protectedProcedure.subscription(async function* ({ ctx, signal }) {
    for await (const tick of live.subscribe<Tick>(channelOf(ctx.actor.userId), { signal: signal! }))
      yield tick;
  }),
});

const contextFor = (authorization: string | undefined) =>
  createTrpcContext({
    services: {
      rateLimiter: new InMemoryRateLimiter(),
      accessTokens,
      liveStreams,
    } as unknown as TrpcServices,
    request: { correlationId: 'c', ipAddress: '127.0.0.1' },
    authorization,
    sessionCookie: { read: () => undefined, write: () => {}, clear: () => {} },
  });

const serverErrors: string[] = [];
const sockets = new Set<Socket>();

async function startApp(): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify();
  // As in the api: compression on every route must not buffer the event stream.
  await app.register(fastifyCompress, { global: true, threshold: 0 });
  registerTrpcRoute(app, {
    prefix: '/trpc',
    router: sseRouter,
    createContext: (request) => contextFor(request.headers.authorization),
    onError: ({ error, path }) => serverErrors.push(`${path}:${error.code}`),
  });
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: `${address}/trpc` };
}

/** The stock client, as the web app builds it: the Bearer token rides on the ponyfill's fetch. */
function clientFor(url: string, token?: string) {
  return createTRPCClient<typeof sseRouter>({
    links: [
      httpSubscriptionLink({
        url,
        EventSource,
        eventSourceOptions: () => ({
          fetch: (input, init) =>
            fetch(input, {
              ...init,
              headers: token ? { ...init.headers, authorization: `Bearer ${token}` } : init.headers,
            }),
        }),
      }),
    ],
  });
}

interface Received {
  readonly events: { id: string; n: number }[];
  error?: TRPCClientError<typeof sseRouter>;
  readonly unsubscribe: () => void;
}

function subscribeTicks(
  client: ReturnType<typeof clientFor>,
  input: { topic: string; lastEventId?: string },
) {
  const received: Received = {
    events: [],
    unsubscribe: () => subscription.unsubscribe(),
  };
  const subscription = client.ticks.subscribe(input, {
    onData: (event) => received.events.push({ id: event.id, n: event.data.n }),
    onError: (error) => {
      received.error = error;
    },
  });
  return received;
}

const listeners = (topic: string) => live.listenerCount(channelOf(topic));

let server: { app: FastifyInstance; url: string };
const opened: Received[] = [];
const open = (client: ReturnType<typeof clientFor>, input: { topic: string; lastEventId?: string }) => {
  const received = subscribeTicks(client, input);
  opened.push(received);
  return received;
};

beforeAll(async () => {
  server = await startApp();
});
afterAll(async () => {
  for (const received of opened) received.unsubscribe();
  await server.app.close();
});

describe('registerTrpcRoute: SSE subscriptions for httpSubscriptionLink', () => {
  it('streams values published on LiveUpdates to the stock client, with their tracked ids', async () => {
    const received = open(clientFor(server.url), { topic: 'stream' });
    await expect.poll(() => listeners('stream')).toBe(1);

    for (const n of [1, 2, 3]) await publishTick('stream', n);

    await expect.poll(() => received.events).toHaveLength(3);
    expect(received.events).toEqual([
      { id: '1', n: 1 },
      { id: '2', n: 2 },
      { id: '3', n: 3 },
    ]);
    expect(received.error).toBeUndefined();
  });

  it('answers invalid input with the router’s tRPC error and never starts the generator', async () => {
    serverErrors.length = 0;
    const received = open(clientFor(server.url), { topic: '' });

    await expect.poll(() => received.error).toBeDefined();
    expect(received.error!.message).toBe('Some fields need attention.');
    expect(received.error!.data).toMatchObject({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      appCode: 'VALIDATION',
      fields: { topic: expect.any(String) },
    });
    expect(serverErrors).toEqual(['ticks:BAD_REQUEST']);
    expect(starts).not.toContain('@');
  });

  it('ends the server generator, and its LiveUpdates listener, when the client unsubscribes', async () => {
    const received = open(clientFor(server.url), { topic: 'leave' });
    await expect.poll(() => listeners('leave')).toBe(1);
    expect(generatorsEnded).not.toContain('leave');

    received.unsubscribe();

    await expect.poll(() => generatorsEnded).toContain('leave');
    expect(listeners('leave')).toBe(0);
  });

  it('resumes after the last tracked id when the connection drops (EventSource sends Last-Event-ID)', async () => {
    const received = open(clientFor(server.url), { topic: 'drop' });
    await expect.poll(() => listeners('drop')).toBe(1);
    await publishTick('drop', 1);
    await publishTick('drop', 2);
    await expect.poll(() => received.events).toHaveLength(2);

    // The network goes: the server side ends, and what is published meanwhile only reaches the journal.
    for (const socket of sockets) socket.destroy();
    await expect.poll(() => listeners('drop')).toBe(0);
    await publishTick('drop', 3);
    await publishTick('drop', 4);

    // The EventSource reconnects by itself (after its 3 s retry delay) and catches up, then goes live.
    await expect.poll(() => listeners('drop'), { timeout: 8000 }).toBe(1);
    await publishTick('drop', 5);
    await expect.poll(() => received.events.map((event) => event.n)).toEqual([1, 2, 3, 4, 5]);
    expect(received.events.map((event) => event.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(starts.filter((start) => start.startsWith('drop@'))).toEqual(['drop@', 'drop@2']);
    expect(received.error).toBeUndefined();
  }, 15_000);

  it('resumes from a lastEventId given in the input of a new subscription', async () => {
    await publishTick('later', 1);
    await publishTick('later', 2);
    const received = open(clientFor(server.url), { topic: 'later', lastEventId: '1' });
    await expect.poll(() => listeners('later')).toBe(1);
    await publishTick('later', 3);

    await expect.poll(() => received.events.map((event) => event.n)).toEqual([2, 3]);
  });

  it('authenticates with the Bearer token the ponyfill sends as a header', async () => {
    const { token } = await accessTokens.issue({ userId: 'user-1', role: 'jobseeker' });
    const events: Tick[] = [];
    const own = clientFor(server.url, token).myTicks.subscribe(undefined, {
      onData: (tick) => events.push(tick),
    });
    let refused: TRPCClientError<typeof sseRouter> | undefined;
    const anonymous = clientFor(server.url).myTicks.subscribe(undefined, {
      onError: (error) => {
        refused = error;
      },
    });
    try {
      await expect.poll(() => listeners('user-1')).toBe(1);
      await live.publish(channelOf('user-1'), { n: 7 });
      await expect.poll(() => events).toEqual([{ n: 7 }]);

      await expect.poll(() => refused).toBeDefined();
      expect(refused!.data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
    } finally {
      own.unsubscribe();
      anonymous.unsubscribe();
    }
  });

  it('sends text/event-stream uncompressed and unbuffered, event by event', async () => {
    const stop = new AbortController();
    const input = encodeURIComponent(JSON.stringify({ topic: 'raw' }));
    const response = await fetch(`${server.url}/ticks?input=${input}`, {
      headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, br' },
      signal: stop.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('content-encoding')).toBeNull();

    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const readUntil = async (fragment: string) => {
      while (!text.includes(fragment)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended before ${fragment}: ${text}`);
        text += chunk.value;
      }
    };
    await readUntil('event: connected');
    await expect.poll(() => listeners('raw')).toBe(1);
    await publishTick('raw', 1);
    await readUntil('"n":1');
    expect(text).toContain('id: 1');

    stop.abort();
    await expect.poll(() => generatorsEnded).toContain('raw');
  });

  it.each([
    ['invalid input', { topic: '' }],
    ['malformed input', '{nope'],
    ['a generator that fails', { topic: 'fails' }],
  ])('streams %s as tRPC’s own resolveResponse does', async (_name, input) => {
    const path = `/ticks?input=${encodeURIComponent(typeof input === 'string' ? input : JSON.stringify(input))}`;
    const ours = await fetch(`${server.url}${path}`);
    const reference = await resolveResponse({
      router: sseRouter,
      req: new Request(`http://localhost${path}`),
      path: 'ticks',
      error: null,
      createContext: async () => contextFor(undefined),
    });
    const read = async (response: Response) => ({
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: await response.text(),
    });
    const [oursRead, referenceRead] = [await read(ours), await read(reference)];
    expect(oursRead).toEqual(referenceRead);
    expect(oursRead.body).toContain('event: serialized-error');
    expect(oursRead.body).not.toContain('secret internal detail');
  });

  it('ends open streams when the server closes, so close() does not wait for clients to leave', async () => {
    const own = await startApp();
    const received = subscribeTicks(clientFor(own.url), { topic: 'shutdown' });
    try {
      await expect.poll(() => listeners('shutdown')).toBe(1);
      const started = Date.now();
      await own.app.close();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(generatorsEnded).toContain('shutdown');
      expect(listeners('shutdown')).toBe(0);
    } finally {
      received.unsubscribe();
    }
  });
});
