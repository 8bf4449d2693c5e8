import { err, ok, type Result } from 'neverthrow';
import { type AppError, unauthenticated } from '../shared';

/**
 * One refresh token of a sign-in "family". Each use rotates it: the presented token is marked used
 * and a successor is issued in the same family. Presenting a used or revoked token again means it
 * leaked, so the whole family is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
export interface RefreshToken {
  readonly id: string;
  readonly familyId: string;
  /** When the sign-in that started the family happened: no token of it outlives SESSION_MAX_AGE. */
  readonly familyStartedAt: Date;
  readonly userId: string;
  readonly secretHash: string;
  readonly issuedAt: Date;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly revokedAt: Date | null;
}

export type RotationDecision =
  | { readonly kind: 'rotate'; readonly used: RefreshToken }
  | { readonly kind: 'reuse-detected'; readonly familyId: string; readonly userId: string };

export const sessionExpired = (): AppError =>
  unauthenticated('AUTH_002', 'Your session has expired. Please sign in again.');

/**
 * Decides what presenting `token` means at `now`. An expired token is refused; a token used or
 * revoked before is reuse; otherwise it is consumed.
 */
export function decideRotation(
  token: RefreshToken,
  { now }: { now: Date },
): Result<RotationDecision, AppError> {
  if (token.usedAt !== null || token.revokedAt !== null) {
    return ok({ kind: 'reuse-detected', familyId: token.familyId, userId: token.userId });
  }
  if (token.expiresAt.getTime() <= now.getTime()) return err(sessionExpired());
  return ok({ kind: 'rotate', used: { ...token, usedAt: now } });
}

/** However often a session is refreshed, it ends this long after its sign-in: sign in again then. */
export const SESSION_MAX_AGE_SECONDS = 90 * 24 * 3600;

/**
 * A token of `familyId`: valid `ttlSeconds` from now, but never past the family's maximum age. A
 * new family (a sign-in) starts now unless `familyStartedAt` says when it did.
 */
export function issueRefreshToken(
  input: {
    id: string;
    familyId: string;
    familyStartedAt?: Date;
    userId: string;
    secretHash: string;
    ttlSeconds: number;
  },
  { now }: { now: Date },
): RefreshToken {
  const familyStartedAt = input.familyStartedAt ?? now;
  const sessionEnds = familyStartedAt.getTime() + SESSION_MAX_AGE_SECONDS * 1000;
  return {
    id: input.id,
    familyId: input.familyId,
    familyStartedAt,
    userId: input.userId,
    secretHash: input.secretHash,
    issuedAt: now,
    expiresAt: new Date(Math.min(now.getTime() + input.ttlSeconds * 1000, sessionEnds)),
    usedAt: null,
    revokedAt: null,
  };
}
