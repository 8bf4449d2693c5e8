import type { LiveUpdates } from '@talentsphere/application/shared';
import { describe, expect, it } from 'vitest';
import { InMemoryLiveUpdates } from './in-memory-live-updates';
import { liveUpdatesContract } from './live-updates.contract';

// One process: the "other process" is the same bus.
liveUpdatesContract('InMemoryLiveUpdates', async () => {
  const live = new InMemoryLiveUpdates();
  return { live, peer: live, isListening: async (channel) => live.listenerCount(channel) > 0 };
});

describe('LiveUpdates messages', () => {
  // Compile-time only: every one of these calls must fail to type-check.
  const refused = (live: LiveUpdates) => [
    // @ts-expect-error a Date would arrive as a string
    live.publish('test:c', { at: new Date(0) }),
    // @ts-expect-error a function does not travel
    live.publish('test:c', { run: () => 1 }),
    // @ts-expect-error a bigint cannot be written as JSON
    live.publish('test:c', [1n]),
    // @ts-expect-error nothing to send
    live.publish('test:c', undefined),
  ];

  it('take interfaces of plain JSON, optional fields included', async () => {
    interface Verdict {
      readonly submissionId: string;
      readonly score?: number;
      readonly tests: readonly { readonly passed: boolean }[];
    }
    const live = new InMemoryLiveUpdates();
    const stop = new AbortController();
    const subscription = live.subscribe<Verdict>('test:verdicts', { signal: stop.signal });
    const verdict: Verdict = { submissionId: 's1', tests: [{ passed: true }] };
    await live.publish('test:verdicts', verdict);

    expect((await subscription[Symbol.asyncIterator]().next()).value).toEqual(verdict);
    expect(refused).toBeTypeOf('function');
    stop.abort();
  });
});
