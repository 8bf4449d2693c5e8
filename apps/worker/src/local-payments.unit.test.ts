import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { scheduleLocalPayments } from './local-payments';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scheduleLocalPayments', () => {
  it('Given the schedule, When time passes, Then advance runs again and again, a failure does not stop it, and stop ends it', async () => {
    let calls = 0;
    const gateway = {
      advance: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
        return { processed: 0, delivered: 0 };
      },
    };
    const schedule = scheduleLocalPayments(gateway, pino({ level: 'silent' }), 10);
    await settle(80);
    await schedule.stop();
    const atStop = calls;
    expect(atStop).toBeGreaterThanOrEqual(2);
    await settle(40);
    expect(calls).toBe(atStop);
  });

  it('Given a run slower than the interval, When time passes, Then runs never overlap, and stop waits for the one in progress', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    const gateway = {
      advance: async () => {
        active += 1;
        most = Math.max(most, active);
        await settle(30);
        active -= 1;
        finished += 1;
        return { processed: 0, delivered: 0 };
      },
    };
    const schedule = scheduleLocalPayments(gateway, pino({ level: 'silent' }), 5);
    await settle(120);
    await schedule.stop();
    expect(most).toBe(1);
    expect(active).toBe(0);
    const atStop = finished;
    expect(atStop).toBeGreaterThanOrEqual(2);
    await settle(60);
    expect(finished).toBe(atStop);
  });
});
