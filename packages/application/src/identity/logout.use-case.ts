import type { AppError } from '@talentsphere/domain/shared';
import { ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { Clock, RequestContext, UnitOfWork } from '../shared/ports';
import type { TokenSecrets } from './credentials.port';
import { refreshTokenString } from './identity.inputs';

export interface LogoutDeps {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly secrets: TokenSecrets;
}

/** Revokes the refresh-token family of this sign-in. Idempotent: an unknown token is already out. */
export class Logout {
  constructor(private readonly deps: LogoutDeps) {}

  execute(presented: string | undefined, ctx: RequestContext): ResultAsync<{ signedOut: true }, AppError> {
    const { deps } = this;
    const parsed = refreshTokenString.safeParse(presented);
    if (!parsed.success) return asyncResult(async () => ok({ signedOut: true as const }));
    const [tokenId, secret] = parsed.data.split('.') as [string, string];
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const token = await scope.refreshTokens.findByIdForUpdate(tokenId);
          if (token && deps.secrets.equal(token.secretHash, deps.secrets.hash(secret)) && !token.revokedAt) {
            await scope.refreshTokens.revokeFamily(token.familyId, deps.clock.now());
            scope.events.record({ type: 'auth.user.logout', data: { userId: token.userId } });
            await scope.audit.append({
              action: 'user.logout',
              userId: token.userId,
              ipAddress: ctx.ipAddress,
              correlationId: ctx.correlationId,
              details: { familyId: token.familyId },
            });
          }
          return ok({ signedOut: true as const });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}
