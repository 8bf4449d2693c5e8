import { EventEmitter, on } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { createTRPCClient, type TRPCClientError, type TRPCLink } from '@trpc/client';
import { initTRPC, TRPCError, tracked } from '@trpc/server';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiLinks, type LinkSession } from './trpc';

// A stand-in api on tRPC's own Node adapter (the api's route speaks the same wire format): one token
// is valid at a time, ticks are kept in a journal and announced live.
const t = initTRPC.context<{ token: string | undefined }>().create();
let validToken = 'token-1';
const journal: number[] = [];
const ticks = new EventEmitter();
/** The lastEventId each start of the subscription was given. */
const starts: string[] = [];
/** Calls of a subscription the api refuses as it refuses one live stream too many. */
let crowdedCalls = 0;

const authed = t.procedure.use(({ ctx, next }) => {
  if (ctx.token !== validToken) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'token lapsed' });
  return next();
});
const testRouter = t.router({
  ping: authed.query(() => 'pong'),
  crowded: authed
    .use(() => {
      crowdedCalls += 1;
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many live streams' });
    })
    .subscription(async function* () {}),
  ticks: authed
    .input((raw) => (raw ?? {}) as { lastEventId?: string | null })
    .subscription(async function* ({ input, signal }) {
      starts.push(input.lastEventId ?? '');
      const live = on(ticks, 'tick', { signal });
      let last = Number(input.lastEventId ?? 0);
      for (const n of journal) {
        if (n <= last) continue;
        last = n;
        yield tracked(String(n), n);
      }
      for await (const [n] of live as AsyncIterable<[number]>) {
        if (n <= last) continue;
        last = n;
        yield tracked(String(n), n);
      }
    }),
});

function tick(n: number) {
  journal.push(n);
  ticks.emit('tick', n);
}

const sockets = new Set<Socket>();
const server = createHTTPServer({
  router: testRouter,
  createContext: ({ req }) => ({ token: req.headers.authorization?.replace(/^Bearer /, '') }),
});
server.on('connection', (socket: Socket) => {
  sockets.add(socket);
  socket.once('close', () => sockets.delete(socket));
});
let url: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

interface FakeSession extends LinkSession {
  token: string;
  refreshes: number;
}

/** A session whose refresh hands out whatever token `renewal` names. */
function fakeSession(token: string, renewal: () => string): FakeSession {
  const session: FakeSession = {
    token,
    refreshes: 0,
    getAccessToken: () => session.token,
    refresh: async () => {
      session.refreshes += 1;
      session.token = renewal();
      return true;
    },
  };
  return session;
}

function clientFor(session: LinkSession) {
  // The links are typed for the api's router; at run time they serve any router.
  const links = createApiLinks({ url, session }) as unknown as TRPCLink<typeof testRouter>[];
  return createTRPCClient<typeof testRouter>({ links });
}

beforeEach(() => {
  journal.length = 0;
  starts.length = 0;
});

describe('the web app’s tRPC links', () => {
  it('send calls with the Bearer token, refreshing once on 401 and replaying', async () => {
    validToken = 'token-2';
    const session = fakeSession('token-1', () => validToken);

    expect(await clientFor(session).ping.query()).toBe('pong');
    expect(session.refreshes).toBe(1);
  });

  it('run subscriptions over SSE with the token as a header; after a lapse and a drop they refresh and resume after the last id', async () => {
    validToken = 'token-a';
    const session = fakeSession('token-a', () => validToken);
    const received: { id: string; n: number }[] = [];
    let failure: unknown;
    const subscription = clientFor(session).ticks.subscribe(
      {},
      {
        onData: (event) => received.push({ id: event.id, n: event.data }),
        onError: (error) => {
          failure = error;
        },
      },
    );
    try {
      await expect.poll(() => ticks.listenerCount('tick')).toBe(1);
      tick(1);
      tick(2);
      await expect.poll(() => received.map((event) => event.n)).toEqual([1, 2]);

      // The token lapses and the connection drops; the EventSource reconnects (after its 3 s retry)
      // with the old token, is refused, and the links refresh and subscribe after id 2.
      validToken = 'token-b';
      for (const socket of sockets) socket.destroy();
      await expect.poll(() => ticks.listenerCount('tick')).toBe(0);
      tick(3);
      await expect.poll(() => ticks.listenerCount('tick'), { timeout: 8000 }).toBe(1);
      tick(4);

      await expect.poll(() => received.map((event) => event.n)).toEqual([1, 2, 3, 4]);
      expect(received.map((event) => event.id)).toEqual(['1', '2', '3', '4']);
      expect(starts).toEqual(['', '2']);
      expect(session.refreshes).toBe(1);
      expect(failure).toBeUndefined();
    } finally {
      subscription.unsubscribe();
    }
  }, 15_000);

  it('end a subscription refused for too many live streams with its error, without reconnecting', async () => {
    validToken = 'token-c';
    const session = fakeSession('token-c', () => validToken);
    let failure: TRPCClientError<typeof testRouter> | undefined;
    crowdedCalls = 0;
    const subscription = clientFor(session).crowded.subscribe(undefined, {
      onError: (error) => {
        failure = error;
      },
    });
    try {
      await expect.poll(() => failure).toBeDefined();
      // The hooks' onError then switch to polling.
      expect(failure!.data?.code).toBe('TOO_MANY_REQUESTS');
      // Longer than the EventSource's 3 s reconnection delay: nothing tries again.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(crowdedCalls).toBe(1);
      expect(session.refreshes).toBe(0);
    } finally {
      subscription.unsubscribe();
    }
  }, 10_000);

  it('end a subscription that a refresh does not cure, instead of refreshing in a loop', async () => {
    validToken = 'token-x';
    const session = fakeSession('token-old', () => 'token-also-refused');
    let failure: TRPCClientError<typeof testRouter> | undefined;
    const subscription = clientFor(session).ticks.subscribe(
      {},
      {
        onError: (error) => {
          failure = error;
        },
      },
    );
    try {
      await expect.poll(() => failure).toBeDefined();
      expect(failure!.data?.code).toBe('UNAUTHORIZED');
      expect(session.refreshes).toBe(1);
      expect(starts).toEqual([]);
    } finally {
      subscription.unsubscribe();
    }
  });
});
