import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CodeRunnerBusyError } from '@talentsphere/application/challenges';
import { idleSchedulerPath } from './idle-scheduler';
import {
  type ChildMessage,
  type HostMessage,
  MEMORY_GUARD_MARKER,
  SANDBOX_NICENESS,
  type SandboxLimits,
  type TestReport,
  WALL_TIME_FACTOR,
} from './sandbox-protocol';

export interface SandboxPoolOptions {
  /** Child processes, each grading one submission at a time. Defaults to the machine's cores. */
  readonly size?: number;
  /** How long past a test's time limit a child that has not answered lives before it is killed. */
  readonly killGraceMs?: number;
  /** How long a new child may take to load Node, tsx and isolated-vm. */
  readonly startTimeoutMs?: number;
  /**
   * Sessions that may wait for a child; past that, `session()` rejects with CodeRunnerBusyError
   * rather than keep a request waiting behind minutes of others' tests. Defaults to 8 per child.
   */
  readonly maxWaiting?: number;
}

/** Why a child gave no answer: the pool's own view when the process itself could not say. */
interface ChildFailure {
  readonly failed: 'timed-out' | 'memory-exceeded' | 'crashed';
  readonly message: string;
}

type Answer = ChildMessage | ChildFailure;

const CHILD_ENTRY = fileURLToPath(new URL('./sandbox-child.ts', import.meta.url));
// The child is TypeScript loaded through tsx, resolved from this package (hence the cwd), and
// isolated-vm aborts the process on Node 20 unless the startup snapshot is off.
const CHILD_EXEC_ARGV = ['--no-node-snapshot', '--import', 'tsx'];
const CHILD_CWD = fileURLToPath(new URL('.', import.meta.url));
const LOAD_TIMEOUT_MS = 10_000;
const STDERR_TAIL_CHARS = 4096;
const OUT_OF_MEMORY = /out of memory|is_heap_oom/i;
const MB = 1024 * 1024;

/** How a child is started: through `chrt --idle 0` where it works, else as a plain Node process. */
function childCommand(): { execPath: string; execArgv: string[] } {
  const chrt = idleSchedulerPath();
  return chrt === null
    ? { execPath: process.execPath, execArgv: CHILD_EXEC_ARGV }
    : { execPath: chrt, execArgv: ['--idle', '0', process.execPath, ...CHILD_EXEC_ARGV] };
}

function lowerPriority(pid: number): void {
  try {
    setPriority(pid, SANDBOX_NICENESS);
  } catch {
    // The child already exited, or the platform does not allow it: it runs at normal priority.
  }
}

function isFailure(answer: Answer): answer is ChildFailure {
  return 'failed' in answer;
}

/** One sandbox child process and the single request it may have in flight. */
class SandboxProcess {
  private readonly child: ChildProcess;
  private pending: { resolve(answer: Answer): void; timer: NodeJS.Timeout } | null = null;
  private stderrTail = '';
  private killedForTime = false;
  alive = true;
  /** Answered `ready` once: a child that dies before that is not replaced in a loop. */
  started = false;

