import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JoseAccessTokenService } from '../identity';
import { InMemoryRateLimiter } from '../rate-limit';
import { systemClock } from '../system';
import { createTrpcContext, type TrpcServices } from './context';
import { LiveStreamSlots } from './live-stream-slots';
import { AppTRPCError } from './to-trpc-error';
import { createCallerFactory, protectedProcedure, router } from './trpc';

describe('LiveStreamSlots', () => {
  it('gives each user up to the cap, then refuses with TOO_MANY_LIVE_STREAMS until one is released', () => {
    const slots = new LiveStreamSlots(2);
    const first = slots.take('ana')._unsafeUnwrap();
    slots.take('ana')._unsafeUnwrap();

    expect(slots.take('ana')._unsafeUnwrapErr()).toMatchObject({
      kind: 'RateLimited',
      code: 'TOO_MANY_LIVE_STREAMS',
    });
    // Per user, not for the whole process.
    expect(slots.take('ben').isOk()).toBe(true);

    first.release();
    expect(slots.openFor('ana')).toBe(1);
    expect(slots.take('ana').isOk()).toBe(true);
  });

  it('counts a slot released twice once', () => {
    const slots = new LiveStreamSlots(3);
    const slot = slots.take('ana')._unsafeUnwrap();
    slots.take('ana')._unsafeUnwrap();

    slot.release();
    slot.release();

    expect(slots.openFor('ana')).toBe(1);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a cap of %s', (perUser) => {
    expect(() => new LiveStreamSlots(perUser)).toThrow(RangeError);
  });
});

// Subscriptions on the api's own builder, ending each way a stream can end.
const started: string[] = [];
const testRouter = router({
  ticks: protectedProcedure
    .input(z.object({ end: z.enum(['never', 'returns', 'throws']) }))
    .subscription(async function* ({ input, signal }) {
      started.push(input.end);
      yield 1;
      if (input.end === 'returns') return;
      if (input.end === 'throws') throw new Error('stream failed');
      await new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }));
    }),
  ping: protectedProcedure.query(() => 'pong'),
});

const accessTokens = new JoseAccessTokenService('test-secret-that-is-long-enough-for-hs256', systemClock);
let liveStreams: LiveStreamSlots;

async function callerFor(userId: string, signal?: AbortSignal) {
  const { token } = await accessTokens.issue({ userId, role: 'jobseeker' });
  const ctx = createTrpcContext({
    services: {
      rateLimiter: new InMemoryRateLimiter(),
      accessTokens,
      liveStreams,
    } as unknown as TrpcServices,
    request: { correlationId: 'c', ipAddress: '127.0.0.1' },
    authorization: `Bearer ${token}`,
    sessionCookie: { read: () => undefined, write: () => {}, clear: () => {} },
  });
  return createCallerFactory(testRouter)(ctx, { signal });
}

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const failure = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof TRPCError)) throw new Error(`expected a tRPC error, got ${String(failure)}`);
  return failure;
}

describe('subscriptions on protectedProcedure', () => {
  beforeEach(() => {
    liveStreams = new LiveStreamSlots(2);
    started.length = 0;
  });

  it('refuse one more stream than the cap with TOO_MANY_REQUESTS before the stream starts', async () => {
    const ana = await callerFor('ana');
    for (const _ of [1, 2]) await (await ana.ticks({ end: 'never' }))[Symbol.asyncIterator]().next();
    expect(started).toEqual(['never', 'never']);

    const refused = await refusal(ana.ticks({ end: 'never' }));

    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused).toBeInstanceOf(AppTRPCError);
    expect((refused as AppTRPCError).appError.code).toBe('TOO_MANY_LIVE_STREAMS');
    expect(started).toHaveLength(2);
    // Another user still opens theirs, and other calls are not counted.
    await expect((await callerFor('ben')).ticks({ end: 'never' })).resolves.toBeDefined();
    await expect(ana.ping()).resolves.toBe('pong');
  });

  it('give the slot back when the reader closes the stream', async () => {
    const ana = await callerFor('ana');
    for await (const _tick of await ana.ticks({ end: 'never' })) {
      expect(liveStreams.openFor('ana')).toBe(1);
      break;
    }

    expect(liveStreams.openFor('ana')).toBe(0);
  });

  it('give the slot back when the server ends the stream', async () => {
    const ana = await callerFor('ana');
    const ticks: number[] = [];
    for await (const tick of await ana.ticks({ end: 'returns' })) {
      expect(liveStreams.openFor('ana')).toBe(1);
      ticks.push(tick);
    }

    expect(ticks).toEqual([1]);
    expect(liveStreams.openFor('ana')).toBe(0);
  });

  it('give the slot back when the stream fails', async () => {
    const ana = await callerFor('ana');
    const stream = await ana.ticks({ end: 'throws' });
    expect(liveStreams.openFor('ana')).toBe(1);

    await expect(
      (async () => {
        for await (const _tick of stream);
      })(),
    ).rejects.toThrow('stream failed');
    expect(liveStreams.openFor('ana')).toBe(0);
  });

  it('give the slot back when the call is refused after taking it (invalid input)', async () => {
    const ana = await callerFor('ana');

    expect((await refusal(ana.ticks({ end: 'sometime' } as never))).code).toBe('BAD_REQUEST');
    expect(liveStreams.openFor('ana')).toBe(0);
  });

  it('give the slot back when the request aborts, whether the stream was read or not', async () => {
    const leaving = new AbortController();
    const ana = await callerFor('ana', leaving.signal);
    const read = await ana.ticks({ end: 'never' });
    await read[Symbol.asyncIterator]().next();
    await ana.ticks({ end: 'never' });
    expect(liveStreams.openFor('ana')).toBe(2);

    leaving.abort();

    expect(liveStreams.openFor('ana')).toBe(0);
  });

  it('give the slot of an already aborted request back at once', async () => {
    const gone = new AbortController();
    gone.abort();
    const ana = await callerFor('ana', gone.signal);

    await ana.ticks({ end: 'never' });

    expect(liveStreams.openFor('ana')).toBe(0);
  });
});
