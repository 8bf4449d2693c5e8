export * from './fake-credentials';
export * from './identity-testbed';
export * from './in-memory-audit-log';
export * from './in-memory-database';
export * from './in-memory-notification.repository';
export * from './in-memory-refresh-token.repository';
export * from './in-memory-unit-of-work';
export * from './in-memory-user.repository';
