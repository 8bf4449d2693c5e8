import { readdirSync, readFileSync } from 'node:fs';
import {
  type CodeRunLimits,
  CodeRunnerBusyError,
  type CodeRunTest,
  type CodeSubmission,
  type TestRunResult,
} from '@talentsphere/application/challenges';
import type { Verdict } from '@talentsphere/domain/challenges';
import { afterAll, describe, expect, it } from 'vitest';
import { idleSchedulerPath } from './idle-scheduler';
import { IsolatedVmCodeRunner } from './isolated-vm-code-runner';
import { SandboxPool } from './sandbox-pool';
import { SANDBOX_NICENESS, WALL_TIME_FACTOR } from './sandbox-protocol';

// Runs real sandbox child processes (tsx + isolated-vm): a few seconds of limits being hit, hence
// the integration project, though no service is used.
// Linux scheduling policies as /proc reports them.
const SCHED_OTHER = 0;
const SCHED_IDLE = 5;
const limits: CodeRunLimits = { timeMs: 400, memoryMb: 32, outputBytes: 4096 };
const pool = new SandboxPool({ size: 2 });
const runner = new IsolatedVmCodeRunner(pool);

afterAll(() => pool.close());

const addTests: CodeRunTest[] = [
  { id: 'small', input: [2, 3], expected: 5, comparison: 'exact' },
  { id: 'negative', input: [-4, 1], expected: -3, comparison: 'exact' },
];

function submission(source: string, overrides: Partial<CodeSubmission> = {}): CodeSubmission {
  return { language: 'javascript', source, entryFunction: 'add', tests: addTests, limits, ...overrides };
}

async function verdicts(source: string, overrides: Partial<CodeSubmission> = {}): Promise<Verdict[]> {
  return (await runner.run(submission(source, overrides))).map((result) => result.verdict);
}

async function runOne(source: string, overrides: Partial<CodeSubmission> = {}): Promise<TestRunResult> {
  const [result] = await runner.run(
    submission(source, { tests: [addTests[0] as CodeRunTest], ...overrides }),
  );
  if (!result) throw new Error('no result');
  return result;
}

/** After every hostile run: the host is untouched and the next plain submission is judged normally. */
async function expectHealthy(): Promise<void> {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(typeof process.memoryUsage).toBe('function');
  expect(await verdicts('function add(a, b) { return a + b; }')).toEqual(['ACCEPTED', 'ACCEPTED']);
}

