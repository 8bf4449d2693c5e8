export * from '@talentsphere/domain/shared';
export * from './actor';
export * from './async-result';
export * from './cache.port';
export * from './event-handler';
export * from './live-updates.port';
export * from './ports';
export * from './rate-limiter.port';
