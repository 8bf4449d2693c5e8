/**
 * The challenge sandbox (IsolatedVmCodeRunner over a SandboxPool of isolated-vm child processes),
 * each figure beside a baseline measured in the same run:
 * - CPU: recursive fib(27) as a sandboxed test (a fresh context per test, as graded) vs the same
 *   function in this process's V8, fresh per call and warm.
 * - Throughput: submissions of 10 tests graded through the pool vs a fresh `node` process per
 *   submission (the isolation a container-per-run judge pays), one submission in flight per core.
 * - Hostile load: one lane grades allocation bombs while another grades infinite loops; the time
 *   for a runaway's verdict vs its limit, and the children's peak resident memory vs the limit.
 * - Leaks: host (and child) memory sampled over BENCH_GRADINGS (10,000) quick gradings.
 *
 *   pnpm exec tsx tools/bench/sandbox.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_GRADINGS)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { IsolatedVmCodeRunner, SandboxPool } from '@talentsphere/adapters/sandbox';
import type { CodeRunLimits, CodeRunTest, CodeSubmission } from '@talentsphere/application/challenges';
import { type JsonValue, outputsMatch } from '@talentsphere/domain/challenges';
import { interleaved, isMain, rounds, type SummaryRow, seconds } from './support';

const gradings = Number(process.env.BENCH_GRADINGS ?? 10_000);
const lanes = availableParallelism();
const MB = 1024 * 1024;

const FIB = 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }';
const FIB_N = 27;
const FIB_VALUE = 196418;

// A typical exercise: two-sum over a few hundred numbers, 10 tests.
const TWO_SUM = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}`;
const referenceTwoSum = new Function(`${TWO_SUM}; return twoSum;`)() as (
  nums: number[],
  target: number,
) => number[];
const twoSumTests: CodeRunTest[] = Array.from({ length: 10 }, (_, t) => {
  const nums = Array.from({ length: 300 }, (_, i) => (i * 7919 + t * 104729) % 100_003);
  const target = (nums[(t * 13) % 150] ?? 0) + (nums[150 + ((t * 29) % 150)] ?? 0);
  return {
    id: `t${t}`,
    input: [nums, target],
    expected: referenceTwoSum(nums, target),
    comparison: 'unordered',
  };
});
const limits: CodeRunLimits = { timeMs: 2000, memoryMb: 64, outputBytes: 64 * 1024 };
const twoSumSubmission: CodeSubmission = {
  language: 'javascript',
  source: TWO_SUM,
  entryFunction: 'twoSum',
  tests: twoSumTests,
  limits,
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function expectAccepted(verdicts: readonly string[], what: string): void {
  if (verdicts.some((v) => v !== 'ACCEPTED')) throw new Error(`${what}: ${verdicts.join(', ')}`);
}

/** Resident memory of a process in bytes (Linux /proc), or 0 once it is gone. */
function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function cpu(runner: IsolatedVmCodeRunner): Promise<SummaryRow[]> {
  const tests: CodeRunTest[] = Array.from({ length: 10 }, (_, i) => ({
    id: `fib${i}`,
    input: [FIB_N],
    expected: FIB_VALUE,
    comparison: 'exact',
  }));
  const sandboxTimes: number[] = [];
  for (let round = 0; round < rounds + 1; round++) {
    const results = await runner.run({
      language: 'javascript',
      source: FIB,
      entryFunction: 'fib',
      tests,
      limits,
    });
    expectAccepted(
      results.map((r) => r.verdict),
      'fib',
    );
    if (round > 0) sandboxTimes.push(...results.map((r) => r.timeMs));
  }
  // The host runs the same source: a fresh function per call (cold, as each sandboxed test is) and
  // one function called again and again (warm, the best the host's JIT does).
  const freshFib = () => new Function(`${FIB}; return fib;`)() as (n: number) => number;
  // CPU time, as the sandbox reports a test's time, so a busy machine slows neither side's figure.
  const timeCall = (fib: (n: number) => number) => {
    const started = process.cpuUsage();
    if (fib(FIB_N) !== FIB_VALUE) throw new Error('fib');
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  const coldTimes = Array.from({ length: 10 * rounds }, () => timeCall(freshFib()));
  const warm = freshFib();
  for (let i = 0; i < 20; i++) timeCall(warm);
  const warmTimes = Array.from({ length: 10 * rounds }, () => timeCall(warm));
  const sandbox = median(sandboxTimes);
  const cold = median(coldTimes);
  const hot = median(warmTimes);
  console.log(`fib(${FIB_N}), median of ${sandboxTimes.length} runs`);
  console.log(`  host V8, fresh function per call   ${cold.toFixed(2)} ms  (baseline)`);
  console.log(`  host V8, warm function             ${hot.toFixed(2)} ms`);
  console.log(
    `  sandbox test (fresh context)       ${sandbox.toFixed(2)} ms  ${(cold / sandbox).toFixed(2)}× host speed (cold), ${(hot / sandbox).toFixed(2)}× (warm)`,
  );
  return [
    {
      bench: `fib(${FIB_N}) in the sandbox vs host V8 (fresh function)`,
      baseline: `host ${cold.toFixed(2)} ms`,
      candidate: `sandbox ${sandbox.toFixed(2)} ms per test`,
      ratio: cold / sandbox,
      target: '≥ 0.5× host speed',
      met: cold / sandbox >= 0.5,
    },
    {
      bench: `fib(${FIB_N}) in the sandbox vs host V8 (warm function)`,
      baseline: `host ${hot.toFixed(2)} ms`,
      candidate: `sandbox ${sandbox.toFixed(2)} ms per test`,
      ratio: hot / sandbox,
      target: '≥ 0.5× host speed',
      met: hot / sandbox >= 0.5,
    },
  ];
}

/** The baseline judge: a fresh `node` process per submission runs the 10 tests and prints the answers. */
function gradeInFreshNode(submission: CodeSubmission): Promise<string[]> {
  const inputs = JSON.stringify(submission.tests.map((test) => test.input));
  const script = `${submission.source}\nconst answers = ${inputs}.map((args) => ${submission.entryFunction}(...args));\nprocess.stdout.write(JSON.stringify(answers));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`node exited with ${code}`));
      const answers = JSON.parse(out) as JsonValue[];
      resolve(
        submission.tests.map((test, i) =>
          outputsMatch(answers[i] ?? null, test.expected, test.comparison) ? 'ACCEPTED' : 'WRONG_ANSWER',
        ),
      );
    });
  });
}

interface Throughput {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

async function throughput(runner: IsolatedVmCodeRunner): Promise<SummaryRow[]> {
  const grade = {
    pool: async () => (await runner.run(twoSumSubmission)).map((r) => r.verdict),
    'fresh node': () => gradeInFreshNode(twoSumSubmission),
  } as const;
  const measure = async (variant: keyof typeof grade): Promise<Throughput> => {
    const latencies: number[] = [];
    const started = performance.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (performance.now() < until) {
          const begun = performance.now();
          expectAccepted(await grade[variant](), variant);
          latencies.push(performance.now() - begun);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return { rps: latencies.length / elapsed, p50: median(latencies), p99: percentile(latencies, 99) };
  };
  console.log(`Grading submissions of 10 tests: ${rounds} rounds × ${seconds}s, ${lanes} in flight`);
  const results = await interleaved(['fresh node', 'pool'] as const, measure);
  const describe = (r: Throughput) =>
    `${r.rps.toFixed(1)} submissions/s, p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`;
  console.log(`  fresh node per submission   ${describe(results['fresh node'])}  (baseline)`);
  const ratio = results.pool.rps / results['fresh node'].rps;
  console.log(`  sandbox pool                ${describe(results.pool)}  ${ratio.toFixed(2)}× of baseline`);
  return [
    {
      bench: 'grading throughput (10 tests) through the sandbox pool',
      baseline: `fresh node per submission ${describe(results['fresh node'])}`,
      candidate: describe(results.pool),
      ratio,
      target: '≥ 5×',
      met: ratio >= 5,
    },
  ];
}

const BOMBS = [
  'function bomb() { return new Array(1e9).fill(0).length; }',
  'function bomb() { const all = []; for (let i = 0; ; i++) all.push({ i, s: "x" + i }); }',
  'function bomb() { const all = []; for (;;) all.push(new ArrayBuffer(8 * 1024 * 1024)); }',
  'function bomb() { const all = []; for (;;) all.push(new Array(10000).fill(1.5)); }',
];

async function hostile(runner: IsolatedVmCodeRunner, pool: SandboxPool): Promise<SummaryRow[]> {
  const loopLimits: CodeRunLimits = { timeMs: 1000, memoryMb: 64, outputBytes: 1024 };
  const bombLimits: CodeRunLimits = { timeMs: 3000, memoryMb: 64, outputBytes: 1024 };
  const idle = await pool.processIds();
  const idleRss = Math.max(...idle.map(residentBytes));
  let peakRss = 0;
  const sampler = setInterval(async () => {
    for (const pid of await pool.processIds()) peakRss = Math.max(peakRss, residentBytes(pid));
  }, 5);
  const stopTimes: number[] = [];
  const bombVerdicts = new Map<string, number>();
  const until = performance.now() + Math.max(10, seconds * rounds) * 1000;
  try {
    await Promise.all([
      (async () => {
        for (let i = 0; performance.now() < until; i++) {
          const source = BOMBS[i % BOMBS.length] as string;
          const [result] = await runner.run({
            language: 'javascript',
            source,
            entryFunction: 'bomb',
            tests: [{ id: 'bomb', input: [], expected: null, comparison: 'exact' }],
            limits: bombLimits,
          });
          const verdict = result?.verdict ?? 'none';
          bombVerdicts.set(verdict, (bombVerdicts.get(verdict) ?? 0) + 1);
        }
      })(),
      (async () => {
        while (performance.now() < until) {
          const begun = performance.now();
          const [result] = await runner.run({
            language: 'javascript',
            source: 'function spin() { for (;;) {} }',
            entryFunction: 'spin',
            tests: [{ id: 'loop', input: [], expected: null, comparison: 'exact' }],
            limits: loopLimits,
          });
          if (result?.verdict !== 'TIME_LIMIT_EXCEEDED') throw new Error(`runaway: ${result?.verdict}`);
          stopTimes.push(performance.now() - begun);
        }
      })(),
    ]);
  } finally {
    clearInterval(sampler);
  }
  const worstStop = Math.max(...stopTimes) / loopLimits.timeMs;
  const medianStop = median(stopTimes) / loopLimits.timeMs;
  const limitBytes = bombLimits.memoryMb * MB;
  const growth = (peakRss - idleRss) / limitBytes;
  const verdicts = [...bombVerdicts].map(([verdict, count]) => `${count} ${verdict}`).join(', ');
  console.log(
    `Hostile load: ${stopTimes.length} infinite loops (limit ${loopLimits.timeMs} ms) beside allocation bombs (${verdicts})`,
  );
  console.log(
    `  runaway verdict after ${(medianStop * loopLimits.timeMs).toFixed(0)} ms median, ${(worstStop * loopLimits.timeMs).toFixed(0)} ms worst (submission wall time)`,
  );
  console.log(
    `  child resident memory: idle ${(idleRss / MB).toFixed(0)} MB, peak ${(peakRss / MB).toFixed(0)} MB (limit ${bombLimits.memoryMb} MB)`,
  );
  return [
    {
      bench: 'runaway stopped under hostile load (worst of the run)',
      baseline: `limit ${loopLimits.timeMs} ms`,
      candidate: `${(worstStop * loopLimits.timeMs).toFixed(0)} ms worst, ${(medianStop * loopLimits.timeMs).toFixed(0)} ms median (${stopTimes.length} loops)`,
      ratio: worstStop,
      target: '≤ 1.2× the limit',
      met: worstStop <= 1.2,
    },
    {
      bench: 'child memory under allocation bombs (peak RSS growth)',
      baseline: `limit ${bombLimits.memoryMb} MB, idle child ${(idleRss / MB).toFixed(0)} MB`,
      candidate: `peak ${(peakRss / MB).toFixed(0)} MB (+${((peakRss - idleRss) / MB).toFixed(0)} MB; ${verdicts})`,
      ratio: growth,
      target: '≤ 3× the limit',
      met: growth <= 3,
    },
  ];
}

async function leaks(runner: IsolatedVmCodeRunner, pool: SandboxPool): Promise<SummaryRow[]> {
  const quick: CodeSubmission = { ...twoSumSubmission, tests: twoSumSubmission.tests.slice(0, 1) };
  const samples: { done: number; heap: number; rss: number; children: number }[] = [];
  const sample = async (done: number) => {
    const pids = await pool.processIds();
    samples.push({
      done,
      heap: process.memoryUsage().heapUsed,
      rss: process.memoryUsage.rss(),
      children: pids.reduce((sum, pid) => sum + residentBytes(pid), 0),
    });
  };
  let done = 0;
  const every = Math.max(1, Math.floor(gradings / 10));
  await sample(0);
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (done < gradings) {
        const number = ++done;
        expectAccepted(
          (await runner.run(quick)).map((r) => r.verdict),
          'quick',
        );
        if (number % every === 0) await sample(number);
      }
    }),
  );
  // Growth from just after warm-up (the first samples) to the end (the last samples).
  const mean = (picked: readonly number[]) => picked.reduce((sum, value) => sum + value, 0) / picked.length;
  const early = samples.slice(1, 4);
  const late = samples.slice(-3);
  const growth = (pick: (s: (typeof samples)[number]) => number) =>
    (mean(late.map(pick)) - mean(early.map(pick))) / mean(early.map(pick));
  const hostGrowth = growth((s) => s.rss);
  const childGrowth = growth((s) => s.children);
  const first = samples[1] ?? samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) throw new Error('no samples');
  console.log(`Memory over ${gradings.toLocaleString('en')} quick gradings (sampled every ${every}):`);
  for (const s of samples) {
    console.log(
      `  after ${String(s.done).padStart(6)}: host heap ${(s.heap / MB).toFixed(1)} MB, host RSS ${(s.rss / MB).toFixed(1)} MB, children RSS ${(s.children / MB).toFixed(1)} MB`,
    );
  }
  const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  console.log(
    `  growth after warm-up: host RSS ${percent(hostGrowth)}, children RSS ${percent(childGrowth)}`,
  );
  return [
    {
      bench: `host memory over ${gradings.toLocaleString('en')} gradings`,
      baseline: `after ${first.done}: host RSS ${(first.rss / MB).toFixed(0)} MB, children ${(first.children / MB).toFixed(0)} MB`,
      candidate: `after ${last.done}: host RSS ${(last.rss / MB).toFixed(0)} MB (${percent(hostGrowth)}), children ${(last.children / MB).toFixed(0)} MB (${percent(childGrowth)})`,
      ratio: null,
      target: 'no growth trend (< 5% host, < 10% children)',
      met: hostGrowth < 0.05 && childGrowth < 0.1,
    },
  ];
}

export async function run(): Promise<SummaryRow[]> {
  const pool = new SandboxPool({ size: lanes });
  const runner = new IsolatedVmCodeRunner(pool);
  try {
    // Start every child before measuring.
    for (const results of await Promise.all(
      Array.from({ length: lanes }, () => runner.run(twoSumSubmission)),
    )) {
      expectAccepted(
        results.map((r) => r.verdict),
        'warm-up',
      );
    }
    const rows = [...(await cpu(runner))];
    console.log();
    rows.push(...(await throughput(runner)));
    console.log();
    rows.push(...(await hostile(runner, pool)));
    console.log();
    rows.push(...(await leaks(runner, pool)));
    return rows;
  } finally {
    await pool.close();
  }
}

if (isMain(import.meta.url)) {
  const { printSummary } = await import('./support');
  printSummary(await run());
}
