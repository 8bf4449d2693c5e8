import type { ApiRuntime } from './container';
import type { TestClockControl } from './test-clock.plugin';

/** The test clock's control when the runtime has one: moving it also runs the local provider's renewals. */
export function testClockControl(
  runtime: Pick<ApiRuntime, 'testClock' | 'payments'>,
): TestClockControl | null {
  const { testClock, payments } = runtime;
  if (!testClock) return null;
  return {
    clock: testClock,
    afterAdvance: async () => {
      await payments.local?.advance();
    },
  };
}
