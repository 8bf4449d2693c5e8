export * from './connection';
export * from './conversation';
export * from './network-policy';
export * from './networking.errors';
