/**
 * Logins per second through the real server (full mode) with the chosen argon2id parameters
 * (OWASP: 19 MiB, t=2, p=1), and the `/health` p99 of the same process idle vs while logins saturate
 * it: hashing runs on libuv's thread pool, so the event loop must stay responsive.
 * LABEL: the server runs with limiter `none` (procedures and the Login use case), or the per-IP and
 * per-account login limits would refuse almost every call of this bench.
 * Baseline for the login rate: bare argon2id verifies per second in this process, same parameters,
 * 4 in flight (libuv's default pool size), measured in the same run.
 *
 *   pnpm exec tsx tools/bench/logins.bench.ts      (BENCH_SECONDS)
 */
import { Argon2PasswordHasher, OWASP_ARGON2ID } from '@talentsphere/adapters/identity';
import { registerUser } from './auth-me.bench';
import {
  assertClean,
  type ChildServer,
  deleteRedisKeys,
  describeLoad,
  isMain,
  type LoadResult,
  load,
  type SummaryRow,
  scratchDatabase,
  seconds,
  short,
  startServer,
} from './support';

const password = 'correct horse battery staple';
// A steady probe, as a load balancer would poll: 1 connection, 50 requests a second.
const probe = { connections: 1, overallRate: 50 } as const;

async function bareVerifies(): Promise<number> {
  const hasher = new Argon2PasswordHasher();
  const hash = await hasher.hash(password);
  let done = 0;
  let running = true;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (running) {
        if (!(await hasher.verify(hash, password))) throw new Error('verify failed');
        done++;
        if (performance.now() - started > seconds * 1000) running = false;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

export async function run(): Promise<SummaryRow[]> {
  const database = await scratchDatabase();
  const redisKeyPrefix = `b-login-${process.pid}`;
  let server: ChildServer | undefined;
  try {
    server = await startServer({
      databaseUrl: database.url,
      redisKeyPrefix,
      limiter: 'none',
    });
    const { email } = await registerUser(server.baseUrl);
    const health = `${server.baseUrl}/health`;
    const login = {
      url: `${server.baseUrl}/trpc/auth.login`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
      connections: 8,
    };
    const params = `argon2id m=${OWASP_ARGON2ID.memoryCost} KiB, t=${OWASP_ARGON2ID.timeCost}, p=${OWASP_ARGON2ID.parallelism}`;
    console.log(`Logins per second, ${params}, ${seconds}s per run, limiter none (labelled)`);

    const verifies = await bareVerifies();
    console.log(`  bare argon2id verifies (4 in flight, no server)  ${verifies.toFixed(1)} /s`);

    const idle = await load({ url: health, ...probe });
    assertClean('health idle', idle);
    const [logins, busy] = await Promise.all([load(login), load({ url: health, ...probe })]);
    assertClean('logins', logins);
    assertClean('health under login load', busy);
    console.log(describeLoad('logins POST /trpc/auth.login (8 conns)', logins));
    console.log(`  → ${(logins.rps / verifies).toFixed(2)}× of bare verifies`);
    console.log(describeLoad('/health idle (50 req/s probe)', idle));
    console.log(describeLoad('/health while logins saturate', busy));

    const healthRow = (r: LoadResult) => `p99 ${r.p99} ms (p50 ${r.p50} ms)`;
    return [
      {
        bench: `logins/s (${params}), limiter off`,
        baseline: `bare verifies ${verifies.toFixed(1)}/s`,
        candidate: short(logins),
        ratio: logins.rps / verifies,
        target: 'report',
        met: null,
      },
      {
        bench: '/health while logins saturate',
        baseline: `idle ${healthRow(idle)}`,
        candidate: healthRow(busy),
        ratio: null,
        // Hashing on the main thread would queue each probe behind up to 8 verifies of ~21 ms.
        target: 'responsive: p99 < 100 ms',
        met: busy.p99 < 100,
      },
    ];
  } finally {
    await server?.close();
    await deleteRedisKeys(redisKeyPrefix);
    await database.drop();
  }
}

if (isMain(import.meta.url)) await run();
