export * from './billing.errors';
export * from './billing-statuses';
export * from './entitlements';
export * from './invoice';
export * from './money';
export * from './plans';
export * from './provider-order';
export * from './subscription';
