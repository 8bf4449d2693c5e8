export * from './kysely-network.repository';
export * from './kysely-network-queries';
export * from './network-rows';
export * from './network-tables';
