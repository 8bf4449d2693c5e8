import type { AdjustableClock } from '@talentsphere/adapters/system';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

export interface TestClockControl {
  readonly clock: AdjustableClock;
  /** Runs what waits on time after a move (the local payment provider's renewals and period ends). */
  readonly afterAdvance: () => Promise<void>;
}

// At most a little over a year per call: enough for any plan's period.
const body = z.object({
  advanceMs: z
    .number()
    .int()
    .min(0)
    .max(400 * 86_400_000),
});

/**
 * POST /testing/clock {advanceMs}: moves the api's clock forward and runs what was waiting for that
 * time, so an end-to-end test can see a period end. Registered only with TALENTSPHERE_TEST_CLOCK,
 * which the configuration refuses in production, with a Stripe key and in full mode.
 */
export async function testClockPlugin(app: FastifyInstance, control: TestClockControl): Promise<void> {
  app.post('/testing/clock', async (request, reply) => {
    const parsed = body.safeParse(request.body);
    if (!parsed.success)
      return reply.code(400).send({ error: 'Send {"advanceMs": whole milliseconds ≥ 0}.' });
    control.clock.advance(parsed.data.advanceMs);
    await control.afterAdvance();
    return { now: control.clock.now().toISOString() };
  });
}
