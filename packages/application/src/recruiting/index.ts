export * from './job-search.port';
export * from './recruiting-read-models';
export * from './recruiting-repositories.port';
