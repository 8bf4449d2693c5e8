export * from './in-memory-live-updates';
export * from './redis-live-updates';
