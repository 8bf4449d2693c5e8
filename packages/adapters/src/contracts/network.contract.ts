import type { NetworkQueries } from '@talentsphere/application/networking';
import type { TransactionScope, UnitOfWork } from '@talentsphere/application/shared';
import { cancelEnrollment } from '@talentsphere/domain/learning';
import {
  acceptConnection,
  acceptMessageRequest,
  type Connection,
  type Conversation,
  declineMessageRequest,
  ignoreConnection,
  markRead,
  type RequestFacts,
  removeConnection,
  requestConnection,
  sendMessage,
} from '@talentsphere/domain/networking';
import { v7 } from 'uuid';
import { beforeEach, describe, expect, it } from 'vitest';
import { aChallenge, aJudgedSubmission } from './challenge-fixtures';
import { committed } from './contract-fixtures';
import { aCourse, anEnrollment, minutes } from './learning-fixtures';
import { storedUser } from './recruiting-fixtures';

const noRequestFacts: RequestFacts = { pairHistory: [], recentRequestTimes: [], blocked: false };

const asked = (from: string, to: string, at = minutes(1)): Connection =>
  requestConnection({ id: v7(), requesterId: from, recipientId: to }, noRequestFacts, {
    now: at,
  })._unsafeUnwrap().state;
const accepted = (from: string, to: string, at = minutes(1)): Connection =>
  acceptConnection(asked(from, to, at), to, { now: minutes(2) })._unsafeUnwrap().state;

/** Sends in the pair's conversation (or a new one) and saves it like the use case does. */
async function write(
  scope: TransactionScope,
  from: string,
  to: string,
  body: string,
  at: Date,
  connected = true,
): Promise<Conversation> {
  const existing = await scope.network.conversationBetween(from, to, 'update');
  const sent = sendMessage(
    existing ?? null,
    { conversationId: v7(), messageId: v7(), senderId: from, recipientId: to, body },
    { connected, blocked: false, recentMessageRequestTimes: [] },
    { now: at },
  )._unsafeUnwrap();
  if (existing) await scope.network.updateConversation(sent.state);
  else await scope.network.insertConversation(sent.state);
  await scope.network.insertMessage(sent.message);
  return sent.state;
}

