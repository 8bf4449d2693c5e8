export * from './challenge-views';
