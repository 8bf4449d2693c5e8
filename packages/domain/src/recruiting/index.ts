export * from './company';
export * from './job';
export * from './job-application';
export * from './recruiting.errors';
export * from './salary-range';
