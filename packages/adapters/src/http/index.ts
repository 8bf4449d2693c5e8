export * from './health.plugin';
export * from './metrics.plugin';
