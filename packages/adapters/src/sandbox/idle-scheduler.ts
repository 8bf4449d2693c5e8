import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/**
 * Whether the kernel's autogroup scheduling covers this process: enabled, and the process in the
 * root CPU cgroup (the kernel gives autogroups only to tasks there; in a container's cgroup every
 * thread competes with the others by its own weight). `cgroups` is /proc/self/cgroup.
 */
export function autogroupApplies(autogroupEnabled: string, cgroups: string): boolean {
  if (autogroupEnabled.trim() !== '1') return false;
  const entries = cgroups
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [, controllers = '', path = ''] = line.split(':');
      return { controllers: controllers.split(','), path };
    });
  // cgroup v1 names the cpu controller; v2 has one line for every controller ("0::/path").
  const cpu =
    entries.find((entry) => entry.controllers.includes('cpu')) ??
    entries.find((entry) => entry.controllers.length === 1 && entry.controllers[0] === '');
  return cpu?.path === '/';
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

let idleScheduler: string | null | undefined;

/**
 * util-linux's `chrt`, when sandbox children can be started as SCHED_IDLE here; looked up once. A
 * SCHED_IDLE thread is preempted at once by any normal thread that wakes up (an api request, a
 * database backend), which nice alone does not do across sessions. That is only safe where each
 * child's session (the pool starts them with setsid) is an autogroup of its own, which still gets a
 * fair share of the CPU over time: elsewhere (a container's cgroup) SCHED_IDLE threads would compete
 * by the smallest weight with the host's own and a busy host would starve legitimate tests into the
 * wall-time backstop. So: Linux, autogroup in effect, and `chrt` found and permitted.
 */
export function idleSchedulerPath(): string | null {
  if (idleScheduler !== undefined) return idleScheduler;
  idleScheduler = null;
  if (process.platform !== 'linux') return idleScheduler;
  const autogroup = readOrEmpty('/proc/sys/kernel/sched_autogroup_enabled');
  if (!autogroupApplies(autogroup, readOrEmpty('/proc/self/cgroup'))) return idleScheduler;
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (!isAbsolute(directory)) continue;
    const candidate = join(directory, 'chrt');
    if (!existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ['--idle', '0', candidate, '--version'], {
      stdio: 'ignore',
      timeout: 2000,
    });
    if (probe.status === 0) idleScheduler = candidate;
    break;
  }
  return idleScheduler;
}
