export * from './notification-repository.port';
export * from './welcome-new-user.handler';
export * from './handlers';
