// The event bus contract: every EventPublisher + consumer pair must pass it (RabbitMQ and in-process).

import { welcomeNewUser } from '@talentsphere/application/engagement';
import type { EventEnvelope } from '@talentsphere/application/events';
import type { EventHandler, EventPublisher } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../persistence/tables';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { insertUser, registeredEnvelope, waitFor } from './messaging.testing';

export interface EventBusUnderTest {
  readonly publisher: EventPublisher;
  stop(): Promise<void>;
}

/** Builds the bus with these handlers, consuming for real; retries must be quick (tens of ms). */
export type EventBusFactory = (handlers: readonly EventHandler[]) => Promise<EventBusUnderTest>;

export function eventBusContract(name: string, db: () => Kysely<Database>, createBus: EventBusFactory): void {
  describe(`event bus contract: ${name}`, () => {
    let bus: EventBusUnderTest | undefined;
    afterEach(async () => {
      await bus?.stop();
      bus = undefined;
    });

    const notificationsOf = async (userId: string) =>
      db().selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();

    /** welcomeNewUser, recording what it saw and failing its first `failures` calls. */
    function spyHandler(failures = 0) {
      const seen: EventEnvelope[] = [];
      const handler: EventHandler = {
        ...welcomeNewUser,
        async handle(envelope, scope, deps) {
          seen.push(envelope);
          if (seen.length <= failures) throw new Error(`induced failure ${seen.length}`);
          await welcomeNewUser.handle(envelope, scope, deps);
        },
      };
      return { handler, seen };
    }

    it('delivers a published envelope, unchanged, to the handler of its type, whose effect commits', async () => {
      const spy = spyHandler();
      bus = await createBus([spy.handler]);
      const userId = await insertUser(db());
      const envelope = registeredEnvelope(userId, 'Ada');
      await bus.publisher.publish([envelope]);
      await waitFor(async () => (await notificationsOf(userId)).length === 1);
      expect(spy.seen).toEqual([envelope]);
      expect((await notificationsOf(userId))[0]?.title).toContain('Ada');
    });

    it('applies an envelope published twice only once', async () => {
      const spy = spyHandler();
      bus = await createBus([spy.handler]);
      const userId = await insertUser(db());
      const envelope = registeredEnvelope(userId);
      await bus.publisher.publish([envelope]);
      await bus.publisher.publish([envelope]);
      const marker = registeredEnvelope(await insertUser(db()));
      await bus.publisher.publish([marker]);
      // Delivery is in order per consumer here, so once the marker is handled both copies were seen.
      await waitFor(async () => spy.seen.some((e) => e.messageId === marker.messageId));
      expect(await notificationsOf(userId)).toHaveLength(1);
      const inbox = await db()
        .selectFrom('inbox')
        .selectAll()
        .where('message_id', '=', envelope.messageId)
        .execute();
      expect(inbox).toHaveLength(1);
    });

    it('retries a handler that failed, and its effect happens once', async () => {
      const spy = spyHandler(2);
      bus = await createBus([spy.handler]);
      const userId = await insertUser(db());
      await bus.publisher.publish([registeredEnvelope(userId)]);
      await waitFor(async () => (await notificationsOf(userId)).length === 1);
      expect(spy.seen).toHaveLength(3);
      expect(await notificationsOf(userId)).toHaveLength(1);
    });

    it('does not hand a handler event types it did not subscribe to', async () => {
      const spy = spyHandler();
      bus = await createBus([spy.handler]);
      const userId = await insertUser(db());
      const login: EventEnvelope = {
        messageId: uuidV7Ids.next(),
        eventType: 'auth.user.login',
        version: 1,
        timestamp: new Date().toISOString(),
        correlationId: 'corr-login',
        data: { userId, ipAddress: '127.0.0.1' },
      };
      const marker = registeredEnvelope(userId);
      await bus.publisher.publish([login, marker]);
      await waitFor(async () => spy.seen.length === 1);
      expect(spy.seen.map((e) => e.eventType)).toEqual(['auth.user.registered']);
    });
  });
}
