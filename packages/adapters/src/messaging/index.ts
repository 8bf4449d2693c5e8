export * from './event-json-schemas';
export * from './in-process-event-publisher';
export * from './inbox-handler-runner';
export * from './kysely-outbox';
export * from './outbox-relay';
export * from './outbox-signal';
export * from './rabbitmq-consumer-runner';
export * from './rabbitmq-event-publisher';
