import { randomUUID } from 'node:crypto';
import type { AppError, TransactionScope, UnitOfWork } from '@talentsphere/application/shared';
import { issueRefreshToken, type RefreshToken, registerUser, type User } from '@talentsphere/domain/identity';
import { ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';

export const NOW = new Date('2026-03-01T12:00:00.000Z');

/** A valid user with a unique id and email, so contracts can share one database between tests. */
export function aUser(overrides: { email?: string; name?: string } = {}): User {
  const id = v7();
  return registerUser(
    {
      id,
      email: overrides.email ?? `user-${id}@example.com`,
      name: overrides.name ?? 'Ada Lovelace',
      role: 'jobseeker',
      passwordHash: 'stored-hash',
    },
    { now: NOW },
  )._unsafeUnwrap().state;
}

export function aRefreshToken(user: User, familyId: string = v7(), now: Date = NOW): RefreshToken {
  return issueRefreshToken(
    { id: v7(), familyId, userId: user.id, secretHash: `hash-${v7()}`, ttlSeconds: 3600 },
    { now },
  );
}

export const aCorrelationId = () => `corr-${randomUUID()}`;

/** Runs `body` in a transaction that commits, and returns its value. */
export async function committed<T>(
  uow: UnitOfWork,
  body: (scope: TransactionScope) => Promise<T>,
): Promise<T> {
  const result = await uow.run((scope) => ResultAsync.fromSafePromise<T, AppError>(body(scope)), {
    correlationId: aCorrelationId(),
  });
  return result._unsafeUnwrap();
}
