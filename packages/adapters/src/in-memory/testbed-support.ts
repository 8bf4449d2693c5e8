import type { EventEnvelope } from '@talentsphere/application/events';
import type {
  Actor,
  AppError,
  Clock,
  EventHandler,
  IdGenerator,
  UnitOfWork,
} from '@talentsphere/application/shared';
import { type UserRole, userFromSnapshot } from '@talentsphere/domain/identity';
import { type Result, ResultAsync } from 'neverthrow';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import type { InMemoryDatabase } from './in-memory-database';

export interface TestUser extends Actor {
  readonly name: string;
  readonly email: string;
}

/**
 * Stores an account straight in the users table: testbeds of other contexts only read users, so
 * they skip registration. `sequence` keeps the e-mail addresses unique.
 */
export function storeTestUser(
  db: InMemoryDatabase,
  account: { role: UserRole; name: string; sequence: number; now: Date },
): TestUser {
  const { role, now } = account;
  const user = userFromSnapshot({
    id: uuidV7Ids.next(),
    email: `${role}${account.sequence}@example.com`,
    name: account.name,
    role,
    passwordHash: 'fake-hash:unused',
    createdAt: now,
    updatedAt: now,
  });
  db.tables.users.set(user.id, user);
  return { userId: user.id, role, name: user.name, email: user.email };
}

/** Runs an event handler the way the consumer runner does: inside one unit of work. */
export async function handleInUnitOfWork(
  deps: { uow: UnitOfWork; clock: Clock; ids: IdGenerator },
  handler: EventHandler,
  envelope: EventEnvelope,
): Promise<void> {
  const handled = await deps.uow.run(
    (scope) => ResultAsync.fromSafePromise(handler.handle(envelope, scope, deps)),
    { correlationId: envelope.correlationId },
  );
  unwrapStep(handled, handler.consumer);
}

/** A testbed's setup step must succeed; a refusal fails the test with the reason. */
export function unwrapStep<T>(result: Result<T, AppError>, step: string): T {
  if (result.isErr()) throw new Error(`${step} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}
