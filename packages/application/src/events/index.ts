export * from './contracts';
export * from './create-envelope';
export * from './envelope';
