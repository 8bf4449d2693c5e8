export * from './kysely-notification.repository';
export * from './kysely-notification-inbox';