describe('IsolatedVmCodeRunner: normal submissions', () => {
  it('accepts a correct JavaScript solution, with its value and console output per test', async () => {
    const results = await runner.run(
      submission('function add(a, b) { console.log("adding", a, b); return a + b; }'),
    );
    expect(results.map((r) => [r.testId, r.verdict, r.actual, r.console])).toEqual([
      ['small', 'ACCEPTED', 5, 'adding 2 3\n'],
      ['negative', 'ACCEPTED', -3, 'adding -4 1\n'],
    ]);
    expect(results.every((r) => r.timeMs >= 0 && r.memoryBytes > 0 && r.error === undefined)).toBe(true);
  });

  it('finds the entry function however it is declared at the top level', async () => {
    expect(await verdicts('const add = (a, b) => a + b;')).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(await verdicts('class Adder {} let add = function (a, b) { return a + b; };')).toEqual([
      'ACCEPTED',
      'ACCEPTED',
    ]);
  });

  it('accepts a correct TypeScript solution once its types are stripped', async () => {
    const source = `
      interface Pair { readonly a: number; readonly b: number }
      type Sum = number;
      function total({ a, b }: Pair): Sum { return a + b; }
      function add(a: number, b: number): Sum { return total({ a, b } satisfies Pair); }`;
    expect(await verdicts(source, { language: 'typescript' })).toEqual(['ACCEPTED', 'ACCEPTED']);
  });

  it('judges with the test comparison: unordered lists and float tolerance', async () => {
    const results = await runner.run({
      language: 'javascript',
      source: 'function solve(xs) { return xs.length ? [...xs].reverse() : 0.1 + 0.2; }',
      entryFunction: 'solve',
      limits,
      tests: [
        { id: 'unordered', input: [[1, 2, 3]], expected: [2, 3, 1], comparison: 'unordered' },
        { id: 'ordered', input: [[1, 2, 3]], expected: [1, 2, 3], comparison: 'exact' },
        { id: 'float', input: [[]], expected: 0.3, comparison: { tolerance: 1e-9 } },
      ],
    });
    expect(results.map((r) => r.verdict)).toEqual(['ACCEPTED', 'WRONG_ANSWER', 'ACCEPTED']);
    expect(results[1]?.actual).toEqual([3, 2, 1]);
  });

  it('gives WRONG_ANSWER for a wrong value and RUNTIME_ERROR with the message for a throw', async () => {
    expect(await verdicts('function add(a, b) { return a - b; }')).toEqual(['WRONG_ANSWER', 'WRONG_ANSWER']);
    const thrown = await runOne('function add() { throw new TypeError("no adding today"); }');
    expect(thrown).toMatchObject({ verdict: 'RUNTIME_ERROR', error: 'TypeError: no adding today' });
    const thrownValue = await runOne('function add() { throw 42; }');
    expect(thrownValue).toMatchObject({ verdict: 'RUNTIME_ERROR', error: 'Uncaught 42' });
  });

  it('gives COMPILATION_ERROR for a syntax error in JavaScript or TypeScript, and for module syntax', async () => {
    const js = await runOne('function add(a, b) { return a + ; }');
    expect(js.verdict).toBe('COMPILATION_ERROR');
    expect(js.error).toMatch(/^SyntaxError: /);
    const ts = await runOne('function add(a: number, b: number): number { return a + ; }', {
      language: 'typescript',
    });
    expect(ts.verdict).toBe('COMPILATION_ERROR');
    expect(ts.error).toMatch(/line 1, column/);
    expect((await runOne('export function add(a, b) { return a + b; }')).verdict).toBe('COMPILATION_ERROR');
    expect((await runOne('import fs from "fs"; function add() { return fs; }')).verdict).toBe(
      'COMPILATION_ERROR',
    );
  });

  it('gives RUNTIME_ERROR with a clear message when the entry function is missing', async () => {
    const missing = await runOne('function plus(a, b) { return a + b; }');
    expect(missing.verdict).toBe('RUNTIME_ERROR');
    expect(missing.error).toContain('The entry function add is not defined');
    expect((await runOne('const add = 5;')).verdict).toBe('RUNTIME_ERROR');
  });

  it('gives INTERNAL_ERROR, without running anything, when the entry function name is not an identifier', async () => {
    const result = await runOne('function add(a, b) { return a + b; }', {
      entryFunction: 'add; process.exit()',
    });
    expect(result.verdict).toBe('INTERNAL_ERROR');
    expect(result.error).toContain('not an identifier');
  });

  it('refuses a promise as the answer: async code cannot run here', async () => {
    const result = await runOne('async function add(a, b) { return a + b; }');
    expect(result.verdict).toBe('RUNTIME_ERROR');
    expect(result.error).toContain('returned a promise');
  });

  it('grades concurrent submissions through the pool', async () => {
    const all = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        verdicts(i % 2 ? 'const add = (a, b) => a + b;' : 'function add(a, b) { return a * b; }'),
      ),
    );
    expect(all).toEqual(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 ? ['ACCEPTED', 'ACCEPTED'] : ['WRONG_ANSWER', 'WRONG_ANSWER'],
      ),
    );
  });
});

