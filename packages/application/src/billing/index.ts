export * from './payment-gateway.port';
