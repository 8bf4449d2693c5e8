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

export function issueRefreshToken(
  input: { id: string; familyId: string; userId: string; secretHash: string; ttlSeconds: number },
  { now }: { now: Date },
): RefreshToken {
  return {
    id: input.id,
    familyId: input.familyId,
    userId: input.userId,
    secretHash: input.secretHash,
    issuedAt: now,
    expiresAt: new Date(now.getTime() + input.ttlSeconds * 1000),
    usedAt: null,
    revokedAt: null,
  };
}
