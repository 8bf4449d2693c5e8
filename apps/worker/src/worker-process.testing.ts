// Helpers for the worker's reliability tests (not a test file itself): the real worker (main.ts) in a
// child process on a test's own exchange, queues and Redis prefix, and a TCP proxy that can cut it
// off from RabbitMQ.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { DatabaseHandle, KyselyUnitOfWork } from '@talentsphere/adapters/persistence';
import {
  deleteTestTopology,
  registerLikeWrite,
} from '../../../packages/adapters/src/messaging/messaging.testing';
import { workerConsumerNames } from './worker-consumers';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
/** The consumer runner's default retry delays: the worker's retry queues carry them in their names. */
const RETRY_DELAYS_MS = [1_000, 5_000, 25_000];

/** Every consumer main.ts runs. */
export const workerConsumers: readonly string[] = workerConsumerNames();

export interface IsolatedMessaging {
  readonly exchange: string;
  readonly queuePrefix: string;
  readonly redisKeyPrefix: string;
}

/** A test run's own exchange, queue prefix and Redis prefix: nothing else on the shared services sees them. */
export function isolatedMessaging(): IsolatedMessaging {
  const suffix = randomUUID().slice(0, 8);
  return {
    exchange: `test.events.${suffix}`,
    queuePrefix: `test.${suffix}.`,
    redisKeyPrefix: `test-${suffix}`,
  };
}

/** Deletes every queue the worker declared and the exchange; returns the messages left per main queue. */
export function removeWorkerTopology(amqpUrl: string, messaging: IsolatedMessaging) {
  return deleteTestTopology(amqpUrl, {
    ...messaging,
    consumers: workerConsumers,
    retryDelaysMs: RETRY_DELAYS_MS,
  });
}

export interface WorkerProcessOptions {
  readonly databaseUrl: string;
  readonly amqpUrl: string;
  readonly redisUrl: string;
  readonly messaging: IsolatedMessaging;
  /** `debug` logs every message processed (and every duplicate), for tests that count them. */
  readonly logLevel?: 'info' | 'debug';
}

/** apps/worker/src/main.ts as deployed, in a child process whose JSON log lines the test reads. */
export class WorkerProcess {
  readonly lines: Array<Record<string, unknown>> = [];
  private constructor(private readonly child: ChildProcess) {}

  static async start(options: WorkerProcessOptions): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        AMQP_URL: options.amqpUrl,
        AMQP_EXCHANGE: options.messaging.exchange,
        AMQP_QUEUE_PREFIX: options.messaging.queuePrefix,
        REDIS_URL: options.redisUrl,
        REDIS_KEY_PREFIX: options.messaging.redisKeyPrefix,
        LOG_LEVEL: options.logLevel ?? 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const worker = new WorkerProcess(child);
    let rest = '';
    child.stdout!.on('data', (chunk) => {
      const text = rest + String(chunk);
      const complete = text.split('\n');
      rest = complete.pop() ?? '';
      for (const line of complete.filter(Boolean)) worker.lines.push(JSON.parse(line));
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (worker.lines.some((l) => l.msg === 'worker started')) {
          clearInterval(timer);
          child.off('exit', onExit);
          resolve();
        }
      }, 25);
      const onExit = (code: number | null) => {
        clearInterval(timer);
        reject(new Error(`worker exited during start-up (${code})`));
      };
      child.once('exit', onExit);
    });
    return worker;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  count(msg: string): number {
    return this.lines.filter((l) => l.msg === msg).length;
  }

  /** SIGKILL: no shutdown code runs, as when the machine or the container dies. */
  async kill(): Promise<void> {
    if (this.exited) return;
    const exit = once(this.child, 'exit');
    this.child.kill('SIGKILL');
    await exit;
  }

  /** SIGTERM: the worker's graceful stop; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.exited) return this.child.exitCode;
    const exit = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const [code] = (await exit) as [number | null];
    return code;
  }
}

/** `count` register-like writes (user row + `auth.user.registered` outbox row each), `writers` at once. */
export async function writeRegistrations(
  uow: KyselyUnitOfWork,
  count: number,
  { writers = 8, onCommitted }: { writers?: number; onCommitted?: (userId: string) => void } = {},
): Promise<number> {
  let started = 0;
  const writer = async () => {
    while (started < count) {
      started += 1;
      // Not `onCommitted?.(await …)`: an absent callback would skip the write too.
      const userId = await registerLikeWrite(uow);
      onCommitted?.(userId);
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return count;
}

/** The welcome notifications (the notification consumer's effect): rows, and distinct users among them. */
export async function welcomeEffects(db: DatabaseHandle['db']): Promise<{ rows: number; unique: number }> {
  const { rows, unique } = await db
    .selectFrom('notifications')
    .select((eb) => [
      eb.fn.countAll<string>().as('rows'),
      eb.fn.count<string>('user_id').distinct().as('unique'),
    ])
    .where('category', '=', 'account')
    .executeTakeFirstOrThrow();
  return { rows: Number(rows), unique: Number(unique) };
}

/** The gamification consumer's effect: its ledger lines, and distinct people among them (one welcome bonus each). */
export async function ledgerEffects(db: DatabaseHandle['db']): Promise<{ rows: number; unique: number }> {
  const { rows, unique } = await db
    .selectFrom('gamification_ledger')
    .select((eb) => [
      eb.fn.countAll<string>().as('rows'),
      eb.fn.count<string>('user_id').distinct().as('unique'),
    ])
    .executeTakeFirstOrThrow();
  return { rows: Number(rows), unique: Number(unique) };
}

export async function unpublishedOutboxRows(db: DatabaseHandle['db']): Promise<number> {
  const { n } = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('published_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * A TCP proxy in front of RabbitMQ that a test can cut off: `cut()` drops every open connection and
 * closes the listening port (new connections are refused), which is what clients see when the broker
 * stops; `restore()` listens on the same port again, as a restarted broker would.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  static async start(targetUrl: string): Promise<TcpProxy> {
    const target = new URL(targetUrl);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5672) }, 0);
    await proxy.restore();
    return proxy;
  }

  /** `targetUrl` (credentials, vhost) with its host and port replaced by the proxy's. */
  urlFor(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.listenPort);
    return url.toString();
  }

  get connections(): number {
    return this.sockets.size;
  }

  async restore(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(this.listenPort, '127.0.0.1');
    await once(server, 'listening');
    this.listenPort = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  close(): Promise<void> {
    return this.cut();
  }
}
