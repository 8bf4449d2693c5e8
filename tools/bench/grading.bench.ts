/**
 * Grading through the real api and worker (full mode, each in a child process: grading-support.ts),
 * each figure beside a baseline measured in the same run:
 * - Throughput and submit-to-verdict latency: BENCH_SUBMISSIONS (60) solutions of a 10-test
 *   challenge submitted at once through `challenges.submit`, each verdict read off its
 *   `challenges.submissionUpdates` event stream (outbox → RabbitMQ → `grading` consumer → sandbox →
 *   judged → outbox → `challenges-live` → Redis → the api → SSE), against the same submissions each
 *   graded by a fresh `node` process (the isolation a container-per-run judge pays), as many at once
 *   as the worker's sandbox pool has children.
 * - Hostile load: `challenges.get` (a cheap cached read) probed at a steady rate and saturated with
 *   autocannon, idle and while learners keep submitting infinite loops and allocation bombs.
 * The instructor and learners sign up through `auth.register`; the challenge is created, validated
 * (its reference solution in the api's sandbox) and published through `challengeStudio`.
 *
 *   pnpm exec tsx tools/bench/grading.bench.ts      (BENCH_SECONDS, BENCH_ROUNDS, BENCH_SUBMISSIONS)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { WireClient } from '@talentsphere/api/testing/test-server';
import { type JsonValue, outputsMatch } from '@talentsphere/domain/challenges';
import pg from 'pg';
import {
  cpuBetween,
  cpuSnapshot,
  descendantsCpuSnapshot,
  ownCpuSnapshot,
  startGradingServer,
  startGradingWorker,
} from './grading-support';
import {
  assertClean,
  deleteRedisKeys,
  describeLoad,
  interleaved,
  isMain,
  type LoadResult,
  load,
  type SummaryRow,
  scratchDatabase,
  short,
} from './support';

const submissionsPerRound = Number(process.env.BENCH_SUBMISSIONS ?? 60);
/** The worker's SandboxPool has one child per core; the baseline grades as many at once. */
const lanes = availableParallelism();
const LEARNERS = 4;
/**
 * Each keeps one hostile submission queued or being graded at a time: one per sandbox child and one
 * waiting, so every child runs hostile code all the time.
 */
const HOSTILE_LEARNERS = lanes + 1;
/** A steady probe: what a user of the api sees while it is not saturated. */
const PROBE_RATE = 100;
const VERDICT_TIMEOUT_MS = 180_000;
const PASSWORD = 'correct horse battery staple';

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
// Ten tests of 300 numbers each, two of them samples, as in sandbox.bench.ts.
const tests = Array.from({ length: 10 }, (_, t) => {
  const nums = Array.from({ length: 300 }, (_, i) => (i * 7919 + t * 104729) % 100_003);
  const target = (nums[(t * 13) % 150] ?? 0) + (nums[150 + ((t * 29) % 150)] ?? 0);
  return {
    id: `t${t}`,
    input: [nums, target] as JsonValue[],
    expected: referenceTwoSum(nums, target) as JsonValue,
    comparison: 'unordered' as const,
    visibility: t < 2 ? ('sample' as const) : ('hidden' as const),
  };
});
const LIMITS = { timeMs: 1000, memoryMb: 64, outputBytes: 65_536 };

const HOSTILE = [
  'function twoSum(nums, target) { for (;;) {} }',
  'function twoSum(nums, target) { return new Array(1e9).fill(0).length; }',
  'function twoSum(nums, target) { const all = []; for (;;) all.push(new Array(10000).fill(1.5)); }',
  'function twoSum(nums, target) { const all = []; for (let i = 0; ; i++) all.push({ i, s: "x" + i }); }',
];

interface SubmissionUpdate {
  readonly status: string;
  readonly verdict: string | null;
  readonly passed: number | null;
}
interface Graded {
  readonly verdict: string;
  readonly passed: number;
  readonly ms: number;
}
interface Throughput {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU seconds per submission of every process that graded it (see `gradingProcesses`). */
  readonly cpu: number;
  /** The same by group of processes, per submission. */
  readonly cpuByGroup: Readonly<Record<string, number>>;
}

/**
 * What the machine spends per submission, whoever else shares it: CPU seconds of the processes each
 * judge runs on, by group (see cpuSnapshot in grading-support.ts).
 */
