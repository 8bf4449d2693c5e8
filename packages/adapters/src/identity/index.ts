export * from './argon2-password-hasher';
export * from './crypto-token-secrets';
export * from './jose-access-token-service';
export * from './kysely-audit-log';
export * from './kysely-refresh-token.repository';
export * from './kysely-user.repository';
