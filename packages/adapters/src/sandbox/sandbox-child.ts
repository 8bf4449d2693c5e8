/**
 * Entry of a sandbox child process (forked by SandboxPool with --no-node-snapshot, which
 * isolated-vm needs on Node 20). Each submission gets a fresh V8 isolate with the submission's
 * memory limit; each test a fresh context in it, so one test cannot leave state for the next.
 * The learner's code only ever sees standard JavaScript built-ins, a console and its input.
 */
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import ivm from 'isolated-vm';
import { harnessSource, LOG_CALLBACK_GLOBAL } from './isolate-harness';
import {
  type ChildMessage,
  type HostMessage,
  MEMORY_GUARD_MARKER,
  SANDBOX_NICENESS,
  type SandboxLimits,
  type TestOutcome,
  type TestReport,
  WALL_TIME_FACTOR,
} from './sandbox-protocol';

const MB = 1024 * 1024;
const TIMED_OUT = 'Script execution timed out.';
const ARRAY_BUFFER_REFUSED = 'RangeError: Array buffer allocation failed';
const SOURCE_NAME = 'solution.js';
/** Resident memory allowed past the test's start, as a multiple of the isolate limit plus slack. */
const RSS_GUARD_FACTOR = 2;
const RSS_GUARD_SLACK = 32 * MB;
const GUARD_INTERVAL_MS = 5;
const OVERDUE_GRACE_MS = 100;
const OVERDUE_GROWTH = 0.75;

interface LoadedSubmission {
  readonly source: string;
  readonly entryFunction: string;
  readonly limits: SandboxLimits;
  sandbox: IsolateSandbox | null;
}

interface IsolateSandbox {
  readonly isolate: ivm.Isolate;
  readonly solution: ivm.Script;
  readonly harness: ivm.Script;
}

let loaded: LoadedSubmission | null = null;

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function createSandbox(submission: LoadedSubmission): Promise<IsolateSandbox> {
  const isolate = new ivm.Isolate({ memoryLimit: submission.limits.memoryMb });
  try {
    // A script, not a module: `import`/`export` are syntax errors and there is no module loader.
    const solution = await isolate.compileScript(submission.source, { filename: SOURCE_NAME });
    const harness = await isolate.compileScript(
      harnessSource(submission.entryFunction, submission.limits.outputBytes),
    );
    return { isolate, solution, harness };
  } catch (error) {
    isolate.dispose();
    throw error;
  }
}

function disposeSandbox(submission: LoadedSubmission | null): void {
  if (submission?.sandbox && !submission.sandbox.isolate.isDisposed) submission.sandbox.isolate.dispose();
  if (submission) submission.sandbox = null;
}

async function load(message: Extract<HostMessage, { type: 'load' }>): Promise<ChildMessage> {
  disposeSandbox(loaded);
  const submission: LoadedSubmission = { ...message, sandbox: null };
  try {
    submission.sandbox = await createSandbox(submission);
  } catch (error) {
    loaded = null;
    return { type: 'loaded', compileError: describeError(error) };
  }
  loaded = submission;
  return { type: 'loaded', compileError: null };
}

/** Console text of one test, cut at the output limit in bytes. */
class ConsoleCapture {
  private text = '';
  private bytes = 0;
  overflowed = false;

  constructor(private readonly limitBytes: number) {}

  write(chunk: unknown): void {
    if (this.overflowed || typeof chunk !== 'string') return;
    const size = Buffer.byteLength(chunk);
    if (this.bytes + size <= this.limitBytes) {
      this.text += chunk;
      this.bytes += size;
      return;
    }
    const fitting = Buffer.from(chunk)
      .subarray(0, this.limitBytes - this.bytes)
      .toString();
    this.text += fitting;
    this.bytes = this.limitBytes;
    this.overflowed = true;
  }

  get output(): string {
    return this.text;
  }
}

