export * from './app-error';
export * from './domain-event';
export * from './slug';