interface GradingProcesses {
  /** The bench process: it spawns and reaps the baseline's `node` processes (their CPU is its cutime). */
  readonly baseline: () => Promise<CpuGroups>;
  /** The api, the worker, its sandbox children, this database's PostgreSQL backends, RabbitMQ and Redis. */
  readonly pipeline: () => Promise<CpuGroups>;
}
type CpuGroups = Record<string, Map<number, number>>;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The PostgreSQL backends serving the database at `url` (the api's and the worker's pools). */
async function backendsOf(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

async function signUp(baseUrl: string, role: 'instructor' | 'jobseeker', name: string): Promise<WireClient> {
  const client = new WireClient(baseUrl);
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  const res = await client.call('mutation', 'auth.register', { email, password: PASSWORD, name, role });
  client.accessToken = res.body.result?.data.accessToken;
  if (!client.accessToken) throw new Error(`auth.register: ${res.status} ${JSON.stringify(res.body.error)}`);
  return client;
}

async function publishChallenge(instructor: WireClient): Promise<string> {
  const created = await instructor.call('mutation', 'challengeStudio.create', {
    details: {
      title: 'Two sum (bench)',
      slug: `two-sum-bench-${randomUUID().slice(0, 8)}`,
      statement: 'Return the indices of the two numbers that add up to `target`.',
      difficulty: 'easy',
      skills: [{ name: 'Algorithms', level: 'beginner' }],
      starterCode: { javascript: 'function twoSum(nums, target) {\n}\n' },
    },
    grading: {
      entryFunction: 'twoSum',
      tests,
      limits: LIMITS,
      referenceSolution: { language: 'javascript', source: TWO_SUM },
    },
  });
  const challengeId = created.body.result?.data.id as string | undefined;
  if (!challengeId) throw new Error(`challengeStudio.create: ${JSON.stringify(created.body.error)}`);
  const validated = await instructor.call('mutation', 'challengeStudio.validate', { challengeId });
  const verdicts = (validated.body.result?.data.results ?? []) as { verdict: string }[];
  if (verdicts.length !== 10 || verdicts.some((r) => r.verdict !== 'ACCEPTED')) {
    throw new Error(`challengeStudio.validate: ${JSON.stringify(validated.body)}`);
  }
  const published = await instructor.call('mutation', 'challengeStudio.publish', { challengeId });
  if (published.body.result?.data.status !== 'published') {
    throw new Error(`challengeStudio.publish: ${JSON.stringify(published.body)}`);
  }
  return challengeId;
}

/** Submits through `challenges.submit` and reads the submission's event stream until it is judged. */
async function submitAndAwaitVerdict(
  learner: WireClient,
  challengeId: string,
  source: string,
): Promise<Graded> {
  const begun = performance.now();
  const submitted = await learner.call('mutation', 'challenges.submit', {
    challengeId,
    language: 'javascript',
    source,
  });
  const submissionId = submitted.body.result?.data.id as string | undefined;
  if (!submissionId)
    throw new Error(`challenges.submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  let timer: NodeJS.Timeout | undefined;
  const updates = await Promise.race([
    learner.subscribe<SubmissionUpdate>(
      'challenges.submissionUpdates',
      { submissionId },
      (view) => view.status === 'judged',
    ),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no verdict for ${submissionId} within ${VERDICT_TIMEOUT_MS} ms`)),
        VERDICT_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  const last = updates.at(-1);
  if (last?.status !== 'judged' || last.verdict === null) {
    throw new Error(`submission ${submissionId} stream ended unjudged: ${JSON.stringify(last)}`);
  }
  return { verdict: last.verdict, passed: last.passed ?? 0, ms: performance.now() - begun };
}

/** The baseline judge: a fresh `node` process runs the 10 tests and prints the answers. */
function gradeInFreshNode(source: string): Promise<string[]> {
  const inputs = JSON.stringify(tests.map((test) => test.input));
  const script = `${source}\nconst answers = ${inputs}.map((args) => twoSum(...args));\nprocess.stdout.write(JSON.stringify(answers));`;
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
        tests.map((test, i) =>
          outputsMatch(answers[i] ?? null, test.expected, test.comparison) ? 'ACCEPTED' : 'WRONG_ANSWER',
        ),
      );
    });
  });
}

const describeThroughput = (r: Throughput) =>
  `${r.rps.toFixed(1)} submissions/s, submit→verdict p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms`;
const describeCpu = (r: Throughput) => `${(r.cpu * 1000).toFixed(0)} ms CPU per submission`;

