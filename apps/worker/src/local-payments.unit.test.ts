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
});
