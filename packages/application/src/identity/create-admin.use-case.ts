import { checkPasswordPolicy, parseEmail, registerUser } from '@talentsphere/domain/identity';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { Clock, IdGenerator, UnitOfWork } from '../shared/ports';
import type { PasswordHasher } from './credentials.port';
import { userAlreadyExists } from './register-user.use-case';
import type { UserSummary } from './user-repository.port';

export interface CreateAdminDeps {
  readonly uow: UnitOfWork;
  readonly passwords: PasswordHasher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** Operator command (`pnpm admin:create`): admins cannot sign themselves up. */
export class CreateAdmin {
  constructor(private readonly deps: CreateAdminDeps) {}

  execute(
    input: { email: string; password: string; name: string },
    correlationId: string,
  ): ResultAsync<UserSummary, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const email = parseEmail(input.email);
      if (email.isErr()) return err(email.error);
      const policy = checkPasswordPolicy(input.password, { email: email.value, name: input.name });
      if (policy.isErr()) return err(policy.error);
      const passwordHash = await deps.passwords.hash(input.password);
      return deps.uow.run(
        (scope) =>
          asyncResult(async () => {
            const registered = registerUser(
              { id: deps.ids.next(), email: email.value, name: input.name, role: 'admin', passwordHash },
              { now: deps.clock.now() },
            );
            if (registered.isErr()) return err(registered.error);
            const { state: user, events } = registered.value;
            if ((await scope.users.insert(user)) === 'email-taken') return err(userAlreadyExists());
            scope.events.record(...events);
            await scope.audit.append({
              action: 'admin.created',
              userId: user.id,
              ipAddress: null,
              correlationId,
              details: {},
            });
            return ok({ id: user.id, email: user.email, name: user.name, role: user.role });
          }),
        { correlationId },
      );
    });
  }
}
