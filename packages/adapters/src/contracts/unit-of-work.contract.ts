import type { NewNotification } from '@talentsphere/application/engagement';
import { type EventEnvelope, eventContracts, eventEnvelopeSchema } from '@talentsphere/application/events';
import type { AuditAction } from '@talentsphere/application/identity';
import type { AppError, UnitOfWork } from '@talentsphere/application/shared';
import type { User } from '@talentsphere/domain/identity';
import { validation } from '@talentsphere/domain/shared';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCorrelationId, aUser } from './contract-fixtures';

/** Reads committed rows back, outside the port: each runner implements it for its adapter. */
export interface UnitOfWorkInspector {
  listOutbox(correlationId: string): Promise<EventEnvelope[]>;
  listAudit(correlationId: string): Promise<Array<{ action: AuditAction; details: Record<string, unknown> }>>;
  findUser(id: string): Promise<User | undefined>;
  findNotification(id: string): Promise<NewNotification | undefined>;
}

export interface UnitOfWorkSubject {
  readonly uow: UnitOfWork;
  readonly inspect: UnitOfWorkInspector;
}

const registered = (user: User) => ({
  type: 'auth.user.registered',
  data: { userId: user.id, email: user.email, name: user.name, role: user.role },
});

const refusal: AppError = validation('VALIDATION', 'Refused by the test.');

/**
 * What every UnitOfWork adapter must do. `subject` builds one per test and wires `onEventsCommitted`
 * into it; the adapter's rows are read back through the runner's inspector.
 */
