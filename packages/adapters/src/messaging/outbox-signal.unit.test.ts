import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { silentLogger } from './messaging.testing';
import { InProcessOutboxSignal, PgNotifyOutboxSignal } from './outbox-signal';

/** A pool whose queries resolve only when the test says so. */
function manualPool() {
  const pending: Array<() => void> = [];
  const queries: string[] = [];
  const pool = {
    query(text: string) {
      queries.push(text);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  } as unknown as pg.Pool;
  return { pool, queries, settleNext: () => pending.shift()?.() };
}

describe('PgNotifyOutboxSignal', () => {
  it('coalesces a burst of commits into one NOTIFY in flight and one queued', async () => {
    const { pool, queries, settleNext } = manualPool();
    const signal = new PgNotifyOutboxSignal(pool, silentLogger);
    for (let i = 0; i < 50; i += 1) signal.notify();
    expect(queries).toEqual(['NOTIFY talentsphere_outbox']);

    settleNext();
    await new Promise((resolve) => setImmediate(resolve));
    expect(queries).toHaveLength(2);
    settleNext();
    await signal.flush();
    expect(queries).toHaveLength(2);
  });

  it('a failed NOTIFY is logged, not thrown: the relay poll covers it', async () => {
    const pool = { query: () => Promise.reject(new Error('connection refused')) } as unknown as pg.Pool;
    const signal = new PgNotifyOutboxSignal(pool, silentLogger);
    signal.notify();
    await expect(signal.flush()).resolves.toBeUndefined();
  });
});

describe('InProcessOutboxSignal', () => {
  it('wakes listeners until they unsubscribe', async () => {
    const signal = new InProcessOutboxSignal();
    let wakes = 0;
    const subscription = await signal.listen(() => {
      wakes += 1;
    });
    signal.notify();
    signal.notify();
    await subscription.close();
    signal.notify();
    expect(wakes).toBe(2);
  });
});
