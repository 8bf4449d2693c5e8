import { issueRefreshToken, type User } from '@talentsphere/domain/identity';
import type { Clock, IdGenerator, TransactionScope } from '../shared/ports';
import type { AccessTokenService, TokenSecrets } from './credentials.port';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

export interface IssuedSession {
  readonly user: { id: string; email: string; name: string; role: User['role'] };
  readonly accessToken: string;
  readonly accessTokenExpiresAt: string;
  readonly refreshToken: string;
  readonly refreshTokenExpiresAt: string;
}

export interface SessionIssuerDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly accessTokens: AccessTokenService;
  readonly secrets: TokenSecrets;
}

/**
 * Issues an access token and a refresh token for `user`: a new family (a sign-in), or the next token
 * of the given family (a refresh), which keeps the family's start and so its maximum age.
 */
export async function issueSession(
  deps: SessionIssuerDeps,
  scope: TransactionScope,
  user: User,
  family: { id: string; startedAt: Date } | null = null,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const secret = deps.secrets.generate();
  const refresh = issueRefreshToken(
    {
      id: deps.ids.next(),
      familyId: family?.id ?? deps.ids.next(),
      familyStartedAt: family?.startedAt,
      userId: user.id,
      secretHash: deps.secrets.hash(secret),
      ttlSeconds: REFRESH_TOKEN_TTL_SECONDS,
    },
    { now },
  );
  await scope.refreshTokens.insert(refresh);
  const access = await deps.accessTokens.issue({ userId: user.id, role: user.role });
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken: `${refresh.id}.${secret}`,
    refreshTokenExpiresAt: refresh.expiresAt.toISOString(),
  };
}
