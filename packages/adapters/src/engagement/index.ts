export * from './kysely-analytics-queries';
export * from './kysely-analytics-store';
export * from './kysely-gamification.repository';
export * from './kysely-gamification-queries';
export * from './kysely-notification.repository';
export * from './kysely-notification-inbox';
