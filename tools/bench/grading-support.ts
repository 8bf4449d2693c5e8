/**
 * What the grading bench runs beside itself: the api (grading-bench-server.ts) and the worker
 * (grading-bench-worker.ts), each in a child process of its own, on one scratch database, one Redis
 * key prefix and one RabbitMQ exchange and queue prefix.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GradingBenchServerOptions } from './grading-bench-server';
import type { GradingBenchWorkerOptions } from './grading-bench-worker';

export interface BenchChild {
  readonly child: ChildProcess;
  /** Resolves with the process's last IPC message, if it sent one while stopping. */
  close(): Promise<unknown>;
}

function forkChild(file: string, options: object): ChildProcess {
  return fork(fileURLToPath(new URL(file, import.meta.url)), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    child.once('message', (m: T) => resolve(m));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

function closer(child: ChildProcess): () => Promise<unknown> {
  return () =>
    new Promise<unknown>((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      let last: unknown;
      child.on('message', (m) => {
        last = m;
      });
      child.once('exit', () => resolve(last));
      child.kill('SIGTERM');
    });
}

export async function startGradingServer(
  options: GradingBenchServerOptions,
): Promise<BenchChild & { readonly baseUrl: string }> {
  const child = forkChild('./grading-bench-server.ts', options);
  const { baseUrl } = await firstMessage<{ baseUrl: string }>(child, 'grading bench server');
  return { baseUrl, child, close: closer(child) };
}

/** Starts the worker once the api has migrated the database; close() answers the messages left. */
export async function startGradingWorker(
  options: GradingBenchWorkerOptions,
): Promise<Omit<BenchChild, 'close'> & { close(): Promise<{ left?: Record<string, number> } | undefined> }> {
  const child = forkChild('./grading-bench-worker.ts', options);
  await firstMessage<{ ready: true }>(child, 'grading bench worker');
  const close = closer(child);
  return { child, close: async () => (await close()) as { left?: Record<string, number> } | undefined };
}

const CLOCK_TICKS_PER_SECOND = 100;

/** Parent pid and CPU seconds (user + system, plus its reaped children's) of every process, from /proc. */
function processTable(): Map<number, { ppid: number; comm: string; cpu: number }> {
  const table = new Map<number, { ppid: number; comm: string; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // After the command come state (field 3), ppid (4), …, utime, stime, cutime, cstime (14–17).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
      table.set(Number(entry), { ppid: Number(fields[1]), comm, cpu: ticks / CLOCK_TICKS_PER_SECOND });
    } catch {
      // The process ended while we read.
    }
  }
  return table;
}

/**
 * CPU seconds used so far by the given processes, their descendants (sandbox children) and the named
 * shared services (PostgreSQL backends of the bench database are passed as pids). A snapshot: the
 * difference of two is what ran in between.
 */
export function cpuSnapshot(roots: readonly number[], commands: readonly string[]): Map<number, number> {
  const table = processTable();
  const picked = new Set(roots.filter((pid) => table.has(pid)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, row] of table) {
      if (!picked.has(pid) && picked.has(row.ppid)) {
        picked.add(pid);
        grew = true;
      }
    }
  }
  for (const [pid, row] of table) if (commands.includes(row.comm)) picked.add(pid);
  return new Map([...picked].map((pid) => [pid, table.get(pid)!.cpu]));
}

/** CPU seconds of one process and its reaped children, without its live descendants. */
export function ownCpuSnapshot(pid: number): Map<number, number> {
  return new Map([[pid, processTable().get(pid)?.cpu ?? 0]]);
}

/** CPU seconds of the live descendants of a process (the worker's sandbox children), without it. */
export function descendantsCpuSnapshot(pid: number): Map<number, number> {
  const snapshot = cpuSnapshot([pid], []);
  snapshot.delete(pid);
  return snapshot;
}

export function cpuBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}
