import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded mode on port 3000 with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'embedded', PORT: 3000, seedDemoData: true, cookieSecure: false });
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
});
