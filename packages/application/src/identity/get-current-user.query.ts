import { type AppError, unauthenticated } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import { asyncResult } from '../shared/async-result';
import type { UserDirectory, UserSummary } from './user-repository.port';

export class GetCurrentUser {
  constructor(private readonly deps: { readonly users: UserDirectory }) {}

  execute(actor: { userId: string }): ResultAsync<UserSummary, AppError> {
    return asyncResult(async () => {
      const user = await this.deps.users.findSummary(actor.userId);
      // A valid token for a deleted account: treat as signed out.
      return user ? ok(user) : err(unauthenticated('UNAUTHENTICATED', 'Please sign in.'));
    });
  }
}