  private constructor(onExit: () => void) {
    this.child = fork(CHILD_ENTRY, [], {
      ...childCommand(),
      cwd: CHILD_CWD,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
      // A session of its own (setsid): with autogroup scheduling, its CPU is not charged to the
      // host's group (sandbox-child.ts). It still exits when the host goes away: its IPC closes.
      detached: true,
      // None of the api's or worker's secrets (database, broker, signing keys): only what Node needs.
      env: { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production' },
    });
    // At once, so that the child's start-up (Node, tsx, isolated-vm: a replacement after every
    // allocation bomb) already yields to the host; the child lowers the threads it made before this.
    if (this.child.pid !== undefined) lowerPriority(this.child.pid);
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    this.child.on('message', (message: ChildMessage) => this.settle(message));
    this.child.on('error', (error) => {
      this.alive = false;
      this.settle({ failed: 'crashed', message: `sandbox process failed: ${error.message}` });
      onExit();
    });
    // 'close' comes after stderr is drained, so an out-of-memory report is already in the tail.
    this.child.on('close', (code, signal) => {
      this.alive = false;
      this.settle(this.exitFailure(code, signal));
      onExit();
    });
  }

  static async start(startTimeoutMs: number, onExit: () => void): Promise<SandboxProcess> {
    const sandbox = new SandboxProcess(onExit);
    const answer = await sandbox.answer(startTimeoutMs);
    sandbox.started = !isFailure(answer) && answer.type === 'ready';
    return sandbox;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends a message and waits for the child's answer, killing the child if none comes in time. */
  request(message: HostMessage, timeoutMs: number): Promise<Answer> {
    const answer = this.answer(timeoutMs);
    this.post(message);
    return answer;
  }

  post(message: HostMessage): void {
    if (this.alive && this.child.connected) this.child.send(message);
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  private answer(timeoutMs: number): Promise<Answer> {
    if (!this.alive) return Promise.resolve({ failed: 'crashed', message: 'sandbox process is gone' });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.killedForTime = true;
        this.kill();
      }, timeoutMs);
      this.pending = { resolve, timer };
    });
  }

  private settle(answer: Answer): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    pending.resolve(answer);
  }

  private exitFailure(code: number | null, signal: NodeJS.Signals | null): ChildFailure {
    if (this.killedForTime)
      return { failed: 'timed-out', message: 'sandbox process killed after the time limit' };
    const reason = signal ?? `code ${code}`;
    // Killed by our memory guard, by V8 out of memory, or by the kernel's OOM killer (SIGKILL).
    if (
      this.stderrTail.includes(MEMORY_GUARD_MARKER) ||
      OUT_OF_MEMORY.test(this.stderrTail) ||
      signal === 'SIGKILL'
    ) {
      return { failed: 'memory-exceeded', message: `sandbox process ran out of memory (${reason})` };
    }
    return { failed: 'crashed', message: `sandbox process exited (${reason})` };
  }
}

/** A place in the pool: holds a live child, replacing it as soon as it dies. */
class SandboxSlot {
  private current: Promise<SandboxProcess> | null = null;
  private closed = false;

  constructor(private readonly startTimeoutMs: number) {}

  async process(): Promise<SandboxProcess> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.closed) throw new Error('sandbox pool is closed');
      this.current ??= this.spawn();
      const sandbox = await this.current;
      if (sandbox.alive) return sandbox;
      this.current = null;
    }
    throw new Error('sandbox process does not start');
  }

  async pid(): Promise<number | undefined> {
    return this.current ? (await this.current).pid : undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = null;
    if (current) (await current).kill();
  }

  private spawn(): Promise<SandboxProcess> {
    const spawned = SandboxProcess.start(this.startTimeoutMs, () => {
      // Replace a dead child right away, so the next test does not wait for a start.
      void spawned.then((sandbox) => {
        if (this.current === spawned && sandbox.started && !this.closed) this.current = this.spawn();
      });
    });
    return spawned;
  }
}

/**
 * The learner's code for one submission, loaded into a child of the pool. Tests run one at a time;
 * when a child dies or is killed the session reloads the code into its replacement and goes on.
 */
export class SandboxSession {
  private loadedInto: SandboxProcess | null = null;

  constructor(
    private readonly slot: SandboxSlot,
    private readonly source: string,
    private readonly entryFunction: string,
    private readonly limits: SandboxLimits,
    private readonly killGraceMs: number,
    private readonly onRelease: () => void,
  ) {}

