import { existsSync } from 'node:fs';
import net from 'node:net';
import type { TestProject } from 'vitest/node';

/**
 * Finds PostgreSQL, Redis and RabbitMQ for the integration tests: the URL from the environment,
 * else the default port on loopback, else a testcontainers container when a Docker engine answers.
 * Under CI a missing service fails the run; elsewhere its tests are skipped with a loud warning.
 */
type ServiceName = 'postgres' | 'redis' | 'rabbitmq';

const services: Record<ServiceName, { env: string; fallback: string; port: number; image: string }> = {
  postgres: {
    env: 'DATABASE_URL',
    fallback: 'postgres://postgres@127.0.0.1:5432/postgres',
    port: 5432,
    image: 'postgres:16-alpine',
  },
  redis: { env: 'REDIS_URL', fallback: 'redis://127.0.0.1:6379', port: 6379, image: 'redis:7-alpine' },
  rabbitmq: {
    env: 'AMQP_URL',
    fallback: 'amqp://guest:guest@127.0.0.1:5672',
    port: 5672,
    image: 'rabbitmq:3-alpine',
  },
};

declare module 'vitest' {
  export interface ProvidedContext {
    serviceUrls: Partial<Record<ServiceName, string>>;
  }
}

function reachable(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const dockerAvailable = () => existsSync('/var/run/docker.sock') || Boolean(process.env.DOCKER_HOST);

export default async function setup(project: TestProject) {
  const urls: Partial<Record<ServiceName, string>> = {};
  const stops: Array<() => Promise<unknown>> = [];
  const missing: string[] = [];

  for (const [name, spec] of Object.entries(services) as Array<
    [ServiceName, (typeof services)[ServiceName]]
  >) {
    const candidate = process.env[spec.env] ?? spec.fallback;
    if (await reachable(candidate)) {
      urls[name] = candidate;
      continue;
    }
    if (dockerAvailable()) {
      const { GenericContainer } = await import('testcontainers');
      const container = await new GenericContainer(spec.image)
        .withExposedPorts(spec.port)
        .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust' })
        .start();
      const host = `${container.getHost()}:${container.getMappedPort(spec.port)}`;
      const fallback = new URL(spec.fallback);
      fallback.host = host;
      urls[name] = fallback.toString();
      stops.push(() => container.stop());
      continue;
    }
    missing.push(`${name} (${spec.env}=${candidate})`);
  }

  if (missing.length > 0) {
    const message = `Integration services not reachable: ${missing.join(', ')}`;
    if (process.env.CI) throw new Error(`${message}. CI must start them (see .ci/run).`);
    console.warn(`\n⚠️  ${message}. Their integration tests are SKIPPED on this machine.\n`);
  }

  project.provide('serviceUrls', urls);
  return async () => {
    for (const stop of stops) await stop();
  };
}
