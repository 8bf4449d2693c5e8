import type { UserRole } from '@talentsphere/domain/identity';
import type { AppError } from '@talentsphere/domain/shared';
import type { Result } from 'neverthrow';

/** argon2id in production; runs off the event loop. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface AccessTokenClaims {
  readonly userId: string;
  readonly role: UserRole;
}

/** Short-lived signed access tokens (JWT). */
export interface AccessTokenService {
  issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }>;
  /** Err AUTH_002 when expired, Unauthenticated otherwise. */
  verify(token: string): Promise<Result<AccessTokenClaims, AppError>>;
}

/** Opaque refresh-token secrets: random generation and a fast one-way hash for lookup. */
export interface TokenSecrets {
  generate(): string;
  hash(secret: string): string;
  /** Constant-time comparison of two hashes. */
  equal(a: string, b: string): boolean;
}
