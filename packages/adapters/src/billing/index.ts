export * from './kysely-billing.repositories';
export * from './kysely-billing-queries';
