export * from './app-router';
export * from './context';
export * from './fastify-trpc-route';
export * from './live-stream-slots';
export * from './to-trpc-error';
export { apiRateLimit, createCallerFactory } from './trpc';
