export * from './database';
export * from './kysely-unit-of-work';
export * from './pg-errors';
export type * from './tables';
