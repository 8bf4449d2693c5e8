import { randomUUID } from 'node:crypto';
import type { LiveSubscription, LiveUpdates } from '@talentsphere/application/shared';
import { beforeEach, describe, expect, it } from 'vitest';

export interface LiveUpdatesHarness {
  /** The adapter as one api process sees it. */
  readonly live: LiveUpdates;
  /** The adapter in another process (its own connections) where the adapter spans processes. */
  readonly peer: LiveUpdates;
  /** Whether the transport still has a listener on `channel` in any of the harness's processes. */
  isListening(channel: string): Promise<boolean>;
}

/**
 * Reads the next `count` messages without ending the subscription (a `for await` that stops early
 * would), failing instead of hanging when they do not come.
 */
async function take<T>(subscription: LiveSubscription<T>, count: number): Promise<T[]> {
  const received: T[] = [];
  const iterator = subscription[Symbol.asyncIterator]();
  const reading = (async () => {
    while (received.length < count) {
      const next = await iterator.next();
      if (next.done) break;
      received.push(next.value);
    }
    return received;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`received ${JSON.stringify(received)}, wanted ${count}`)),
      2000,
    );
  });
  return Promise.race([reading, timeout]).finally(() => clearTimeout(timer));
}

/** Gives a message that would wrongly arrive the time to do so. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The behaviour every LiveUpdates adapter promises. Each test uses channels of its own. */
export function liveUpdatesContract(adapterName: string, setup: () => Promise<LiveUpdatesHarness>): void {
  describe(`LiveUpdates contract: ${adapterName}`, () => {
    let harness: LiveUpdatesHarness;
    let channel: (name: string) => string;
    let stop: AbortController;

    beforeEach(async () => {
      const id = randomUUID();
      channel = (name) => `test:live:${id}:${name}`;
      harness = await setup();
      stop = new AbortController();
      return () => stop.abort();
    });

    it('delivers a message published after subscribing, as a JSON copy', async () => {
      const subscription = harness.live.subscribe(channel('a'), { signal: stop.signal });
      await subscription.ready;
      const message = { id: 'n1', kind: 'VERDICT', score: 0.5, tags: ['x'], seen: false, note: null };
      await harness.live.publish(channel('a'), message);
      const [received] = await take(subscription, 1);
      expect(received).toEqual(message);
      expect(received).not.toBe(message);
    });

    it('keeps publish order and queues messages until they are read', async () => {
      const subscription = harness.live.subscribe<number>(channel('a'), { signal: stop.signal });
      await subscription.ready;
      for (const n of [1, 2, 3, 4, 5]) await harness.live.publish(channel('a'), n);
      await settle();
      expect(await take(subscription, 5)).toEqual([1, 2, 3, 4, 5]);
    });

    it('fans out to every subscriber, in this process and in another', async () => {
      const here = harness.live.subscribe(channel('a'), { signal: stop.signal });
      const hereToo = harness.live.subscribe(channel('a'), { signal: stop.signal });
      const there = harness.peer.subscribe(channel('a'), { signal: stop.signal });
      await Promise.all([here.ready, hereToo.ready, there.ready]);

      await harness.peer.publish(channel('a'), 'from the peer');
      await harness.live.publish(channel('a'), 'from here');

      const expected = ['from the peer', 'from here'];
      expect(await take(here, 2)).toEqual(expected);
      expect(await take(hereToo, 2)).toEqual(expected);
      expect(await take(there, 2)).toEqual(expected);
    });

    it('keeps channels apart', async () => {
      const a = harness.live.subscribe(channel('a'), { signal: stop.signal });
      const b = harness.peer.subscribe(channel('b'), { signal: stop.signal });
      await Promise.all([a.ready, b.ready]);

      // One publisher keeps its order, so a stray message would come before the last one.
      await harness.live.publish(channel('b'), 'for b');
      await harness.live.publish(channel('ab'), 'for neither');
      await harness.live.publish(channel('a'), 'for a');
      await harness.live.publish(channel('a'), 'last for a');
      await harness.live.publish(channel('b'), 'last for b');

      expect(await take(a, 2)).toEqual(['for a', 'last for a']);
      expect(await take(b, 2)).toEqual(['for b', 'last for b']);
    });

    it('ends the iteration when the signal aborts, and stops listening', async () => {
      const leaving = new AbortController();
      const staying = harness.live.subscribe<string>(channel('a'), { signal: stop.signal });
      const subscription = harness.live.subscribe<string>(channel('a'), { signal: leaving.signal });
      await Promise.all([staying.ready, subscription.ready]);

      const reading = collect(subscription);
      await harness.live.publish(channel('a'), 'before');
      expect(await take(staying, 1)).toEqual(['before']);
      leaving.abort();
      expect(await reading).toEqual(['before']);

      await harness.live.publish(channel('a'), 'after');
      expect(await take(staying, 1)).toEqual(['after']);
      expect(await collect(subscription)).toEqual([]);
      expect(await harness.isListening(channel('a'))).toBe(true);

      stop.abort();
      await expect.poll(() => harness.isListening(channel('a'))).toBe(false);
    });

    it('stops listening when the reader breaks out early', async () => {
      const subscription = harness.live.subscribe<string>(channel('a'), { signal: stop.signal });
      await subscription.ready;
      await harness.live.publish(channel('a'), 'one');
      for await (const message of subscription) {
        expect(message).toBe('one');
        break;
      }
      await expect.poll(() => harness.isListening(channel('a'))).toBe(false);
    });

    it('ends at once when subscribed with an aborted signal', async () => {
      stop.abort();
      const subscription = harness.live.subscribe(channel('a'), { signal: stop.signal });
      await subscription.ready;
      expect(await collect(subscription)).toEqual([]);
      expect(await harness.isListening(channel('a'))).toBe(false);
    });
  });
}

/** Everything the subscription still yields; it must have ended. */
async function collect<T>(subscription: LiveSubscription<T>): Promise<T[]> {
  const received: T[] = [];
  for await (const message of subscription) received.push(message);
  return received;
}