  /** Compiles the code; answers the syntax error for COMPILATION_ERROR, or null. */
  async load(): Promise<{ compileError: string | null } | { crashed: string }> {
    const sandbox = await this.slot.process();
    const answer = await sandbox.request(
      { type: 'load', source: this.source, entryFunction: this.entryFunction, limits: this.limits },
      LOAD_TIMEOUT_MS,
    );
    if (isFailure(answer)) return { crashed: answer.message };
    if (answer.type !== 'loaded') return { crashed: `unexpected answer ${answer.type}` };
    this.loadedInto = sandbox;
    return { compileError: answer.compileError };
  }

  async test(inputJson: string): Promise<TestReport> {
    const started = performance.now();
    const sandbox = await this.slot.process();
    if (sandbox !== this.loadedInto) {
      const loaded = await this.load();
      if ('crashed' in loaded)
        return this.failureReport({ failed: 'crashed', message: loaded.crashed }, started);
      if (loaded.compileError)
        return this.failureReport({ failed: 'crashed', message: loaded.compileError }, started);
    }
    const answer = await sandbox.request(
      { type: 'test', inputJson },
      this.limits.timeMs * WALL_TIME_FACTOR + this.killGraceMs,
    );
    if (isFailure(answer)) return this.failureReport(answer, started);
    if (answer.type !== 'tested')
      return this.failureReport({ failed: 'crashed', message: 'unexpected answer' }, started);
    return answer.report;
  }

  release(): void {
    this.loadedInto?.post({ type: 'unload' });
    this.loadedInto = null;
    this.onRelease();
  }

  private failureReport(failure: ChildFailure, started: number): TestReport {
    const outcome =
      failure.failed === 'crashed'
        ? { kind: 'crashed' as const, message: failure.message }
        : { kind: failure.failed };
    return {
      outcome,
      timeMs: performance.now() - started,
      memoryBytes: failure.failed === 'memory-exceeded' ? this.limits.memoryMb * MB : 0,
      console: '',
      consoleOverflowed: false,
    };
  }
}

/**
 * A fixed number of sandbox child processes. A crash, an abort on out-of-memory or a runaway that
 * isolated-vm cannot interrupt ends only its child: the pool kills and replaces it, the host lives on.
 */
export class SandboxPool {
  private readonly slots: SandboxSlot[];
  private readonly free: SandboxSlot[];
  private readonly waiting: { resolve(slot: SandboxSlot): void; reject(error: Error): void }[] = [];
  private readonly killGraceMs: number;
  private readonly maxWaiting: number;
  private closed = false;

  constructor(options: SandboxPoolOptions = {}) {
    const size = options.size ?? availableParallelism();
    this.killGraceMs = options.killGraceMs ?? 1000;
    this.maxWaiting = options.maxWaiting ?? size * 8;
    const startTimeoutMs = options.startTimeoutMs ?? 30_000;
    this.slots = Array.from({ length: size }, () => new SandboxSlot(startTimeoutMs));
    this.free = [...this.slots];
  }

  /** Waits for a free child and loads the submission's code into it (release the session after). */
  async session(source: string, entryFunction: string, limits: SandboxLimits): Promise<SandboxSession> {
    const slot = await this.acquire();
    return new SandboxSession(slot, source, entryFunction, limits, this.killGraceMs, () =>
      this.giveBack(slot),
    );
  }

  /** The children's process ids, for measurements (resident memory) from outside. */
  async processIds(): Promise<number[]> {
    const pids = await Promise.all(this.slots.map((slot) => slot.pid()));
    return pids.filter((pid): pid is number => pid !== undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error('sandbox pool is closed'));
    await Promise.all(this.slots.map((slot) => slot.close()));
  }

  private acquire(): Promise<SandboxSlot> {
    if (this.closed) return Promise.reject(new Error('sandbox pool is closed'));
    const slot = this.free.pop();
    if (slot) return Promise.resolve(slot);
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new CodeRunnerBusyError());
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private giveBack(slot: SandboxSlot): void {
    const next = this.waiting.shift();
    if (next) next.resolve(slot);
    else this.free.push(slot);
  }
}