async function runTest(inputJson: string): Promise<ChildMessage> {
  const submission = loaded;
  if (!submission) {
    return { type: 'tested', report: crashedReport('no submission loaded') };
  }
  // The isolate is gone after a memory-limit disposal: the next test gets a new one.
  if (!submission.sandbox || submission.sandbox.isolate.isDisposed)
    submission.sandbox = await createSandbox(submission);
  const { isolate, solution, harness } = submission.sandbox;
  const { limits } = submission;
  const capture = new ConsoleCapture(limits.outputBytes);
  const guard = guardTest(isolate, limits);
  const context = await isolate.createContext();
  const wallLimitMs = limits.timeMs * WALL_TIME_FACTOR;
  const started = performance.now();
  let outcome: TestOutcome;
  try {
    await context.global.set(LOG_CALLBACK_GLOBAL, new ivm.Callback((chunk: unknown) => capture.write(chunk)));
    const test = (await harness.run(context, { reference: true, timeout: wallLimitMs })) as ivm.Reference<
      (inputJson: string) => string
    >;
    await solution.run(context, { timeout: wallLimitMs });
    const wallLeft = Math.max(1, Math.round(wallLimitMs - (performance.now() - started)));
    const tagged = await test.apply(undefined, [inputJson], { timeout: wallLeft, result: { copy: true } });
    outcome = decodeTestResult(tagged, submission.entryFunction);
  } catch (error) {
    outcome = guard.cpuExceeded()
      ? { kind: 'timed-out' }
      : classifyFailure(error, isolate, performance.now() - started, wallLimitMs);
  } finally {
    guard.stop();
  }
  // A test stopped at the wall-time cap (waiting, or starved on a busy host) is reported at its
  // limit, as judges show a time limit exceeded.
  const timeMs =
    outcome.kind === 'timed-out' ? Math.max(guard.cpuTimeMs(), limits.timeMs) : guard.cpuTimeMs();
  let memoryBytes = limits.memoryMb * MB;
  if (!isolate.isDisposed) {
    const heap = await isolate.getHeapStatistics();
    memoryBytes = heap.used_heap_size + heap.externally_allocated_size;
    context.release();
  }
  const report: TestReport = {
    outcome,
    timeMs,
    memoryBytes,
    console: capture.output,
    consoleOverflowed: capture.overflowed,
  };
  return { type: 'tested', report };
}

function decodeTestResult(tagged: unknown, entryFunction: string): TestOutcome {
  if (typeof tagged !== 'string' || tagged.length === 0)
    return { kind: 'crashed', message: 'harness answered no result' };
  const payload = tagged.slice(1);
  switch (tagged[0]) {
    case 'J':
      return { kind: 'returned', outputJson: payload };
    case 'E':
      return threw(payload);
    case 'M':
      return {
        kind: 'threw',
        message: `The entry function ${entryFunction} is not defined: declare \`function ${entryFunction}(...)\` at the top level.`,
      };
    case 'P':
      return {
        kind: 'threw',
        message: `${entryFunction} returned a promise: return the value itself (async code cannot run here).`,
      };
    case 'O':
      return { kind: 'output-too-large' };
    default:
      return { kind: 'crashed', message: 'harness answered an unknown result' };
  }
}

function classifyFailure(
  error: unknown,
  isolate: ivm.Isolate,
  elapsedMs: number,
  timeMs: number,
): TestOutcome {
  if (isolate.isDisposed) return { kind: 'memory-exceeded' };
  const message = describeError(error);
  // A learner can throw an error with this text; only an elapsed limit makes it a real timeout.
  if (message.endsWith(TIMED_OUT) && elapsedMs >= timeMs * 0.9) return { kind: 'timed-out' };
  return threw(message);
}

function threw(message: string): TestOutcome {
  // V8 refuses a buffer over the isolate's limit with this RangeError instead of disposing it.
  if (message === ARRAY_BUFFER_REFUSED) return { kind: 'memory-exceeded' };
  return { kind: 'threw', message };
}

/** The start of an error's text: the whole of a huge message would travel to the host over IPC. */
function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `Uncaught ${String(error)}`;
  return text.slice(0, 1000);
}

function crashedReport(message: string): TestReport {
  return {
    outcome: { kind: 'crashed', message },
    timeMs: 0,
    memoryBytes: 0,
    console: '',
    consoleOverflowed: false,
  };
}

