import { decideRotation, sessionExpired } from '@talentsphere/domain/identity';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, UnitOfWork } from '../shared/ports';
import { refreshTokenString } from './identity.inputs';
import { type IssuedSession, issueSession, type SessionIssuerDeps } from './session-issuer';

export interface RefreshSessionDeps extends SessionIssuerDeps {
  readonly uow: UnitOfWork;
}

type RefreshOutcome = { kind: 'issued'; session: IssuedSession } | { kind: 'refused' };

/**
 * Trades a refresh token for a new access token and a new refresh token of the same family. A token
 * presented twice revokes the family: the legitimate holder and the thief are both signed out.
 */
export class RefreshSession {
  constructor(private readonly deps: RefreshSessionDeps) {}

  execute(presented: string | undefined, ctx: RequestContext): ResultAsync<IssuedSession, AppError> {
    const { deps } = this;
    const parsed = refreshTokenString.safeParse(presented);
    if (!parsed.success) return asyncResult(async () => err(sessionExpired()));
    const [tokenId, secret] = parsed.data.split('.') as [string, string];

    return deps.uow
      .run(
        (scope) =>
          asyncResult<RefreshOutcome>(async () => {
            const token = await scope.refreshTokens.findByIdForUpdate(tokenId);
            if (!token || !deps.secrets.equal(token.secretHash, deps.secrets.hash(secret))) {
              return ok({ kind: 'refused' });
            }
            const now = deps.clock.now();
            const decision = decideRotation(token, { now });
            if (decision.isErr()) return ok({ kind: 'refused' });
            if (decision.value.kind === 'reuse-detected') {
              const revoked = await scope.refreshTokens.revokeFamily(decision.value.familyId, now);
              await scope.audit.append({
                action: 'session.refresh_reuse_detected',
                userId: decision.value.userId,
                ipAddress: ctx.ipAddress,
                correlationId: ctx.correlationId,
                // Not `revokedTokens`: redactSecrets hides every key containing "token".
                details: { familyId: decision.value.familyId, revokedCount: revoked },
              });
              // Ok so the revocation commits; the caller still gets AUTH_002.
              return ok({ kind: 'refused' });
            }
            const user = await scope.users.findById(token.userId);
            if (!user) return ok({ kind: 'refused' });
            await scope.refreshTokens.markUsed(token.id, now);
            await scope.audit.append({
              action: 'session.refreshed',
              userId: user.id,
              ipAddress: ctx.ipAddress,
              correlationId: ctx.correlationId,
              details: { familyId: token.familyId },
            });
            return ok({
              kind: 'issued',
              session: await issueSession(deps, scope, user, {
                id: token.familyId,
                startedAt: token.familyStartedAt,
              }),
            });
          }),
        { correlationId: ctx.correlationId },
      )
      .andThen((outcome) => (outcome.kind === 'issued' ? ok(outcome.session) : err(sessionExpired())));
  }
}
