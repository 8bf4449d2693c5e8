import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  hasPostgres,
  hasRabbit,
  hasRedis,
  serviceUrl,
  type TestDatabase,
} from '../../../tools/testing/services';
import { startTestServer, type TestServer, WireClient } from './testing/test-server';

const strongPassword = 'correct horse battery staple';
let counter = 0;
const uniqueEmail = () => `user${Date.now()}${counter++}@example.com`;

function apiSuite(mode: string, env: () => Promise<Record<string, string>>) {
  describe(`api through the real server (${mode})`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(await env());
    });
    afterAll(async () => {
      await t?.close();
    });

    it('registers, answers me with the bearer token, and sets an httpOnly refresh cookie', async () => {
      const client = new WireClient(t.baseUrl);
      const email = uniqueEmail();
      const registered = await client.call('mutation', 'auth.register', {
        email,
        password: strongPassword,
        name: 'Grace Hopper',
        role: 'jobseeker',
      });
      expect(registered.status).toBe(200);
      expect(registered.body.result?.data.user).toMatchObject({
        email,
        name: 'Grace Hopper',
        role: 'jobseeker',
      });
      expect(registered.body.result?.data).not.toHaveProperty('refreshToken');
      expect(registered.setCookie).toMatch(/^ts_refresh=.+HttpOnly/i);
      expect(registered.setCookie).toMatch(/SameSite=Strict/i);

      client.accessToken = registered.body.result?.data.accessToken;
      const me = await client.call('query', 'auth.me');
      expect(me.body.result?.data).toEqual({
        id: registered.body.result?.data.user.id,
        email,
        name: 'Grace Hopper',
        role: 'jobseeker',
      });
    });

    it('rotates the refresh token, and a reused one revokes the whole family', async () => {
      const client = new WireClient(t.baseUrl);
      await client.call('mutation', 'auth.register', {
        email: uniqueEmail(),
        password: strongPassword,
        name: 'Alan',
        role: 'employer',
      });
      const first = client.refreshCookie;
      const refreshed = await client.call('mutation', 'auth.refresh');
      expect(refreshed.status).toBe(200);
      const second = client.refreshCookie;
      expect(second).not.toBe(first);

      client.refreshCookie = first; // an attacker replays the old token
      const reuse = await client.call('mutation', 'auth.refresh');
      expect(reuse.status).toBe(401);
      expect(reuse.body.error?.data.appCode).toBe('AUTH_002');

      client.refreshCookie = second; // the family is gone for the legitimate holder too
      const after = await client.call('mutation', 'auth.refresh');
      expect(after.body.error?.data.appCode).toBe('AUTH_002');
    });

    it('answers AUTH_001 identically for an unknown email and a wrong password', async () => {
      const client = new WireClient(t.baseUrl, { 'x-forwarded-for': '10.0.0.1' });
      const email = uniqueEmail();
      await client.call('mutation', 'auth.register', {
        email,
        password: strongPassword,
        name: 'Ada',
        role: 'jobseeker',
      });
      const wrong = await client.call('mutation', 'auth.login', {
        email,
        password: 'not the password at all',
      });
      const unknown = await client.call('mutation', 'auth.login', {
        email: uniqueEmail(),
        password: 'not the password at all',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.error).toEqual(unknown.body.error);
      expect(wrong.body.error?.data.appCode).toBe('AUTH_001');
    });

    it('refuses a duplicate account with AUTH_003 and bad input with field errors, never a stack', async () => {
      const client = new WireClient(t.baseUrl);
      const email = uniqueEmail();
      await client.call('mutation', 'auth.register', {
        email,
        password: strongPassword,
        name: 'Linus',
        role: 'jobseeker',
      });
      const duplicate = await client.call('mutation', 'auth.register', {
        email: email.toUpperCase(),
        password: strongPassword,
        name: 'Linus',
        role: 'jobseeker',
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error?.data.appCode).toBe('AUTH_003');

      const weak = await client.call('mutation', 'auth.register', {
        email: uniqueEmail(),
        password: 'short',
        name: 'X',
        role: 'jobseeker',
      });
      expect(weak.status).toBe(400);
      expect(weak.body.error?.data.appCode).toBe('VALIDATION');
      expect(weak.body.error?.data.fields?.password).toMatch(/at least 10 characters/);

      const admin = await client.call('mutation', 'auth.register', {
        email: uniqueEmail(),
        password: strongPassword,
        name: 'Eve',
        role: 'admin',
      });
      expect(admin.status).toBe(400);
      expect(admin.body.error?.data.fields?.role).toBeDefined();
      for (const response of [duplicate, weak, admin])
        expect(JSON.stringify(response.body)).not.toMatch(/stack|at .*\.ts:/);
    });

    it('signs out: the refresh cookie is cleared and no longer works', async () => {
      const client = new WireClient(t.baseUrl);
      await client.call('mutation', 'auth.register', {
        email: uniqueEmail(),
        password: strongPassword,
        name: 'Barbara',
        role: 'jobseeker',
      });
      const token = client.refreshCookie;
      const out = await client.call('mutation', 'auth.logout');
      expect(out.body.result?.data).toEqual({ signedOut: true });
      expect(out.setCookie).toMatch(/ts_refresh=;/);
      client.refreshCookie = token;
      expect((await client.call('mutation', 'auth.refresh')).body.error?.data.appCode).toBe('AUTH_002');
    });

    it('rejects me without a token as UNAUTHORIZED', async () => {
      const me = await new WireClient(t.baseUrl).call('query', 'auth.me');
      expect(me.status).toBe(401);
    });

    it('echoes the correlation id and serves health, ready and metrics', async () => {
      const health = await fetch(new URL('/health', t.baseUrl), {
        headers: { 'x-correlation-id': 'abc-123' },
      });
      expect(health.headers.get('x-correlation-id')).toBe('abc-123');
      expect(await health.json()).toEqual({ status: 'ok' });
      const generated = await fetch(new URL('/health', t.baseUrl));
      expect(generated.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);

      const ready = await fetch(new URL('/ready', t.baseUrl));
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { status: string }).status).toBe('ready');

      const metrics = await (await fetch(new URL('/metrics', t.baseUrl))).text();
      expect(metrics).toContain('http_request_duration_seconds_bucket');
      expect(metrics).toContain('http_requests_total');
      expect(metrics).toMatch(/outbox_lag_seconds \d/);
    });

    it('caps batch size', async () => {
      const procedures = Array.from({ length: 21 }, () => 'auth.me').join(',');
      const response = await fetch(new URL(`/trpc/${procedures}?batch=1&input={}`, t.baseUrl));
      expect(response.status).toBe(400);
    });

    it('rate limits sign-in per account with TOO_MANY_REQUESTS and Retry-After', async () => {
      const email = uniqueEmail();
      let last: Awaited<ReturnType<WireClient['call']>> | undefined;
      for (let attempt = 0; attempt < 11; attempt++) {
        // The per-account budget (10 per 15 min) trips before the per-address one (30).
        last = await new WireClient(t.baseUrl).call('mutation', 'auth.login', {
          email,
          password: 'wrong password here',
        });
      }
      expect(last?.status).toBe(429);
      expect(last?.body.error?.data.appCode).toBe('RATE_LIMITED');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('sends security headers', async () => {
      const response = await fetch(new URL('/health', t.baseUrl));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    });
  });
}

apiSuite('embedded: PGlite, in-memory cache and limits', async () => ({}));

describe.skipIf(!(hasPostgres() && hasRedis() && hasRabbit()))('full mode', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await database?.drop();
  });
  apiSuite('full: PostgreSQL, Redis, RabbitMQ', async () => {
    database = await createTestDatabase();
    return {
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `test${Date.now()}`,
      REDIS_URL: serviceUrl('redis')!,
      AMQP_URL: serviceUrl('rabbitmq')!,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    };
  });
});
