export * from './kysely-company.repository';
export * from './kysely-company-review.repository';
export * from './kysely-job.repository';
export * from './kysely-job-application.repository';
export * from './postgres-job-search';
