import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../config';
import { type ApiRuntime, createApiRuntime } from '../container';
import { createEmbeddedWorker } from '../embedded-worker';
import { createServer, type HttpServer } from '../server';
import { testClockControl } from '../test-clock';

export interface TestServer {
  readonly baseUrl: string;
  readonly runtime: ApiRuntime;
  readonly server: HttpServer;
  close(): Promise<void>;
}

/**
 * Boots the real api (config, container, Fastify) on a free port. Without `env.DATABASE_URL` it is
 * the embedded mode on a throw-away PGlite folder.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { withWorker?: boolean } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ts-api-'));
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, NODE_ENV: 'test', ...env });
  const logger = pino({ level: 'silent' });
  const runtime = await createApiRuntime(config, logger);
  const server = await createServer({
    config,
    logger,
    services: runtime.services,
    readiness: runtime.readiness,
    outboxBacklog: runtime.outboxBacklog,
    payments: runtime.payments,
    testClock: testClockControl(runtime),
  });
  // Embedded mode's in-process worker, for tests that need the events' effects (notifications).
  const worker =
    options.withWorker && config.mode === 'embedded' ? createEmbeddedWorker(runtime, logger) : null;
  await worker?.start();
  const baseUrl = await server.start();
  return {
    baseUrl,
    runtime,
    server,
    async close() {
      await server.stop();
      await worker?.stop();
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A tiny tRPC-over-HTTP client that keeps the refresh cookie, to test the wire format as-is. */
export class WireClient {
  private cookie: string | undefined;
  accessToken: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async call(kind: 'query' | 'mutation', procedure: string, input?: unknown) {
    const url = new URL(`/trpc/${procedure}`, this.baseUrl);
    if (kind === 'query' && input !== undefined) url.searchParams.set('input', JSON.stringify(input));
    const response = await fetch(url, {
      method: kind === 'query' ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        ...this.headers,
      },
      body: kind === 'mutation' ? JSON.stringify(input ?? null) : undefined,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as {
      // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary response shapes
      result?: { data: any };
      error?: {
        message: string;
        data: {
          appCode: string;
          httpStatus: number;
          fields?: Record<string, string>;
          retryAfterSeconds?: number;
        } & Record<string, unknown>;
      };
    };
    return { status: response.status, headers: response.headers, setCookie, body };
  }

  /**
   * Opens a subscription's server-sent event stream and collects the `data` of each message until
   * `done` says so (or the stream ends), as any SSE client would read it.
   */
  async subscribe<T>(procedure: string, input: unknown, done: (data: T) => boolean): Promise<T[]> {
    const events = await this.subscribeTracked<T>(procedure, input, (event) => done(event.data));
    return events.map((event) => event.data);
  }

  /**
   * Like `subscribe`, with each message's SSE `id` (a tracked event's id); `lastEventId` is sent as
   * the `Last-Event-ID` header, as a reconnecting EventSource does.
   */
  async subscribeTracked<T>(
    procedure: string,
    input: unknown,
    done: (event: { id: string | null; data: T }) => boolean,
    options: { lastEventId?: string } = {},
  ): Promise<{ id: string | null; data: T }[]> {
    const url = new URL(`/trpc/${procedure}`, this.baseUrl);
    url.searchParams.set('input', JSON.stringify(input));
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: {
        accept: 'text/event-stream',
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
      },
      signal: abort.signal,
    });
    if (!response.body) throw new Error(`no event stream: ${response.status}`);
    const received: { id: string | null; data: T }[] = [];
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of response.body) {
        buffered += decoder.decode(chunk as Uint8Array, { stream: true });
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        for (const event of events) {
          // Named events (connected, ping, serialized-error) are the protocol's; messages have none.
          if (/^event: /m.test(event)) continue;
          const lines = event.split('\n');
          const data = lines
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice('data: '.length))
            .join('\n');
          if (data === '') continue;
          const id = lines.find((line) => line.startsWith('id: '))?.slice('id: '.length) ?? null;
          const message = { id, data: JSON.parse(data) as T };
          received.push(message);
          if (done(message)) return received;
        }
      }
      return received;
    } finally {
      abort.abort();
    }
  }

  get refreshCookie(): string | undefined {
    return this.cookie;
  }

  set refreshCookie(value: string | undefined) {
    this.cookie = value;
  }
}
