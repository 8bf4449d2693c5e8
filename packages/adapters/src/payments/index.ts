export * from './fake-stripe-server';
export * from './payment-errors';
export * from './stripe-fixtures';
export * from './stripe-mapping';
export * from './stripe-payment-gateway';
