import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@talentsphere/application/identity';

// @node-rs/argon2's `Algorithm` is an ambient const enum (not importable under verbatimModuleSyntax).
const ARGON2ID = 2;

/** OWASP Password Storage Cheat Sheet, argon2id: 19 MiB memory, 2 iterations, 1 lane. */
export const OWASP_ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2id through @node-rs/argon2 (prebuilt native binaries, no install-time build). Hashing runs
 * on libuv's thread pool, so the event loop keeps serving while logins are verified.
 */
export class Argon2PasswordHasher implements PasswordHasher {
  constructor(
    private readonly params: { memoryCost: number; timeCost: number; parallelism: number } = OWASP_ARGON2ID,
  ) {}

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID, ...this.params });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false; // a malformed stored hash never matches
    }
  }
}
