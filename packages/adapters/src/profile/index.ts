export * from './kysely-profile.repositories';
export * from './kysely-profile-queries';
export * from './profile-tables';
