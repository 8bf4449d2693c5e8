export * from './course';
export * from './enrollment';
export * from './learning.errors';
