import type { NewNotification, NotificationInbox } from '@talentsphere/application/engagement';
import type { UnitOfWork } from '@talentsphere/application/shared';
import { errAsync, ResultAsync } from 'neverthrow';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aCorrelationId, aUser, committed, NOW } from './contract-fixtures';

export interface NotificationStoreSubject {
  readonly uow: UnitOfWork;
  readonly inbox: NotificationInbox;
}

/**
 * The notifications side of a transaction (NotificationRepository) and the inbox that reads it:
 * numbering in commit order, the cursor reads, read marks and category choices. Fresh users per test.
 */
export function notificationStoreContract(name: string, subject: () => Promise<NotificationStoreSubject>) {
  describe(`notification store contract: ${name}`, () => {
    let uow: UnitOfWork;
    let inbox: NotificationInbox;
    let ada: string;
    let bob: string;
    let minute = 0;

    const aNotification = (userId: string, title: string): NewNotification => ({
      id: v7(),
      userId,
      category: 'learning',
      title,
      body: `${title} body`,
      link: `/somewhere/${title}`,
      createdAt: new Date(NOW.getTime() + ++minute * 60_000),
    });
    const insert = (userId: string, title: string) =>
      committed(uow, (scope) => scope.notifications.insert(aNotification(userId, title)));
    const seqs = (views: readonly { seq: number; title: string }[]) =>
      views.map((v) => `${v.seq}:${v.title}`);

    beforeEach(async () => {
      ({ uow, inbox } = await subject());
      const [a, b] = [aUser(), aUser()];
      await committed(uow, async (scope) => {
        await scope.users.insert(a);
        await scope.users.insert(b);
      });
      ada = a.id;
      bob = b.id;
    });

    it('Given notifications for two people, When inserted, Then each inbox numbers its own from 1 and lists newest first', async () => {
      expect(await inbox.lastSeq(ada)).toBe(0);
      expect(await insert(ada, 'a1')).toEqual({ seq: 1 });
      expect(await insert(bob, 'b1')).toEqual({ seq: 1 });
      expect(await insert(ada, 'a2')).toEqual({ seq: 2 });

      const listed = await inbox.list(ada, { limit: 10, unreadOnly: false });
      expect(seqs(listed)).toEqual(['2:a2', '1:a1']);
      expect(listed[1]).toEqual({
        id: expect.any(String),
        seq: 1,
        category: 'learning',
        title: 'a1',
        body: 'a1 body',
        link: '/somewhere/a1',
        createdAt: expect.stringMatching(/^2026-03-01T12:0\d:00\.000Z$/),
        readAt: null,
      });
      expect(await inbox.lastSeq(ada)).toBe(2);
      expect(await inbox.lastSeq(bob)).toBe(1);
    });

    it('Given a rolled-back insert, When the next one commits, Then it takes the number the rolled-back one had', async () => {
      await insert(ada, 'kept');
      const refusal = { kind: 'Conflict', code: 'TEST', message: 'rolled back' } as const;
      await uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(scope.notifications.insert(aNotification(ada, 'dropped'))).andThen(() =>
            errAsync(refusal),
          ),
        { correlationId: aCorrelationId() },
      );
      await insert(ada, 'next');

      expect(seqs(await inbox.listAfter(ada, 0, 10))).toEqual(['1:kept', '2:next']);
    });

    it('Given two transactions inserting for one person at once, When both commit, Then the numbers follow the commit order', async () => {
      let releaseFirst = () => {};
      const firstMayCommit = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      let firstInserted = () => {};
      const firstHasInserted = new Promise<void>((resolve) => {
        firstInserted = resolve;
      });
      const first = committed(uow, async (scope) => {
        const stored = await scope.notifications.insert(aNotification(ada, 'first'));
        firstInserted();
        await firstMayCommit;
        return stored;
      });
      await firstHasInserted;
      const second = committed(uow, (scope) => scope.notifications.insert(aNotification(ada, 'second')));
      // The second waits for the first's counter (or, on one connection, for the connection).
      await new Promise((resolve) => setTimeout(resolve, 50));
      releaseFirst();

      expect(await first).toEqual({ seq: 1 });
      expect(await second).toEqual({ seq: 2 });
      expect(seqs(await inbox.listAfter(ada, 0, 10))).toEqual(['1:first', '2:second']);
    });

    it('Given several notifications, When read after a number, Then those above it come oldest first, at most the limit', async () => {
      for (const title of ['n1', 'n2', 'n3', 'n4']) await insert(ada, title);
      await insert(bob, 'other');

      expect(seqs(await inbox.listAfter(ada, 1, 2))).toEqual(['2:n2', '3:n3']);
      expect(seqs(await inbox.listAfter(ada, 3, 10))).toEqual(['4:n4']);
      expect(await inbox.listAfter(ada, 4, 10)).toEqual([]);
    });

    it('Given read marks, When counting and listing unread, Then only the person’s own are marked, one at a time or all', async () => {
      await insert(ada, 'a1');
      await insert(ada, 'a2');
      await insert(bob, 'b1');
      const [a2, a1] = await inbox.list(ada, { limit: 10, unreadOnly: false });
      const [b1] = await inbox.list(bob, { limit: 10, unreadOnly: false });
      const at = new Date(NOW.getTime() + 3_600_000);

      expect(await inbox.markRead(ada, [a1?.id ?? '', b1?.id ?? ''], at)).toBe(1);
      expect(await inbox.unreadCount(ada)).toBe(1);
      expect(seqs(await inbox.list(ada, { limit: 10, unreadOnly: true }))).toEqual(['2:a2']);
      expect((await inbox.list(ada, { limit: 10, unreadOnly: false }))[1]?.readAt).toBe(at.toISOString());
      expect(await inbox.markRead(ada, null, at)).toBe(1);
      expect(await inbox.markRead(ada, [a2?.id ?? ''], at)).toBe(0);
      expect(await inbox.unreadCount(ada)).toBe(0);
      expect(await inbox.unreadCount(bob)).toBe(1);
    });

    it('Given category choices, When read inside and outside a transaction, Then each person sees their own, and switching on again clears it', async () => {
      expect(await inbox.mutedCategories(ada)).toEqual(new Set());
      await inbox.setMuted(ada, 'learning', true, NOW);
      await inbox.setMuted(ada, 'challenges', true, NOW);
      await inbox.setMuted(ada, 'challenges', false, NOW);

      expect(await inbox.mutedCategories(ada)).toEqual(new Set(['learning']));
      expect(await inbox.mutedCategories(bob)).toEqual(new Set());
      expect(await committed(uow, (scope) => scope.notifications.mutedCategories(ada))).toEqual(
        new Set(['learning']),
      );
    });
  });
}
