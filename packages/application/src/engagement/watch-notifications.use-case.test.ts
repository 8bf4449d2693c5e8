import { ChallengeTestbed, InMemoryNotificationInbox, type TestUser } from '@talentsphere/adapters/in-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEnvelope } from '../events';
import type { EventHandler } from '../shared/event-handler';
import { announceNotifications } from './announce-notifications.handler';
import { deliveringNotifications } from './notification-delivery';
import type { NotificationView } from './notification-inbox.port';
import { WatchNotifications } from './watch-notifications.use-case';

describe('WatchNotifications', () => {
  // The challenge testbed has the in-memory live updates the verdict stream uses.
  let bed: ChallengeTestbed;
  let inbox: InMemoryNotificationInbox;
  let ada: TestUser;
  let bob: TestUser;
  let stop: AbortController;
  let relayed: number;

  /** A notification for `user` committed by the notification consumer, then relayed to the live consumer. */
  const notify = async (
    user: TestUser,
    title: string,
    options: { announce: boolean } = { announce: true },
  ) => {
    const writer: EventHandler = {
      consumer: 'notification',
      eventTypes: ['auth.user.login'],
      async handle(_envelope, scope, deps) {
        await scope.notifications.insert({
          id: deps.ids.next(),
          userId: user.userId,
          category: 'learning',
          title,
          body: 'body',
          link: null,
          createdAt: deps.clock.now(),
        });
      },
    };
    await bed.handle(
      deliveringNotifications(writer),
      createEnvelope(
        { type: 'auth.user.login', data: { userId: user.userId, ipAddress: '127.0.0.1' } },
        { messageId: bed.ids.next(), timestamp: bed.clock.now(), correlationId: 'corr' },
      ),
    );
    const sent = bed.db.tables.outbox.filter((e) => e.eventType === 'notification.sent').slice(relayed);
    relayed += sent.length;
    if (options.announce)
      for (const envelope of sent) await bed.handle(announceNotifications(bed.live), envelope);
  };

  const watch = async (user: TestUser, afterSeq: number | null, recheckMs?: number) => {
    const watcher = new WatchNotifications({ inbox, live: bed.live, recheckMs });
    const stream = (await watcher.execute(user, { afterSeq }, stop.signal))._unsafeUnwrap();
    return stream[Symbol.asyncIterator]();
  };
  const titles = async (stream: AsyncIterator<NotificationView>, count: number) => {
    const seen: string[] = [];
    while (seen.length < count) {
      const next = await stream.next();
      if (next.done) break;
      seen.push(`${next.value.seq}:${next.value.title}`);
    }
    return seen;
  };

  beforeEach(() => {
    bed = new ChallengeTestbed();
    inbox = new InMemoryNotificationInbox(bed.db);
    ada = bed.user('jobseeker');
    bob = bed.user('jobseeker');
    stop = new AbortController();
    relayed = 0;
  });
  afterEach(() => stop.abort());

  it('Given an open stream without a cursor, When notifications arrive, Then it yields only the new ones, the person’s own, in order', async () => {
    await notify(ada, 'old');
    const stream = await watch(ada, null);
    await notify(bob, 'for bob');
    await notify(ada, 'first');
    await notify(ada, 'second');

    expect(await titles(stream, 2)).toEqual(['2:first', '3:second']);
  });

  it('Given a client reconnecting with the last number it saw, When it subscribes, Then it first gets every one it missed, then live ones', async () => {
    for (const title of ['a', 'b', 'c']) await notify(ada, title);
    const stream = await watch(ada, 1);
    expect(await titles(stream, 2)).toEqual(['2:b', '3:c']);

    await notify(ada, 'd');
    expect(await titles(stream, 1)).toEqual(['4:d']);
  });

  it('Given a cursor past the end, When the stream opens, Then the next notification still arrives', async () => {
    await notify(ada, 'a');
    const stream = await watch(ada, 99);
    await notify(ada, 'b');
    expect(await titles(stream, 1)).toEqual(['2:b']);
  });

  it('Given an announcement that was lost, When the recheck comes, Then the notification arrives anyway, once', async () => {
    const stream = await watch(ada, null, 20);
    await notify(ada, 'unannounced', { announce: false });
    expect(await titles(stream, 1)).toEqual(['1:unannounced']);
    await notify(ada, 'announced');
    expect(await titles(stream, 1)).toEqual(['2:announced']);
  });

  it('Given an open stream, When the signal aborts, Then the stream ends and stops listening', async () => {
    const stream = await watch(ada, null);
    const pending = stream.next();
    stop.abort();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(bed.live.listenerCount(`engagement:notifications:${ada.userId}`)).toBe(0);
  });
});
