import type { AccessTokenClaims, AccessTokenService } from '@talentsphere/application/identity';
import type { Clock } from '@talentsphere/application/shared';
import { USER_ROLES, type UserRole } from '@talentsphere/domain/identity';
import { type AppError, unauthenticated } from '@talentsphere/domain/shared';
import { errors, jwtVerify, SignJWT } from 'jose';
import { err, ok, type Result } from 'neverthrow';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'talentsphere';
const AUDIENCE = 'talentsphere-api';

/** HS256 JWTs: `sub` = user id, `role`; 15 minutes. */
export class JoseAccessTokenService implements AccessTokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly clock: Clock,
    private readonly ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const token = await new SignJWT({ role: claims.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  async verify(token: string): Promise<Result<AccessTokenClaims, AppError>> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      const role = payload.role as UserRole;
      if (!payload.sub || !USER_ROLES.includes(role)) return err(invalidToken());
      return ok({ userId: payload.sub, role });
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        return err(unauthenticated('AUTH_002', 'Your session has expired. Please sign in again.'));
      }
      return err(invalidToken());
    }
  }
}

const invalidToken = () => unauthenticated('UNAUTHENTICATED', 'Please sign in.');
