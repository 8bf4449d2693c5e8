import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded mode on port 3000 with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'embedded', PORT: 3000, seedDemoData: true, cookieSecure: false });
  });

  it('lets each user hold 12 live streams unless told otherwise, and at least one', () => {
    expect(loadConfig({}).LIVE_STREAMS_PER_USER).toBe(12);
    expect(loadConfig({ LIVE_STREAMS_PER_USER: '30' }).LIVE_STREAMS_PER_USER).toBe(30);
    expect(() => loadConfig({ LIVE_STREAMS_PER_USER: '0' })).toThrow(/LIVE_STREAMS_PER_USER/);
  });

  it('runs in full mode when DATABASE_URL is set, and then needs Redis, RabbitMQ and a signing secret', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/db' })).toThrow(
      /REDIS_URL: is required[\s\S]*AMQP_URL: is required[\s\S]*JWT_SECRET: is required/,
    );
    const config = loadConfig({
      DATABASE_URL: 'postgres://localhost/db',
      REDIS_URL: 'redis://localhost:6379',
      AMQP_URL: 'amqp://localhost',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({ mode: 'full', seedDemoData: false });
  });

  it('names the variable of every bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(
      /PORT:[\s\S]*LOG_LEVEL:[\s\S]*DATABASE_URL: must be a URL starting with postgres:\/\//,
    );
  });

  it('reads flags and lists', () => {
    const config = loadConfig({
      COOKIE_SECURE: 'true',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      SEED_DEMO_DATA: '0',
    });
    expect(config.cookieSecure).toBe(true);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.seedDemoData).toBe(false);
    expect(() => loadConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/);
  });

  it('trusts no proxy by default, and only a hop count or listed proxies when told', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: use false, a hop count/);
  });

  it('does not seed demo accounts in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('takes payments locally without a Stripe key, through Stripe with one (and then needs its webhook secret)', () => {
    expect(loadConfig({})).toMatchObject({
      payments: { provider: 'local' },
      publicUrl: 'http://localhost:3000',
    });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(
      /STRIPE_WEBHOOK_SECRET: is required/,
    );
    const config = loadConfig({
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_WEBHOOK_SECRET: 'whsec_1',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      PUBLIC_URL: 'https://talentsphere.example/',
    });
    expect(config).toMatchObject({
      payments: {
        provider: 'stripe',
        secretKey: 'sk_test_1',
        webhookSecret: 'whsec_1',
        apiBase: 'http://127.0.0.1:12111',
      },
      publicUrl: 'https://talentsphere.example',
    });
  });

  it('moves its clock only in tests: the test clock is refused in production', () => {
    expect(loadConfig({ TALENTSPHERE_TEST_CLOCK: '1' }).testClock).toBe(true);
    expect(loadConfig({}).testClock).toBe(false);
    expect(() => loadConfig({ TALENTSPHERE_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(
      /TALENTSPHERE_TEST_CLOCK: a movable clock is for tests only/,
    );
  });

  it('moves its clock only on an embedded test server: refused with a Stripe key or in full mode', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x' };
    expect(loadConfig(stripe).testClock).toBe(false);
    expect(() => loadConfig({ ...stripe, TALENTSPHERE_TEST_CLOCK: '1' })).toThrow(
      /TALENTSPHERE_TEST_CLOCK: a movable clock is refused with STRIPE_SECRET_KEY/,
    );
    const full = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      REDIS_URL: 'redis://127.0.0.1:6379',
      AMQP_URL: 'amqp://guest:guest@127.0.0.1:5672',
      JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters!',
    };
    expect(loadConfig(full).mode).toBe('full');
    expect(() => loadConfig({ ...full, TALENTSPHERE_TEST_CLOCK: '1' })).toThrow(
      /TALENTSPHERE_TEST_CLOCK: a movable clock is refused in full mode/,
    );
  });
});
