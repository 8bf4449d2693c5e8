export * from './in-memory-cache';
export * from './redis-cache';
