export * from './course-views';
export * from './crypto-verification-codes';
