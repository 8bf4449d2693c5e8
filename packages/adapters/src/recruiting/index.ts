export * from './kysely-company.repository';
export * from './kysely-company-review.repository';
export * from './kysely-job.repository';
export * from './kysely-job-application.repository';
export * from './kysely-recruiting-queries';
export * from './postgres-job-search';
