export * from './handlers';
export * from './notification-repository.port';
export * from './welcome-new-user.handler';
