import { RecruitingTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEnvelope } from '../events';
import type { EventHandler } from '../shared/event-handler';
import type { NotificationCategory } from './notification-categories';
import { deliveringNotifications } from './notification-delivery';

describe('deliveringNotifications', () => {
  let bed: RecruitingTestbed;
  let ada: TestUser;

  /** A consumer that writes one notification of `category` for Ada per event. */
  const writer = (category: NotificationCategory): EventHandler => ({
    consumer: 'notification',
    eventTypes: ['auth.user.login'],
    async handle(_envelope, scope, deps) {
      await scope.notifications.insert({
        id: deps.ids.next(),
        userId: ada.userId,
        category,
        title: `${category} news`,
        body: 'body',
        link: null,
        createdAt: deps.clock.now(),
      });
    },
  });
  const run = (handler: EventHandler) =>
    bed.handle(
      deliveringNotifications(handler),
      createEnvelope(
        { type: 'auth.user.login', data: { userId: ada.userId, ipAddress: '127.0.0.1' } },
        { messageId: bed.ids.next(), timestamp: bed.clock.now(), correlationId: 'corr' },
      ),
    );
  const sent = () => bed.db.tables.outbox.filter((e) => e.eventType === 'notification.sent');

  beforeEach(() => {
    bed = new RecruitingTestbed();
    ada = bed.user('jobseeker');
  });

  it('Given notifications for a person, When delivered, Then each is numbered in their inbox and announced by notification.sent', async () => {
    await run(writer('learning'));
    await run(writer('challenges'));

    const stored = [...bed.db.tables.notifications.values()];
    expect(stored.map((n) => n.title)).toEqual(['learning news', 'challenges news']);
    expect(sent().map((e) => e.data)).toEqual([
      { notificationId: stored[0]?.id, userId: ada.userId, category: 'learning', seq: 1 },
      { notificationId: stored[1]?.id, userId: ada.userId, category: 'challenges', seq: 2 },
    ]);
  });

  it('Given a person who switched learning off, When a learning notification is delivered, Then it is neither stored nor announced, and other categories still are', async () => {
    await bed.inbox.setMuted(ada.userId, 'learning', true);

    await run(writer('learning'));
    await run(writer('challenges'));

    expect([...bed.db.tables.notifications.values()].map((n) => n.category)).toEqual(['challenges']);
    expect(sent().map((e) => (e.data as { seq: number }).seq)).toEqual([1]);
  });

  it('Given an always-on category marked off in storage, When delivered, Then it is stored anyway', async () => {
    bed.db.tables.notificationPreferences.set(ada.userId, new Set(['billing']));

    await run(writer('billing'));

    expect([...bed.db.tables.notifications.values()].map((n) => n.category)).toEqual(['billing']);
    expect(sent()).toHaveLength(1);
  });

  it('Given a handler that fails after writing, When it is retried, Then the rolled-back notification was never announced', async () => {
    const failing: EventHandler = {
      ...writer('learning'),
      async handle(envelope, scope, deps) {
        await writer('learning').handle(envelope, scope, deps);
        throw new Error('broker hiccup');
      },
    };
    await expect(run(failing)).rejects.toThrow('broker hiccup');
    await run(writer('learning'));

    expect(sent().map((e) => (e.data as { seq: number }).seq)).toEqual([1]);
  });
});
