/**
 * The messages between the sandbox pool (host) and a sandbox child process. The child gets the
 * learner's compiled source once and then the input of one test at a time; it never sees expected
 * outputs, which stay in the host where results are judged.
 */
export interface SandboxLimits {
  /** CPU time of one test (its sandbox process's, while the test runs). */
  readonly timeMs: number;
  readonly memoryMb: number;
  readonly outputBytes: number;
}

export type HostMessage =
  | {
      readonly type: 'load';
      readonly source: string;
      readonly entryFunction: string;
      readonly limits: SandboxLimits;
    }
  | { readonly type: 'test'; readonly inputJson: string }
  /** Frees the isolate between submissions; not answered. */
  | { readonly type: 'unload' };

/** How one test ended, as facts: the host turns them into verdicts. */
export type TestOutcome =
  | { readonly kind: 'returned'; readonly outputJson: string }
  | { readonly kind: 'threw'; readonly message: string }
  | { readonly kind: 'output-too-large' }
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'memory-exceeded' }
  /** The sandbox process died or broke for a reason that is not the learner's limits. */
  | { readonly kind: 'crashed'; readonly message: string };

export interface TestReport {
  readonly outcome: TestOutcome;
  readonly timeMs: number;
  readonly memoryBytes: number;
  readonly console: string;
  readonly consoleOverflowed: boolean;
}

export type ChildMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'loaded'; readonly compileError: string | null }
  | { readonly type: 'tested'; readonly report: TestReport };

/** Written to stderr by a child that kills itself because its resident memory ran away. */
export const MEMORY_GUARD_MARKER = 'sandbox: memory guard tripped';

/**
 * A test is stopped when its process has used `timeMs` of CPU. The learner's code has no way to
 * wait without computing (no timers, I/O or Atomics.wait), so its wall time is capped only as a
 * backstop, at this multiple of the limit: generous, so a child starved on a busy host is not judged
 * TIME_LIMIT_EXCEEDED for want of a CPU.
 */
export const WALL_TIME_FACTOR = 10;

/**
 * Sandbox children run at this lower scheduling priority (nice), so the api, the database and the
 * worker's own work preempt learners' code on a shared host; the CPU-time limit keeps judging fair
 * when a child gets less of the CPU. Where `chrt` can make them SCHED_IDLE (sandbox-pool.ts), that
 * policy decides and the nice value only stays as the fallback.
 */
export const SANDBOX_NICENESS = 10;
