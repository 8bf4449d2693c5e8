export * from './billing-statuses';
export * from './plans';
