export * from './isolated-vm-code-runner';
export { SandboxPool, type SandboxPoolOptions } from './sandbox-pool';
