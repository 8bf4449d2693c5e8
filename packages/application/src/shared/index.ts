export * from '@talentsphere/domain/shared';
export * from './async-result';
export * from './cache.port';
export * from './event-handler';
export * from './ports';
export * from './rate-limiter.port';
