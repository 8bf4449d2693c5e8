import { ChallengeTestbed, InMemoryNotificationInbox, type TestUser } from '@talentsphere/adapters/in-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotificationCenter } from './notification-center';

describe('NotificationCenter', () => {
  // Any testbed with live updates will do; the center reads and writes only notifications.
  let bed: ChallengeTestbed;
  let inbox: InMemoryNotificationInbox;
  let center: NotificationCenter;
  let ada: TestUser;
  let bob: TestUser;
  const ids: Record<string, string> = {};

  const notify = (user: TestUser, title: string) => {
    const id = bed.ids.next();
    ids[title] = id;
    bed.db.tables.notifications.set(id, {
      id,
      userId: user.userId,
      category: 'recruiting',
      title,
      body: `${title} body`,
      link: null,
      createdAt: bed.clock.now(),
    });
    bed.clock.advance(1);
  };

  beforeEach(() => {
    bed = new ChallengeTestbed();
    inbox = new InMemoryNotificationInbox(bed.db);
    center = new NotificationCenter({ inbox, clock: bed.clock, live: bed.live });
    ada = bed.user('jobseeker');
    bob = bed.user('jobseeker');
    notify(ada, 'ada-1');
    notify(bob, 'bob-1');
    notify(ada, 'ada-2');
    notify(ada, 'ada-3');
  });

  it('Given notifications of two people, When one lists, Then they see only theirs, newest first, with the unread count', async () => {
    const listed = (await center.list(ada, { limit: 2, unreadOnly: false }))._unsafeUnwrap();
    expect(listed.items.map((n) => n.title)).toEqual(['ada-3', 'ada-2']);
    expect(listed.unread).toBe(3);
  });

  it("Given ids of own and someone else's notifications, When marking them read, Then only the own ones are marked", async () => {
    const marked = await center.markRead(ada, { ids: [ids['ada-1'] ?? '', ids['bob-1'] ?? ''] });

    expect(marked._unsafeUnwrap()).toEqual({ marked: 1 });
    const adas = (await center.list(ada, { limit: 10, unreadOnly: false }))._unsafeUnwrap();
    expect(adas.unread).toBe(2);
    expect(adas.items.find((n) => n.title === 'ada-1')?.readAt).toBe(bed.clock.now().toISOString());
    const bobs = (await center.list(bob, { limit: 10, unreadOnly: true }))._unsafeUnwrap();
    expect(bobs).toMatchObject({ unread: 1, items: [{ title: 'bob-1', readAt: null }] });
  });

  it('Given unread notifications, When marking all read, Then the unread list is empty and a second mark marks none', async () => {
    expect((await center.markRead(ada, { ids: null }))._unsafeUnwrap()).toEqual({ marked: 3 });
    expect((await center.list(ada, { limit: 10, unreadOnly: true }))._unsafeUnwrap()).toEqual({
      items: [],
      unread: 0,
    });
    expect((await center.markRead(ada, { ids: null }))._unsafeUnwrap()).toEqual({ marked: 0 });
    expect((await center.list(bob, { limit: 10, unreadOnly: true }))._unsafeUnwrap().unread).toBe(1);
  });

  it('Given a new person, When they read their preferences, Then every category is on and only account and billing are locked', async () => {
    const preferences = (await center.preferences(ada))._unsafeUnwrap();
    expect(preferences).toEqual([
      { category: 'recruiting', inApp: true, switchable: true },
      { category: 'learning', inApp: true, switchable: true },
      { category: 'challenges', inApp: true, switchable: true },
      { category: 'achievements', inApp: true, switchable: true },
      { category: 'network', inApp: true, switchable: true },
      { category: 'billing', inApp: true, switchable: false },
      { category: 'account', inApp: true, switchable: false },
    ]);
  });

  it('Given a person, When they switch learning off and on again, Then only their own preference changes each time', async () => {
    const off = (await center.setPreference(ada, { category: 'learning', inApp: false }))._unsafeUnwrap();
    expect(off.find((p) => p.category === 'learning')?.inApp).toBe(false);
    expect(await inbox.mutedCategories(ada.userId)).toEqual(new Set(['learning']));
    expect(await inbox.mutedCategories(bob.userId)).toEqual(new Set());

    const on = (await center.setPreference(ada, { category: 'learning', inApp: true }))._unsafeUnwrap();
    expect(on.every((p) => p.inApp)).toBe(true);
  });

  it('Given an always-on category, When someone switches it off, Then NOTIFICATION_001 refuses and nothing changes', async () => {
    const refused = await center.setPreference(ada, { category: 'billing', inApp: false });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ kind: 'Validation', code: 'NOTIFICATION_001' });
    expect(await inbox.mutedCategories(ada.userId)).toEqual(new Set());
    expect((await center.setPreference(ada, { category: 'billing', inApp: true })).isOk()).toBe(true);
  });
});