async function throughput(
  learners: readonly WireClient[],
  challengeId: string,
  processes: GradingProcesses,
): Promise<SummaryRow[]> {
  const n = submissionsPerRound;
  const measure = async (variant: 'fresh node' | 'api + worker'): Promise<Throughput> => {
    const latencies: number[] = [];
    const snapshot = variant === 'api + worker' ? processes.pipeline : processes.baseline;
    const cpuBefore = await snapshot();
    const started = performance.now();
    if (variant === 'api + worker') {
      await Promise.all(
        Array.from({ length: n }, async (_, i) => {
          const graded = await submitAndAwaitVerdict(learners[i % learners.length]!, challengeId, TWO_SUM);
          if (graded.verdict !== 'ACCEPTED' || graded.passed !== tests.length) {
            throw new Error(`graded ${graded.verdict} with ${graded.passed} passed`);
          }
          latencies.push(graded.ms);
        }),
      );
    } else {
      // Every submission is waiting from the start, as in the burst the api gets.
      let next = 0;
      await Promise.all(
        Array.from({ length: lanes }, async () => {
          while (next < n) {
            next += 1;
            const verdicts = await gradeInFreshNode(TWO_SUM);
            if (verdicts.some((v) => v !== 'ACCEPTED')) throw new Error(`fresh node: ${verdicts.join(', ')}`);
            latencies.push(performance.now() - started);
          }
        }),
      );
    }
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = await snapshot();
    const cpuByGroup = Object.fromEntries(
      Object.entries(cpuAfter).map(([group, after]) => [group, cpuBetween(cpuBefore[group]!, after) / n]),
    );
    const cpu = Object.values(cpuByGroup).reduce((sum, value) => sum + value, 0);
    return {
      rps: n / elapsed,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      cpu,
      cpuByGroup,
    };
  };
  console.log(
    `Grading ${n} submissions of 10 tests at once (load average ${loadNow()}); fresh node ${lanes} at a time`,
  );
  const results = await interleaved(['fresh node', 'api + worker'] as const, measure);
  const baseline = results['fresh node'];
  const candidate = results['api + worker'];
  const ratio = candidate.rps / baseline.rps;
  const cpuRatio = baseline.cpu / candidate.cpu;
  const cpuGroups = Object.entries(candidate.cpuByGroup)
    .map(([group, cpu]) => `${group} ${(cpu * 1000).toFixed(0)}`)
    .join(', ');
  console.log(
    `  fresh node per submission     ${describeThroughput(baseline)}, ${describeCpu(baseline)}  (baseline)`,
  );
  console.log(
    `  api + worker (sandbox pool)   ${describeThroughput(candidate)}, ${describeCpu(candidate)}  ${ratio.toFixed(2)}× of baseline (CPU ${cpuRatio.toFixed(2)}× less)`,
  );
  console.log(`  CPU ms per submission through api + worker: ${cpuGroups}`);
  return [
    {
      bench: `grading throughput through api + worker (${n} submissions of 10 tests at once)`,
      baseline: `fresh node per submission ${describeThroughput(baseline)}`,
      candidate: describeThroughput(candidate),
      ratio,
      target: '≥ 5×',
      met: ratio >= 5,
    },
    {
      bench: 'CPU per graded submission, all processes of each judge (baseline ÷ measured)',
      baseline: `fresh node ${describeCpu(baseline)}`,
      candidate: `${describeCpu(candidate)} (${cpuGroups})`,
      ratio: cpuRatio,
      target: 'report (the throughput ratio on a machine of its own)',
      met: null,
    },
  ];
}

interface ReadLoad {
  readonly rps: number;
  readonly probe: LoadResult;
  readonly saturated: LoadResult;
  readonly hostileVerdicts: ReadonlyMap<string, number>;
}