export function unitOfWorkContract(
  adapter: string,
  subject: (options: { onEventsCommitted: () => void }) => Promise<UnitOfWorkSubject>,
): void {
  describe(`UnitOfWork contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    let inspect: UnitOfWorkInspector;
    let correlationId: string;
    let onCommitted: () => void;
    beforeEach(async () => {
      onCommitted = () => undefined;
      ({ uow, inspect } = await subject({ onEventsCommitted: () => onCommitted() }));
      correlationId = aCorrelationId();
    });

    it('Given work that returns Ok, When it runs, Then its rows and one outbox envelope per event commit', async () => {
      const user = aUser();
      const result = await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(
            (async () => {
              await scope.users.insert(user);
              scope.events.record(registered(user), {
                type: 'auth.user.login',
                data: { userId: user.id, ipAddress: '10.0.0.1' },
              });
              await scope.audit.append({
                action: 'user.registered',
                userId: user.id,
                ipAddress: '10.0.0.1',
                correlationId,
                details: {},
              });
              return user.id;
            })(),
          ),
        { correlationId },
      );

      expect(result._unsafeUnwrap()).toBe(user.id);
      expect(await inspect.findUser(user.id)).toEqual(user);
      expect((await inspect.listAudit(correlationId)).map((a) => a.action)).toEqual(['user.registered']);
      const outbox = await inspect.listOutbox(correlationId);
      expect(outbox.map((e) => e.eventType)).toEqual(['auth.user.registered', 'auth.user.login']);
      for (const envelope of outbox) {
        expect(eventEnvelopeSchema.parse(envelope)).toEqual(envelope);
        expect(envelope.correlationId).toBe(correlationId);
        const contract = eventContracts[envelope.eventType as keyof typeof eventContracts];
        expect(envelope.version).toBe(contract.version);
        expect(contract.schema.safeParse(envelope.data).success).toBe(true);
      }
      expect(outbox[0]?.data).toEqual(registered(user).data);
      expect(new Set(outbox.map((e) => e.messageId)).size).toBe(2);
    });

    it('Given work that records events and then returns Err, When it runs, Then nothing is written, outbox included', async () => {
      const user = aUser();
      const result = await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(
            (async () => {
              scope.events.record(registered(user));
              await scope.users.insert(user);
              await scope.audit.append({
                action: 'user.registered',
                userId: user.id,
                ipAddress: null,
                correlationId,
                details: {},
              });
            })(),
          ).andThen(() => errAsync(refusal)),
        { correlationId },
      );

      expect(result._unsafeUnwrapErr()).toEqual(refusal);
      expect(await inspect.findUser(user.id)).toBeUndefined();
      expect(await inspect.listAudit(correlationId)).toEqual([]);
      expect(await inspect.listOutbox(correlationId)).toEqual([]);
    });

    it('Given work that throws, When it runs, Then everything rolls back and the error is rethrown', async () => {
      const user = aUser();
      const boom = new Error('boom');
      const run = async () =>
        uow.run(
          (scope) =>
            ResultAsync.fromSafePromise(
              (async () => {
                await scope.users.insert(user);
                scope.events.record(registered(user));
                throw boom;
              })(),
            ),
          { correlationId },
        );

      await expect(run()).rejects.toBe(boom);
      expect(await inspect.findUser(user.id)).toBeUndefined();
      expect(await inspect.listOutbox(correlationId)).toEqual([]);
    });

    it('Given an event that breaks its contract, When it is recorded, Then the transaction rolls back', async () => {
      const user = aUser();
      const run = async () =>
        uow.run(
          (scope) =>
            ResultAsync.fromSafePromise(
              (async () => {
                await scope.users.insert(user);
                scope.events.record({ type: 'auth.user.login', data: { userId: 'not-a-uuid' } });
              })(),
            ),
          { correlationId },
        );

      await expect(run()).rejects.toThrow();
      expect(await inspect.findUser(user.id)).toBeUndefined();
    });

    it('Given notifications inserted in a committed and in a rolled-back transaction, Then only the first is stored', async () => {
      const user = aUser();
      const notification = (id: string): NewNotification => ({
        id,
        userId: user.id,
        category: 'account',
        title: 'Welcome',
        body: 'Hello',
        link: null,
        createdAt: new Date('2026-03-01T12:00:00.000Z'),
      });
      const [kept, dropped] = [notification(v7()), notification(v7())];
      await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(
            (async () => {
              await scope.users.insert(user);
              await scope.notifications.insert(kept);
            })(),
          ),
        { correlationId },
      );
      await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(scope.notifications.insert(dropped)).andThen(() => errAsync(refusal)),
        { correlationId },
      );

      expect(await inspect.findNotification(kept.id)).toEqual(kept);
      expect(await inspect.findNotification(dropped.id)).toBeUndefined();
    });

    it('Given audit details with secrets, When appended, Then they are stored redacted', async () => {
      await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(
            scope.audit.append({
              action: 'user.login.failed',
              userId: null,
              ipAddress: '10.0.0.1',
              correlationId,
              details: {
                email: 'a@example.com',
                password: 'hunter2-hunter2',
                nested: { refreshToken: 'abc' },
              },
            }),
          ),
        { correlationId },
      );

      expect(await inspect.listAudit(correlationId)).toEqual([
        {
          action: 'user.login.failed',
          details: { email: 'a@example.com', password: '[REDACTED]', nested: { refreshToken: '[REDACTED]' } },
        },
      ]);
    });

    it('Given a commit with events, When it completes, Then onEventsCommitted is called once and sees the rows', async () => {
      const user = aUser();
      const seen: Array<Promise<EventEnvelope[]>> = [];
      onCommitted = () => seen.push(inspect.listOutbox(correlationId));

      await uow.run(
        (scope) => {
          scope.events.record(registered(user));
          expect(seen).toHaveLength(0);
          return ResultAsync.fromSafePromise(scope.users.insert(user));
        },
        { correlationId },
      );

      expect(seen).toHaveLength(1);
      expect((await seen[0])?.map((e) => e.eventType)).toEqual(['auth.user.registered']);
    });

    it('Given a commit without events, an Err or a throw, When they complete, Then onEventsCommitted is not called', async () => {
      let calls = 0;
      onCommitted = () => {
        calls += 1;
      };
      const user = aUser();

      await uow.run((scope) => ResultAsync.fromSafePromise(scope.users.insert(user)), { correlationId });
      await uow.run(
        (scope) => {
          scope.events.record(registered(aUser()));
          return errAsync(refusal);
        },
        { correlationId },
      );
      const throwing = async () =>
        uow.run(
          (scope) => {
            scope.events.record(registered(aUser()));
            return okAsync(undefined).map(() => {
              throw new Error('boom');
            });
          },
          { correlationId },
        );
      await expect(throwing()).rejects.toThrow('boom');

      expect(calls).toBe(0);
      expect(await inspect.findUser(user.id)).toEqual(user);
    });
  });
}