/** What every NetworkRepository and NetworkQueries adapter must do. */
export function networkContract(
  adapter: string,
  subject: () => Promise<{ uow: UnitOfWork; queries: NetworkQueries }>,
): void {
  describe(`Network contract: ${adapter}`, () => {
    let uow: UnitOfWork;
    let queries: NetworkQueries;
    beforeEach(async () => {
      ({ uow, queries } = await subject());
    });

    const people = (...names: string[]) =>
      committed(uow, async (scope) => {
        const users = [];
        for (const name of names) users.push((await storedUser(scope, name)).id);
        await scope.network.lockMembers(users);
        return users;
      });

    it('Given requests both ways, When stored, Then the pair history, times and updates read back; a second active row either way is a duplicate', async () => {
      const [ana, ben] = (await people('Ana', 'Ben')) as [string, string];
      const first = asked(ana, ben, minutes(1));
      const outcome = await committed(uow, async (scope) => {
        const inserted = await scope.network.insertConnection(first);
        const sameWay = await scope.network.insertConnection(asked(ana, ben, minutes(2)));
        const otherWay = await scope.network.insertConnection(asked(ben, ana, minutes(2)));
        return { inserted, sameWay, otherWay };
      });
      expect(outcome).toEqual({ inserted: 'inserted', sameWay: 'duplicate', otherWay: 'duplicate' });
      const ignored = ignoreConnection(first, ben, { now: minutes(3) })._unsafeUnwrap().state;
      const again = asked(ben, ana, minutes(4));
      const read = await committed(uow, async (scope) => {
        await scope.network.updateConnection(ignored);
        const afterIgnore = await scope.network.insertConnection(again);
        return {
          afterIgnore,
          byId: await scope.network.connectionById(first.id, 'update'),
          history: await scope.network.pairHistory(ben, ana, 'update'),
          times: await scope.network.requestTimesSince(ana, minutes(0)),
          later: await scope.network.requestTimesSince(ana, minutes(2)),
        };
      });
      expect(read.afterIgnore).toBe('inserted');
      expect(read.byId).toEqual(ignored);
      expect(read.history).toEqual([ignored, again]);
      expect(read.times).toEqual([minutes(1)]);
      expect(read.later).toEqual([]);
    });

    it('Given a block, When checked either way, Then it holds until the blocker lifts it; blocking twice is one block', async () => {
      const [ana, ben, cal] = (await people('Ana', 'Ben', 'Cal')) as [string, string, string];
      const read = await committed(uow, async (scope) => {
        await scope.network.block(ana, ben, minutes(1));
        await scope.network.block(ana, ben, minutes(2));
        return {
          either: [await scope.network.isBlocked(ana, ben), await scope.network.isBlocked(ben, ana)],
          other: await scope.network.isBlocked(ana, cal),
          wrongSide: await scope.network.unblock(ben, ana),
        };
      });
      expect(read).toEqual({ either: [true, true], other: false, wrongSide: false });
      expect((await queries.overview(ana)).blocked).toEqual([{ userId: ben, name: 'Ben' }]);
      expect((await queries.overview(ben)).blocked).toEqual([]);
      const lifted = await committed(uow, async (scope) => ({
        unblocked: await scope.network.unblock(ana, ben),
        still: await scope.network.isBlocked(ben, ana),
      }));
      expect(lifted).toEqual({ unblocked: true, still: false });
    });

    it('Given pending and accepted rows, When reading the overview, Then each side sees incoming, outgoing and connections with names', async () => {
      const [ana, ben, cal, dan] = (await people('Ana', 'Ben', 'Cal', 'Dan')) as [
        string,
        string,
        string,
        string,
      ];
      const [toBen, fromCal, withDan] = [asked(ana, ben), asked(cal, ana), accepted(dan, ana)];
      await committed(uow, async (scope) => {
        for (const c of [toBen, fromCal, withDan]) await scope.network.insertConnection(c);
      });
      expect(await queries.overview(ana)).toEqual({
        incoming: [
          { connectionId: fromCal.id, person: { userId: cal, name: 'Cal' }, requestedAt: minutes(1) },
        ],
        outgoing: [{ connectionId: toBen.id, person: { userId: ben, name: 'Ben' }, requestedAt: minutes(1) }],
        connections: [
          { connectionId: withDan.id, person: { userId: dan, name: 'Dan' }, connectedAt: minutes(2) },
        ],
        blocked: [],
      });
      expect((await queries.overview(ben)).incoming.map((r) => r.person.name)).toEqual(['Ana']);
    });

    it('Given messages both ways, When reading, Then the conversation, unread counts, last message and pulse agree; reading clears them', async () => {
      const [ana, ben] = (await people('Ana', 'Ben')) as [string, string];
      const conversation = await committed(uow, async (scope) => {
        await write(scope, ana, ben, 'Hi Ben', minutes(1));
        await write(scope, ana, ben, 'Are you there?', minutes(2));
        return write(scope, ben, ana, 'Yes!', minutes(3)).then(() =>
          write(scope, ana, ben, 'Great', minutes(4)),
        );
      });
      expect(await committed(uow, (scope) => scope.network.conversationById(conversation.id))).toEqual(
        conversation,
      );
      const forBen = await queries.conversation(conversation.id, ben, 10);
      expect(forBen).toMatchObject({
        person: { userId: ana, name: 'Ana' },
        status: 'open',
        startedByMe: false,
        unread: 1,
        lastMessage: { body: 'Great', fromMe: false, sentAt: minutes(4) },
      });
      expect(forBen?.messages.map((m) => [m.seq, m.body])).toEqual([
        [1, 'Hi Ben'],
        [2, 'Are you there?'],
        [3, 'Yes!'],
        [4, 'Great'],
      ]);
      expect((await queries.conversation(conversation.id, ben, 2))?.messages.map((m) => m.seq)).toEqual([
        3, 4,
      ]);
      expect(await queries.pulse(ben)).toEqual({
        unreadMessages: 1,
        incomingRequests: 0,
        messageRequests: 0,
        latestMessageId: forBen?.messages.at(-1)?.messageId,
      });
      await committed(uow, (scope) =>
        scope.network.updateConversation(markRead(conversation, ben, { now: minutes(5) })._unsafeUnwrap()),
      );
      expect((await queries.conversations(ben)).map((c) => [c.person.name, c.unread])).toEqual([['Ana', 0]]);
      const [cal] = (await people('Cal')) as [string];
      expect(await queries.conversation(conversation.id, cal, 10)).toBeUndefined();
    });

    it('Given message requests, When one is declined, Then only its initiator still sees it; the pulse counts requests waiting for an answer', async () => {
      const [ana, ben, cal] = (await people('Ana', 'Ben', 'Cal')) as [string, string, string];
      const fromCal = await committed(uow, async (scope) => {
        const fromAna = await write(
          scope,
          ana,
          ben,
          'Hello, may I ask about your course?',
          minutes(1),
          false,
        );
        const declined = declineMessageRequest(fromAna, ben, { now: minutes(2) })._unsafeUnwrap();
        await scope.network.updateConversation(declined);
        return write(scope, cal, ben, 'Hi from Cal', minutes(3), false);
      });
      expect((await queries.conversations(ben)).map((c) => [c.person.name, c.status, c.startedByMe])).toEqual(
        [['Cal', 'requested', false]],
      );
      expect((await queries.conversations(ana)).map((c) => [c.person.name, c.status])).toEqual([
        ['Ben', 'declined'],
      ]);
      expect(await queries.pulse(ben)).toMatchObject({ messageRequests: 1, unreadMessages: 1 });
      expect(await queries.pulse(cal)).toMatchObject({ messageRequests: 0, unreadMessages: 0 });
      expect((await queries.relationship(ben, cal))?.conversationId).toBe(fromCal.id);
      expect((await queries.relationship(ben, ana))?.conversationId).toBeNull();
    });

    it('Given conversations started before, while and after being connected, When counting message requests, Then only those begun as a stranger count, whatever became of them, and only since the given time', async () => {
      const [ana, ben, cal, dan, eve] = (await people('Ana', 'Ben', 'Cal', 'Dan', 'Eve')) as [
        string,
        string,
        string,
        string,
        string,
      ];
      // Cal connected (accepted at minute 2); Dan connected then removed at minute 4.
      const withCal = accepted(ana, cal);
      const withDan = removeConnection(accepted(dan, ana), ana, { now: minutes(4) })._unsafeUnwrap().state;
      const times = await committed(uow, async (scope) => {
        await scope.network.insertConnection(withCal);
        await scope.network.insertConnection(withDan);
        await write(scope, ana, ben, 'Hi Ben', minutes(1), false);
        await write(scope, ana, dan, 'Hi Dan', minutes(3));
        await write(scope, ana, cal, 'Hi Cal', minutes(5));
        const toEve = await write(scope, ana, eve, 'Hi Eve', minutes(6), false);
        // Eve accepted: it still was a request when it began.
        await scope.network.updateConversation(
          acceptMessageRequest(toEve, eve, { now: minutes(7) })._unsafeUnwrap(),
        );
        // Ben writing back to Ana is not Ana's request, nor a new one of Ben's.
        await write(scope, ben, ana, 'Hello Ana', minutes(8), false);
        return {
          all: await scope.network.messageRequestTimesSince(ana, minutes(0)),
          later: await scope.network.messageRequestTimesSince(ana, minutes(2)),
          ben: await scope.network.messageRequestTimesSince(ben, minutes(0)),
        };
      });
      const sorted = (ds: Date[]) => [...ds].sort((x, y) => x.getTime() - y.getTime());
      expect(sorted(times.all)).toEqual([minutes(1), minutes(6)]);
      expect(times.later).toEqual([minutes(6)]);
      expect(times.ben).toEqual([]);
    });

    it('Given shared courses and solved challenges, When suggesting, Then people rank by what they share, without connections, pending requests, blocks, cancelled enrolments or failed attempts', async () => {
      const names = ['Me', 'Two', 'One', 'Linked', 'Pending', 'Blocker', 'Blocked', 'Cancelled', 'Failed'];
      const [me, two, one, linked, pending, blocker, blocked, cancelled, failed] = (await people(
        ...names,
      )) as string[] as [string, string, string, string, string, string, string, string, string];
      await committed(uow, async (scope) => {
        const author = (await storedUser(scope, 'Author')).id;
        const course = aCourse(author, { title: 'Typed services' });
        const challenge = aChallenge(author, { title: 'Two sum' });
        await scope.courses.insert(course);
        await scope.challenges.insert(challenge);
        for (const user of [me, two, one, linked, pending, blocker, blocked])
          await scope.enrollments.insert(anEnrollment(course, user));
        const dropped = cancelEnrollment(anEnrollment(course, cancelled), {
          now: minutes(5),
        })._unsafeUnwrap();
        await scope.enrollments.insert(dropped.state);
        for (const user of [me, two])
          await scope.submissions.insert(aJudgedSubmission(challenge, user, minutes(3)));
        await scope.submissions.insert(
          aJudgedSubmission(challenge, failed, minutes(3), { verdict: 'WRONG_ANSWER' }),
        );
        await scope.network.insertConnection(accepted(me, linked));
        await scope.network.insertConnection(asked(pending, me));
        await scope.network.block(blocker, me, minutes(1));
        await scope.network.block(me, blocked, minutes(1));
      });
      expect(await queries.suggestions(me, 10)).toEqual([
        {
          person: { userId: two, name: 'Two' },
          sharedCourses: ['Typed services'],
          sharedChallenges: ['Two sum'],
        },
        { person: { userId: one, name: 'One' }, sharedCourses: ['Typed services'], sharedChallenges: [] },
      ]);
      expect((await queries.suggestions(me, 1)).map((s) => s.person.name)).toEqual(['Two']);
      expect((await queries.suggestions(blocked, 10)).map((s) => s.person.name)).not.toContain('Me');
    });

    it('Given a pair, When asking how they stand, Then the connection, own block and conversation show; a blocker does not exist for the blocked', async () => {
      const [ana, ben] = (await people('Ana', 'Ben')) as [string, string];
      const request = asked(ana, ben);
      await committed(uow, (scope) => scope.network.insertConnection(request));
      expect(await queries.relationship(ben, ana)).toEqual({
        person: { userId: ana, name: 'Ana' },
        connection: { connectionId: request.id, status: 'pending', requestedByMe: false },
        blockedByMe: false,
        conversationId: null,
      });
      await committed(uow, (scope) => scope.network.block(ana, ben, minutes(2)));
      expect(await queries.relationship(ben, ana)).toBeUndefined();
      expect((await queries.relationship(ana, ben))?.blockedByMe).toBe(true);
      expect(await queries.relationship(ana, v7())).toBeUndefined();
    });
  });
}
