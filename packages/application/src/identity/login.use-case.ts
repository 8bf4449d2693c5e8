import { parseEmail } from '@talentsphere/domain/identity';
import { type AppError, unauthenticated } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, UnitOfWork } from '../shared/ports';
import type { RateLimiter } from '../shared/rate-limiter.port';
import { authRateLimits } from './auth-rate-limits';
import type { PasswordHasher } from './credentials.port';
import type { LoginInput } from './identity.inputs';
import { type IssuedSession, issueSession, type SessionIssuerDeps } from './session-issuer';
import type { UserRepository } from './user-repository.port';

/** The same answer whether the email is unknown or the password wrong: no account enumeration. */
export const invalidCredentials = (): AppError =>
  unauthenticated('AUTH_001', 'Email or password is incorrect.');

export interface LoginDeps extends SessionIssuerDeps {
  readonly uow: UnitOfWork;
  readonly passwords: PasswordHasher;
  readonly rateLimiter: RateLimiter;
  /** Reads the account outside the transaction. */
  readonly users: Pick<UserRepository, 'findByEmail'>;
  /** A hash of a random password, verified when the email is unknown so both paths cost the same. */
  readonly decoyPasswordHash: string;
}

export class Login {
  constructor(private readonly deps: LoginDeps) {}

  execute(input: LoginInput, ctx: RequestContext): ResultAsync<IssuedSession, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const email = parseEmail(input.email).unwrapOr(input.email.trim().toLowerCase());
      const limited =
        (await deps.rateLimiter.consume(authRateLimits.loginPerIp, ctx.ipAddress)) ??
        (await deps.rateLimiter.consume(authRateLimits.loginPerAccount, email));
      if (limited) {
        await this.audit('user.login.rate_limited', null, ctx, { email });
        return err(limited);
      }

      // Verified before the transaction: an argon2 check (~20 ms, queued behind other sign-ins)
      // must not hold a database connection.
      const user = await deps.users.findByEmail(email);
      const passwordMatches = await deps.passwords.verify(
        user?.passwordHash ?? deps.decoyPasswordHash,
        input.password,
      );

      return deps.uow
        .run(
          (scope) =>
            asyncResult(async () => {
              if (!user || !passwordMatches) {
                await scope.audit.append({
                  action: 'user.login.failed',
                  userId: user?.id ?? null,
                  ipAddress: ctx.ipAddress,
                  correlationId: ctx.correlationId,
                  details: { email, reason: user ? 'wrong-password' : 'unknown-email' },
                });
                // Ok so the audit row commits; the failure is reported after the transaction.
                return ok(null);
              }
              scope.events.record({
                type: 'auth.user.login',
                data: { userId: user.id, ipAddress: ctx.ipAddress },
              });
              await scope.audit.append({
                action: 'user.login.succeeded',
                userId: user.id,
                ipAddress: ctx.ipAddress,
                correlationId: ctx.correlationId,
                details: { userAgent: ctx.userAgent ?? null },
              });
              return ok(await issueSession(deps, scope, user));
            }),
          { correlationId: ctx.correlationId },
        )
        .andThen((session) => {
          if (!session) return err(invalidCredentials());
          return asyncResult(async () => {
            await deps.rateLimiter.reset(authRateLimits.loginPerAccount, email);
            return ok(session);
          });
        });
    });
  }

  private async audit(
    action: 'user.login.rate_limited',
    userId: string | null,
    ctx: RequestContext,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.uow
      .run(
        (scope) =>
          asyncResult(async () => {
            await scope.audit.append({
              action,
              userId,
              ipAddress: ctx.ipAddress,
              correlationId: ctx.correlationId,
              details,
            });
            return ok(undefined);
          }),
        { correlationId: ctx.correlationId },
      )
      .unwrapOr(undefined);
  }
}
