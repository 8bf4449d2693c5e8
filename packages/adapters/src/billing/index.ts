export * from './kysely-billing.repositories';
export * from './kysely-billing-queries';
export * from './stripe-webhook.plugin';
