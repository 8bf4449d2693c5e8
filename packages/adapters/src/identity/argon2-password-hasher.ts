import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@talentsphere/application/identity';
import pLimit, { type LimitFunction } from 'p-limit';

// @node-rs/argon2's `Algorithm` is an ambient const enum (not importable under verbatimModuleSyntax).
const ARGON2ID = 2;

/** OWASP Password Storage Cheat Sheet, argon2id: 19 MiB memory, 2 iterations, 1 lane. */
export const OWASP_ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface Argon2Options {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
  /**
   * Hashes running at once. Each one keeps a core busy for ~20 ms; leaving one core free keeps the
   * event loop (and /health) responsive while sign-ins saturate the process.
   */
  readonly maxConcurrent?: number;
}

/**
 * argon2id through @node-rs/argon2 (prebuilt native binaries, no install-time build). Hashing runs
 * on libuv's thread pool, never on the event loop, and at most `maxConcurrent` at a time.
 */
export class Argon2PasswordHasher implements PasswordHasher {
  private readonly limit: LimitFunction;
  private readonly params: { memoryCost: number; timeCost: number; parallelism: number };

  constructor({ maxConcurrent, ...params }: Argon2Options = OWASP_ARGON2ID) {
    this.params = params;
    this.limit = pLimit(maxConcurrent ?? Math.max(1, availableParallelism() - 1));
  }

  hash(password: string): Promise<string> {
    return this.limit(() => hash(password, { algorithm: ARGON2ID, ...this.params }));
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    // A malformed stored hash never matches.
    return this.limit(() => verify(passwordHash, password).catch(() => false));
  }
}
