export * from './app-error';
export * from './domain-event';
export * from './skills';
export * from './slug';
export * from './text';