interface TestGuard {
  /** The test used up its CPU time and its isolate was disposed to stop it. */
  cpuExceeded(): boolean;
  /** CPU time this process spent on the test so far. */
  cpuTimeMs(): number;
  stop(): void;
}

/**
 * Watches one test while it runs. isolated-vm's timeouts and its `cpuTime` count wall time (a
 * starved thread's waiting included), so the CPU-time limit is enforced here on this process's own
 * CPU time, which is the test's while it runs: past it, the isolate is disposed (the next test gets
 * a new one). The isolate's heap limit is checked at V8's allocation points and some patterns slip
 * past it: a huge allocation in one go leaves V8 collecting garbage at the limit until it aborts
 * the process. So this process also kills itself (the host reads the marker as
 * MEMORY_LIMIT_EXCEEDED) when its resident memory grows past twice the isolate's limit, or when the
 * test has used its CPU time and more without the disposal landing, its memory grown by most of the
 * limit.
 */
function guardTest(isolate: ivm.Isolate, limits: SandboxLimits): TestGuard {
  const limitBytes = limits.memoryMb * MB;
  const limitMicros = limits.timeMs * 1000;
  const startRss = process.memoryUsage.rss();
  const startCpu = process.cpuUsage();
  let exceeded = false;
  const usedMicros = (): number => {
    const used = process.cpuUsage(startCpu);
    return used.user + used.system;
  };
  const timer = setInterval(() => {
    if (!exceeded && usedMicros() > limitMicros) {
      exceeded = true;
      isolate.dispose();
    }
    const grown = process.memoryUsage.rss() - startRss;
    const overdue = usedMicros() > (limits.timeMs + OVERDUE_GRACE_MS) * 1000;
    if (
      grown > RSS_GUARD_FACTOR * limitBytes + RSS_GUARD_SLACK ||
      (overdue && grown > OVERDUE_GROWTH * limitBytes)
    ) {
      clearInterval(timer);
      process.stderr.write(`${MEMORY_GUARD_MARKER}\n`, () => process.kill(process.pid, 'SIGKILL'));
    }
  }, GUARD_INTERVAL_MS);
  return {
    cpuExceeded: () => exceeded,
    cpuTimeMs: () => usedMicros() / 1000,
    stop: () => clearInterval(timer),
  };
}

/**
 * Lowers this process's scheduling priority. On Linux a nice value belongs to a thread (V8's helper
 * threads already exist; threads started later inherit it). With autogroup scheduling nice only ranks
 * threads of one session, so the pool also starts each child in a session of its own: its CPU is then
 * not charged to the host's group, and it gets a fair share like any other session rather than less
 * (a lowered group starved tests on a busy machine until even legitimate ones ran out of wall time).
 */
function lowerPriority(): void {
  try {
    for (const task of readdirSync('/proc/self/task')) setPriority(Number(task), SANDBOX_NICENESS);
  } catch {
    // Not Linux: the whole process, as the platform defines it.
    try {
      setPriority(SANDBOX_NICENESS);
    } catch {
      // Not permitted here: the child runs at normal priority.
    }
  }
}

async function handle(message: HostMessage): Promise<ChildMessage | null> {
  switch (message.type) {
    case 'load':
      return load(message);
    case 'test':
      return runTest(message.inputJson);
    case 'unload':
      disposeSandbox(loaded);
      loaded = null;
      return null;
  }
}

// The host sends one message and waits for its answer, but keep them strictly in order anyway. A
// failure of this process's own code ends it: the host sees the exit and replaces the process.
let queue: Promise<void> = Promise.resolve();
process.on('message', (message: HostMessage) => {
  queue = queue.then(async () => {
    try {
      const answer = await handle(message);
      if (answer) send(answer);
    } catch (error) {
      process.stderr.write(`sandbox child failed: ${describeError(error)}\n`, () => process.exit(1));
    }
  });
});
process.on('disconnect', () => process.exit(0));
lowerPriority();
send({ type: 'ready' });
