export * from './billing-notifications.handler';
export * from './handlers';
export * from './learning-notifications.handler';
export * from './notification-center';
export * from './notification-inbox.port';
export * from './notification-repository.port';
export * from './recruiting-notifications.handler';
export * from './welcome-new-user.handler';
