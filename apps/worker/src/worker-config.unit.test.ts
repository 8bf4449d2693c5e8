import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker-config';

describe('worker configuration', () => {
  it('names every missing or malformed variable', () => {
    expect(() => loadWorkerConfig({ DATABASE_URL: 'mysql://nope', LOG_LEVEL: 'loud' })).toThrow(
      /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/.*AMQP_URL is required.*REDIS_URL is required.*LOG_LEVEL/,
    );
  });

  it('accepts a full-mode environment and defaults the rest', () => {
    expect(
      loadWorkerConfig({
        DATABASE_URL: 'postgres://u@db:5432/app',
        AMQP_URL: 'amqp://guest:guest@mq:5672',
        REDIS_URL: 'redis://cache:6379',
      }),
    ).toEqual({
      DATABASE_URL: 'postgres://u@db:5432/app',
      AMQP_URL: 'amqp://guest:guest@mq:5672',
      AMQP_EXCHANGE: 'talentsphere.events',
      AMQP_QUEUE_PREFIX: '',
      REDIS_URL: 'redis://cache:6379',
      REDIS_KEY_PREFIX: 'ts',
      DATABASE_POOL_SIZE: 5,
      LOG_LEVEL: 'info',
    });
  });

  it('takes an exchange and a queue prefix of its own, and refuses names RabbitMQ would mangle', () => {
    const env = {
      DATABASE_URL: 'postgres://u@db:5432/app',
      AMQP_URL: 'amqp://guest:guest@mq:5672',
      REDIS_URL: 'redis://cache:6379',
    };
    expect(
      loadWorkerConfig({ ...env, AMQP_EXCHANGE: 'staging.events', AMQP_QUEUE_PREFIX: 'staging.' }),
    ).toMatchObject({ AMQP_EXCHANGE: 'staging.events', AMQP_QUEUE_PREFIX: 'staging.' });
    expect(() => loadWorkerConfig({ ...env, AMQP_EXCHANGE: '', AMQP_QUEUE_PREFIX: 'a b' })).toThrow(
      /AMQP_EXCHANGE use 1-200.*AMQP_QUEUE_PREFIX use up to 100/,
    );
  });
});