async function hostile(
  baseUrl: string,
  hostileLearners: readonly WireClient[],
  challengeId: string,
): Promise<SummaryRow[]> {
  const url = new URL('/trpc/challenges.get', baseUrl);
  url.searchParams.set('input', JSON.stringify({ challengeId }));
  const read = url.toString();
  const measureReads = async () => {
    const probe = await load({ url: read, connections: 10, overallRate: PROBE_RATE });
    assertClean('challenges.get probe', probe);
    const saturated = await load({ url: read, connections: 50 });
    assertClean('challenges.get saturated', saturated);
    return { probe, saturated };
  };
  const measure = async (variant: 'idle' | 'hostile'): Promise<ReadLoad> => {
    const hostileVerdicts = new Map<string, number>();
    if (variant === 'idle') {
      const reads = await measureReads();
      return { rps: reads.saturated.rps, ...reads, hostileVerdicts };
    }
    let stopping = false;
    const submitting = hostileLearners.map(async (learner, lane) => {
      for (let i = lane; !stopping; i++) {
        const graded = await submitAndAwaitVerdict(learner, challengeId, HOSTILE[i % HOSTILE.length]!);
        if (graded.verdict === 'ACCEPTED') throw new Error(`a hostile submission was accepted`);
        hostileVerdicts.set(graded.verdict, (hostileVerdicts.get(graded.verdict) ?? 0) + 1);
      }
    });
    // Let the first submissions reach the worker's sandbox before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    try {
      const reads = await measureReads();
      return { rps: reads.saturated.rps, ...reads, hostileVerdicts };
    } finally {
      // The next variant measures an idle api: wait for the hostile submissions in flight.
      stopping = true;
      await Promise.all(submitting);
    }
  };
  console.log(
    `challenges.get, idle vs while ${HOSTILE_LEARNERS} learners keep submitting infinite loops and allocation bombs (load average ${loadNow()})`,
  );
  const results = await interleaved(['idle', 'hostile'] as const, measure);
  const { idle, hostile: busy } = results;
  const verdicts = [...busy.hostileVerdicts].map(([verdict, count]) => `${count} ${verdict}`).join(', ');
  console.log(describeLoad(`steady ${PROBE_RATE} req/s, idle`, idle.probe));
  console.log(describeLoad(`steady ${PROBE_RATE} req/s, hostile`, busy.probe));
  console.log(describeLoad('saturated (50 conn), idle', idle.saturated));
  console.log(describeLoad('saturated (50 conn), hostile', busy.saturated, idle.saturated));
  console.log(
    `  hostile submissions judged during the median round: ${verdicts} (load average ${loadNow()})`,
  );
  const probeRatio = busy.probe.p99 / idle.probe.p99;
  const saturatedRatio = busy.saturated.p99 / idle.saturated.p99;
  return [
    {
      bench: `challenges.get p99 at a steady ${PROBE_RATE} req/s while loops and bombs are graded`,
      baseline: `idle ${short(idle.probe)}`,
      candidate: `${short(busy.probe)} (${verdicts})`,
      ratio: probeRatio,
      target: 'p99 ≤ 1.5× idle',
      met: probeRatio <= 1.5,
    },
    {
      bench: 'challenges.get saturated (50 connections) while loops and bombs are graded',
      baseline: `idle ${short(idle.saturated)}`,
      candidate: short(busy.saturated),
      ratio: saturatedRatio,
      target: 'p99 ≤ 1.5× idle',
      met: saturatedRatio <= 1.5,
    },
  ];
}

export async function run(): Promise<SummaryRow[]> {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 8);
  const redisKeyPrefix = `bench-grading-${suffix}`;
  const database = await scratchDatabase();
  const server = await startGradingServer({ databaseUrl: database.url, redisKeyPrefix });
  let worker: Awaited<ReturnType<typeof startGradingWorker>> | undefined;
  try {
    worker = await startGradingWorker({
      databaseUrl: database.url,
      redisKeyPrefix,
      exchange: `bench.events.${suffix}`,
      queuePrefix: `bench.${suffix}.`,
    });
    const instructor = await signUp(server.baseUrl, 'instructor', 'Ines Instructor');
    const learners = await Promise.all(
      Array.from({ length: LEARNERS }, (_, i) => signUp(server.baseUrl, 'jobseeker', `Learner ${i + 1}`)),
    );
    const hostileLearners = await Promise.all(
      Array.from({ length: HOSTILE_LEARNERS }, (_, i) =>
        signUp(server.baseUrl, 'jobseeker', `Hostile ${i + 1}`),
      ),
    );
    const challengeId = await publishChallenge(instructor);
    const apiPid = server.child.pid!;
    const workerPid = worker.child.pid!;
    const processes: GradingProcesses = {
      baseline: async () => ({ 'fresh node': ownCpuSnapshot(process.pid) }),
      pipeline: async () => ({
        api: cpuSnapshot([apiPid], []),
        'worker host': ownCpuSnapshot(workerPid),
        sandbox: descendantsCpuSnapshot(workerPid),
        PostgreSQL: cpuSnapshot(await backendsOf(database.url), []),
        'RabbitMQ + Redis': cpuSnapshot([], ['beam.smp', 'redis-server']),
      }),
    };
    const rows = await throughput(learners, challengeId, processes);
    console.log();
    rows.push(...(await hostile(server.baseUrl, hostileLearners, challengeId)));
    return rows;
  } finally {
    const report = await worker?.close();
    const left = Object.entries(report?.left ?? {}).filter(([, count]) => count > 0);
    if (left.length > 0) console.log(`  worker stopped with messages left: ${JSON.stringify(left)}`);
    await server.close();
    await deleteRedisKeys(redisKeyPrefix);
    await database.drop();
  }
}

if (isMain(import.meta.url)) {
  const { printSummary } = await import('./support');
  printSummary(await run());
}
