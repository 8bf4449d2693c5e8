export * from './code-runner.port';