describe('IsolatedVmCodeRunner: hostile submissions', () => {
  it('stops an infinite loop at its time limit (in the entry function and at the top level)', async () => {
    const loopLimits = { ...limits, timeMs: 1000 };
    const started = performance.now();
    const inFunction = await runOne('function add() { for (;;) {} }', { limits: loopLimits });
    const wall = performance.now() - started;
    expect(inFunction.verdict).toBe('TIME_LIMIT_EXCEEDED');
    expect(inFunction.timeMs).toBeGreaterThanOrEqual(loopLimits.timeMs * 0.9);
    expect(inFunction.timeMs).toBeLessThanOrEqual(loopLimits.timeMs * 1.2);
    // The limit is CPU time; on a busy machine the low-priority child gets less than a core, so the
    // wall time is only bounded by the cap (and the tools/bench figures say how close it stays).
    expect(wall).toBeLessThan(loopLimits.timeMs * WALL_TIME_FACTOR + 1000);
    expect((await runOne('while (true) {} function add() {}')).verdict).toBe('TIME_LIMIT_EXCEEDED');
    await expectHealthy();
  });

  it.each([
    ['a giant array', 'function add() { return new Array(1e9).fill(0).length; }', ['MEMORY_LIMIT_EXCEEDED']],
    [
      'many small objects',
      'function add() { const all = []; for (let i = 0; ; i++) all.push({ i, s: "x" + i }); }',
      ['MEMORY_LIMIT_EXCEEDED'],
    ],
    [
      'array buffers',
      'function add() { const all = []; for (;;) all.push(new ArrayBuffer(8 * 1024 * 1024)); }',
      ['MEMORY_LIMIT_EXCEEDED'],
    ],
    [
      'one huge typed array',
      'function add() { return new Float64Array(2 ** 30).length; }',
      ['MEMORY_LIMIT_EXCEEDED'],
    ],
    // Doubling builds ropes: V8's string length cap (a RangeError) may come before the heap limit.
    [
      'string doubling',
      'function add() { let s = "xy"; for (;;) { s = s + s; s.charCodeAt(s.length - 1); s = s.slice(1) + "z"; } }',
      ['MEMORY_LIMIT_EXCEEDED', 'RUNTIME_ERROR'],
    ],
  ])('ends an allocation bomb (%s) with a clean verdict', async (_name, source, expected) => {
    // Time enough for the memory limit to be the one that ends it, even on a busy machine.
    const result = await runOne(source, { limits: { ...limits, timeMs: 5000 } });
    expect(expected).toContain(result.verdict);
    await expectHealthy();
  });

  it('turns deep recursion into a RUNTIME_ERROR (RangeError), not a crash', async () => {
    const result = await runOne('function add(n) { return add(n + 1) + 1; }');
    expect(result.verdict).toBe('RUNTIME_ERROR');
    expect(result.error).toBe('RangeError: Maximum call stack size exceeded');
    await expectHealthy();
  });

  it('gives OUTPUT_LIMIT_EXCEEDED for a huge answer and for console flooding, keeping output within the limit', async () => {
    expect((await runOne('function add() { return "x".repeat(10_000_000); }')).verdict).toBe(
      'OUTPUT_LIMIT_EXCEEDED',
    );
    const multibyte = await runOne(`function add() { return "é".repeat(${limits.outputBytes / 2 + 1}); }`);
    expect(multibyte.verdict).toBe('OUTPUT_LIMIT_EXCEEDED');
    const flood = await runOne('function add() { for (;;) console.log("spam", "x".repeat(1000)); }');
    expect(flood.verdict).toBe('OUTPUT_LIMIT_EXCEEDED');
    expect(Buffer.byteLength(flood.console)).toBeLessThanOrEqual(limits.outputBytes);
    expect(flood.console.startsWith('spam xxx')).toBe(true);
    const oneHugeLine = await runOne(
      'function add(a, b) { console.log("y".repeat(50_000_000)); return a + b; }',
      {
        limits: { ...limits, memoryMb: 128, timeMs: 2000 },
      },
    );
    expect(oneHugeLine.verdict).toBe('OUTPUT_LIMIT_EXCEEDED');
    await expectHealthy();
  });

  it('has no way out through constructors: Function from inside builds functions of the isolate', async () => {
    const processEscape = await runOne(
      'function add() { return constructor.constructor("return process")(); }',
    );
    expect(processEscape.verdict).toBe('RUNTIME_ERROR');
    expect(processEscape.error).toBe('ReferenceError: process is not defined');
    const thisEscape = await runOne(
      'function add() { const g = this.constructor.constructor("return this")(); return [typeof g.process, typeof g.require, Object.getPrototypeOf(add).constructor("return typeof globalThis.process")()]; }',
    );
    expect(thisEscape.actual).toEqual(['undefined', 'undefined', 'undefined']);
    const viaError = await runOne(
      'function add() { try { null.x; } catch (e) { return e.constructor.constructor("return typeof process + typeof require")(); } }',
    );
    expect(viaError.actual).toBe('undefinedundefined');
    await expectHealthy();
  });

  it('exposes no host API on the global object', async () => {
    const result = await runOne(`function add() {
      const names = ['require', 'process', 'module', 'exports', 'Buffer', 'fetch', 'setTimeout', 'setInterval',
        'setImmediate', 'XMLHttpRequest', 'WebSocket', 'global', 'ivm', '__sandboxLog', 'importScripts', 'Deno', 'Bun'];
      return names.filter((name) => typeof globalThis[name] !== 'undefined');
    }`);
    expect(result).toMatchObject({ verdict: 'WRONG_ANSWER', actual: [] });
    const requireCall = await runOne(
      'function add() { return require("fs").readFileSync("/etc/passwd", "utf8"); }',
    );
    expect(requireCall).toMatchObject({
      verdict: 'RUNTIME_ERROR',
      error: 'ReferenceError: require is not defined',
    });
  });

  it('makes dynamic import() fail cleanly, awaited or not', async () => {
    const returned = await runOne('function add() { return import("fs"); }');
    expect(returned.verdict).toBe('RUNTIME_ERROR');
    const floating = await runOne(
      'function add(a, b) { import("node:child_process").then((cp) => cp.execSync("id")); return a + b; }',
    );
    expect(floating.verdict).toBe('RUNTIME_ERROR');
    expect(floating.error).toContain('Not supported');
    await expectHealthy();
  });

  it('keeps prototype pollution inside the test: not in the host, not in the next test', async () => {
    const results = await runner.run(
      submission(`
        const pollutedBefore = ({}).polluted;
        Object.prototype.polluted = 1;
        Array.prototype.map = () => 'broken';
        JSON.stringify = () => '"forged"';
        function add(a, b) { return pollutedBefore === undefined ? a + b : 'saw pollution'; }`),
    );
    expect(results.map((r) => r.verdict)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect([1].map((x) => x + 1)).toEqual([2]);
    await expectHealthy();
  });

  it('gives the code no way to block without computing (Atomics.wait is gone)', async () => {
    const result = await runOne(
      'function add() { Atomics.wait(new Int32Array(new SharedArrayBuffer(8)), 0, 0); }',
    );
    expect(result.verdict).toBe('RUNTIME_ERROR');
    expect(result.error).toMatch(/Atomics\.wait is not a function/);
    await expectHealthy();
  });

  it.runIf(process.platform === 'linux')(
    'counts CPU time against the limit: a child held off the CPU past the limit is not judged for it',
    async () => {
      await runOne('function add(a, b) { return a + b; }');
      const pids = await pool.processIds();
      // Busy for 150 ms of the wall clock; stopped for 600 ms meanwhile, it computed far less.
      const running = runOne(
        'function add(a, b) { const end = Date.now() + 150; while (Date.now() < end) {} return a + b; }',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const pid of pids) process.kill(pid, 'SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, limits.timeMs * 1.5));
      for (const pid of pids) process.kill(pid, 'SIGCONT');
      const result = await running;
      expect(result.verdict).toBe('ACCEPTED');
      expect(result.timeMs).toBeLessThan(limits.timeMs);
    },
  );

  it.runIf(process.platform === 'linux')(
    'runs every thread of the sandbox children as SCHED_IDLE (where autogroup and chrt allow it) and at a lower nice, in sessions of their own',
    async () => {
      await runOne('function add(a, b) { return a + b; }');
      const pids = await pool.processIds();
      expect(pids.length).toBeGreaterThan(0);
      const schedIdleExpected = idleSchedulerPath() !== null;
      for (const pid of pids) {
        const threads = readdirSync(`/proc/${pid}/task`).map((task) => {
          const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
          // Fields after the command: state is the 1st, nice the 17th, the scheduling policy the 39th.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return { nice: Number(fields[16]), policy: Number(fields[38]) };
        });
        expect(new Set(threads.map((thread) => thread.nice))).toEqual(new Set([SANDBOX_NICENESS]));
        expect(new Set(threads.map((thread) => thread.policy))).toEqual(
          new Set([schedIdleExpected ? SCHED_IDLE : SCHED_OTHER]),
        );
        // A session of its own, so that with autogroup scheduling its CPU is not the host's.
        // Fields after the command: state, ppid, process group, session.
        const session = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[3]);
        expect(session).toBe(pid);
      }
    },
  );

  it('shows the code only the input of the test being run: no expected output, no other test', async () => {
    const secret = 'expected-output-never-sent';
    const results = await runner.run({
      language: 'javascript',
      entryFunction: 'probe',
      limits,
      tests: [
        { id: 'first', input: ['first-input'], expected: secret, comparison: 'exact' },
        { id: 'hidden', input: ['hidden-input'], expected: { answer: secret }, comparison: 'exact' },
      ],
      // Everything the code can reach: its arguments, the global object, state left by a previous test.
      source: `
        globalThis.seen = (globalThis.seen || []);
        function probe(...args) {
          globalThis.seen.push(...args);
          const globals = Object.getOwnPropertyNames(globalThis).map((name) => {
            try { return name + '=' + String(globalThis[name]); } catch { return name; }
          });
          console.log(JSON.stringify(arguments), globals.join(';'));
          return { args, seen: globalThis.seen, globals };
        }`,
    });
    expect(results.map((r) => r.verdict)).toEqual(['WRONG_ANSWER', 'WRONG_ANSWER']);
    expect(results.map((r) => (r.actual as { seen: unknown }).seen)).toEqual([
      ['first-input'],
      ['hidden-input'],
    ]);
    for (const result of results) {
      expect(JSON.stringify(result.actual)).not.toContain(secret);
      expect(result.console).not.toContain(secret);
    }
    expect(results[1]?.console).not.toContain('first-input');
  });

  it('judges a pathologically deep answer as WRONG_ANSWER instead of overflowing the host', async () => {
    const deep = await runOne(
      'function add() { let v = []; for (let i = 0; i < 5000; i++) v = [v]; return v; }',
      {
        tests: [{ id: 'deep', input: [1, 2], expected: [], comparison: 'unordered' }],
        limits: { ...limits, timeMs: 2000, outputBytes: 1_000_000 },
      },
    );
    expect(deep).toMatchObject({ verdict: 'WRONG_ANSWER', actual: undefined });
    expect(deep.error).toMatch(/nested deeper/);
    await expectHealthy();
  });

  it('brings back only the start of a huge error message', async () => {
    const thrown = await runOne('function add() { throw new Error("x".repeat(20e6)); }', {
      limits: { ...limits, timeMs: 2000, memoryMb: 128 },
    });
    expect(thrown.verdict).toBe('RUNTIME_ERROR');
    expect(thrown.error?.length ?? 0).toBeLessThanOrEqual(1_000);
    await expectHealthy();
  });

  it("gives the sandbox child none of the host's environment (no database or broker credentials)", async () => {
    process.env.SANDBOX_TEST_SECRET = 'do-not-leak';
    const probe = new SandboxPool({ size: 1 });
    try {
      const [result] = await new IsolatedVmCodeRunner(probe).run(
        submission('function add(a, b) { return a + b; }', { tests: [addTests[0] as CodeRunTest] }),
      );
      expect(result?.verdict).toBe('ACCEPTED');
      const [pid] = await probe.processIds();
      const { readFile } = await import('node:fs/promises');
      const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
      expect(environ).not.toContain('SANDBOX_TEST_SECRET');
      expect(environ).not.toContain('DATABASE_URL');
    } finally {
      delete process.env.SANDBOX_TEST_SECRET;
      await probe.close();
    }
  });

  it('refuses a run when as many as allowed are already waiting for a child, and runs the rest', async () => {
    const small = new SandboxPool({ size: 1, maxWaiting: 1 });
    try {
      const smallRunner = new IsolatedVmCodeRunner(small);
      const add = submission('function add(a, b) { return a + b; }', { tests: [addTests[0] as CodeRunTest] });
      const [running, waiting, refused] = await Promise.allSettled([
        smallRunner.run(
          submission('function add() { for (;;) {} }', { tests: [addTests[0] as CodeRunTest] }),
        ),
        smallRunner.run(add),
        smallRunner.run(add),
      ]);
      expect(running.status === 'fulfilled' && running.value[0]?.verdict).toBe('TIME_LIMIT_EXCEEDED');
      expect(waiting.status === 'fulfilled' && waiting.value[0]?.verdict).toBe('ACCEPTED');
      expect(refused.status === 'rejected' && refused.reason).toBeInstanceOf(CodeRunnerBusyError);
      expect((await smallRunner.run(add))[0]?.verdict).toBe('ACCEPTED');
    } finally {
      await small.close();
    }
  });

  it('keeps grading while hostile and normal submissions run side by side', async () => {
    const [loop, normal, bomb, normalAgain] = await Promise.all([
      runOne('function add() { for (;;) {} }'),
      runner.run(submission('function add(a, b) { return a + b; }')),
      runOne('function add() { return new Array(1e9).fill(0).length; }', {
        limits: { ...limits, timeMs: 2000 },
      }),
      runner.run(submission('function add(a, b) { return a + b; }')),
    ]);
    expect(loop.verdict).toBe('TIME_LIMIT_EXCEEDED');
    expect(bomb.verdict).toBe('MEMORY_LIMIT_EXCEEDED');
    expect([...normal, ...normalAgain].map((r) => r.verdict)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
    await expectHealthy();
  });
});
