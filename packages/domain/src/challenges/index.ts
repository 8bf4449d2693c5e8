export * from './challenge';
export * from './challenges.errors';
export * from './output-comparison';
export * from './submission';
export * from './verdict';
