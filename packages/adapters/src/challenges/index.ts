export * from './challenge-rows';
export * from './challenge-views';
export * from './kysely-challenge.repository';
export * from './kysely-challenge-queries';
export * from './kysely-submission.repository';
