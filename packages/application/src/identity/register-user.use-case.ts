import { checkPasswordPolicy, parseEmail, registerUser } from '@talentsphere/domain/identity';
import { type AppError, conflict } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, UnitOfWork } from '../shared/ports';
import type { RateLimiter } from '../shared/rate-limiter.port';
import { authRateLimits } from './auth-rate-limits';
import type { PasswordHasher } from './credentials.port';
import type { RegisterInput } from './identity.inputs';
import { type IssuedSession, issueSession, type SessionIssuerDeps } from './session-issuer';

export const userAlreadyExists = (): AppError =>
  conflict('AUTH_003', 'An account with this email already exists. Sign in instead.');

export interface RegisterUserDeps extends SessionIssuerDeps {
  readonly uow: UnitOfWork;
  readonly passwords: PasswordHasher;
  readonly rateLimiter: RateLimiter;
}

export class RegisterUser {
  constructor(private readonly deps: RegisterUserDeps) {}

  execute(input: RegisterInput, ctx: RequestContext): ResultAsync<IssuedSession, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const limited = await deps.rateLimiter.consume(authRateLimits.registerPerIp, ctx.ipAddress);
      if (limited) return err(limited);

      const email = parseEmail(input.email);
      if (email.isErr()) return err(email.error);
      const policy = checkPasswordPolicy(input.password, { email: email.value, name: input.name });
      if (policy.isErr()) return err(policy.error);
      const accountLimited = await deps.rateLimiter.consume(authRateLimits.registerPerAccount, email.value);
      if (accountLimited) return err(accountLimited);

      const passwordHash = await deps.passwords.hash(input.password);
      return deps.uow.run(
        (scope) =>
          asyncResult(async () => {
            if (await scope.users.findByEmail(email.value)) return err(userAlreadyExists());
            const registered = registerUser(
              { id: deps.ids.next(), email: email.value, name: input.name, role: input.role, passwordHash },
              { now: deps.clock.now() },
            );
            if (registered.isErr()) return err(registered.error);
            const { state: user, events } = registered.value;
            if ((await scope.users.insert(user)) === 'email-taken') return err(userAlreadyExists());
            scope.events.record(...events);
            await scope.audit.append({
              action: 'user.registered',
              userId: user.id,
              ipAddress: ctx.ipAddress,
              correlationId: ctx.correlationId,
              details: { role: user.role },
            });
            return ok(await issueSession(deps, scope, user));
          }),
        { correlationId: ctx.correlationId },
      );
    });
  }
}
