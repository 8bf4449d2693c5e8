import { NetworkTestbed, type TestUser } from '@talentsphere/adapters/in-memory';
import { NETWORK_POLICY } from '@talentsphere/domain/networking';
import { beforeEach, describe, expect, it } from 'vitest';
import { announceNetworkNews } from './announce-network-news.handler';

describe('networking use cases', () => {
  let bed: NetworkTestbed;
  let ana: TestUser;
  let ben: TestUser;
  let cal: TestUser;
  beforeEach(() => {
    bed = new NetworkTestbed();
    ana = bed.user('Ana Araújo');
    ben = bed.user('Ben Brown', 'employer');
    cal = bed.user('Cal Chen');
  });

  const request = (from: TestUser, to: TestUser) =>
    bed.services.requestConnection.execute(from, { userId: to.userId }, bed.ctx);
  const answer = (who: TestUser, connectionId: string, a: 'accept' | 'ignore') =>
    bed.services.answerConnection.execute(who, { connectionId, answer: a }, bed.ctx);
  const send = (from: TestUser, to: TestUser, body = 'Hello there') =>
    bed.services.sendMessage.execute(from, { recipientId: to.userId, body }, bed.ctx);
  const connect = async (a: TestUser, b: TestUser) => {
    const { connectionId } = (await request(a, b))._unsafeUnwrap();
    (await answer(b, connectionId, 'accept'))._unsafeUnwrap();
    return connectionId;
  };

  it('Given a request, When the recipient accepts, Then both see the connection and the outbox holds requested then accepted', async () => {
    const { connectionId } = (await request(ana, ben))._unsafeUnwrap();
    expect((await bed.services.getNetwork.execute(ben))._unsafeUnwrap().incoming).toEqual([
      { connectionId, person: { userId: ana.userId, name: 'Ana Araújo' }, requestedAt: bed.clock.now() },
    ]);
    expect((await answer(ben, connectionId, 'accept'))._unsafeUnwrap()).toEqual({
      connectionId,
      status: 'accepted',
    });
    expect(
      (await bed.services.getNetwork.execute(ana))._unsafeUnwrap().connections.map((c) => c.person.name),
    ).toEqual(['Ben Brown']);
    expect(bed.db.tables.outbox.map((e) => [e.eventType, e.data])).toEqual([
      ['network.connection.requested', { connectionId, requesterId: ana.userId, recipientId: ben.userId }],
      ['network.connection.accepted', { connectionId, requesterId: ana.userId, recipientId: ben.userId }],
    ]);
  });

  it('Given a pending request, When the requester accepts it or a third person answers or withdraws it, Then it is refused and nothing changes', async () => {
    const { connectionId } = (await request(ana, ben))._unsafeUnwrap();
    expect((await answer(ana, connectionId, 'accept'))._unsafeUnwrapErr().code).toBe('NETWORK_002');
    expect((await answer(cal, connectionId, 'ignore'))._unsafeUnwrapErr().code).toBe('NETWORK_001');
    expect(
      (await bed.services.withdrawConnection.execute(cal, { connectionId }, bed.ctx))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_001');
    expect(
      (await bed.services.withdrawConnection.execute(ben, { connectionId }, bed.ctx))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_002');
    expect(bed.db.tables.network.connections.get(connectionId)?.status).toBe('pending');
    expect(bed.events('network.connection.accepted')).toEqual([]);
  });

  it('Given a pending request, When either side asks again, Then NETWORK_004; once withdrawn, the requester waits a day', async () => {
    const { connectionId } = (await request(ana, ben))._unsafeUnwrap();
    expect((await request(ana, ben))._unsafeUnwrapErr().code).toBe('NETWORK_004');
    expect((await request(ben, ana))._unsafeUnwrapErr().code).toBe('NETWORK_004');
    (await bed.services.withdrawConnection.execute(ana, { connectionId }, bed.ctx))._unsafeUnwrap();
    expect((await request(ana, ben))._unsafeUnwrapErr().code).toBe('NETWORK_007');
    bed.clock.advance(86_400);
    expect((await request(ana, ben)).isOk()).toBe(true);
  });

  it('Given the weekly cap, When one more request is sent, Then NETWORK_005 with a retry time, and a week later it goes through', async () => {
    const others = Array.from({ length: NETWORK_POLICY.weeklyRequestCap + 1 }, (_, i) =>
      bed.user(`Person ${i}`),
    );
    for (const other of others.slice(0, -1)) (await request(ana, other))._unsafeUnwrap();
    const last = others.at(-1) as TestUser;
    const refused = (await request(ana, last))._unsafeUnwrapErr();
    expect(refused).toMatchObject({
      kind: 'RateLimited',
      code: 'NETWORK_005',
      retryAfterSeconds: 7 * 86_400,
    });
    expect(bed.events('network.connection.requested')).toHaveLength(NETWORK_POLICY.weeklyRequestCap);
    bed.clock.advance(7 * 86_400);
    expect((await request(ana, last)).isOk()).toBe(true);
  });

  it('Given an unknown person or oneself, When requesting, Then NETWORK_001 or NETWORK_008', async () => {
    expect(
      (
        await bed.services.requestConnection.execute(ana, { userId: bed.ids.next() }, bed.ctx)
      )._unsafeUnwrapErr().code,
    ).toBe('NETWORK_001');
    expect((await request(ana, ana))._unsafeUnwrapErr().code).toBe('NETWORK_008');
  });

  it('Given a connection, When one blocks the other, Then the connection is removed and neither can request or message until the block is lifted', async () => {
    await connect(ana, ben);
    (await bed.services.blockMember.execute(ben, { userId: ana.userId }, bed.ctx))._unsafeUnwrap();
    expect((await bed.services.getNetwork.execute(ana))._unsafeUnwrap().connections).toEqual([]);
    expect((await request(ana, ben))._unsafeUnwrapErr().code).toBe('NETWORK_006');
    expect((await request(ben, ana))._unsafeUnwrapErr().code).toBe('NETWORK_006');
    expect((await send(ana, ben))._unsafeUnwrapErr().code).toBe('NETWORK_006');
    expect(
      (await bed.services.getRelationship.execute(ana, { userId: ben.userId }))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_001');
    expect(
      (await bed.services.unblockMember.execute(ana, { userId: ben.userId }, bed.ctx))._unsafeUnwrap(),
    ).toEqual({
      unblocked: false,
    });
    (await bed.services.unblockMember.execute(ben, { userId: ana.userId }, bed.ctx))._unsafeUnwrap();
    expect((await send(ana, ben)).isOk()).toBe(true);
  });

  it('Given a pending request to the blocker, When blocked, Then the request ends as ignored and blocking oneself is refused', async () => {
    const { connectionId } = (await request(ana, ben))._unsafeUnwrap();
    (await bed.services.blockMember.execute(ben, { userId: ana.userId }, bed.ctx))._unsafeUnwrap();
    expect(bed.db.tables.network.connections.get(connectionId)?.status).toBe('ignored');
    expect(
      (await bed.services.blockMember.execute(ben, { userId: ben.userId }, bed.ctx))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_008');
  });

  it('Given connections, When they message, Then the conversation lists unread counts that reading clears, and network.message.sent is recorded', async () => {
    await connect(ana, ben);
    const { conversationId, messageId } = (await send(ana, ben, 'First'))._unsafeUnwrap();
    (await send(ana, ben, 'Second'))._unsafeUnwrap();
    expect((await bed.services.listConversations.execute(ben))._unsafeUnwrap()).toEqual([
      expect.objectContaining({
        conversationId,
        status: 'open',
        unread: 2,
        lastMessage: expect.objectContaining({ body: 'Second' }),
      }),
    ]);
    expect((await bed.services.getNetworkPulse.execute(ben))._unsafeUnwrap()).toMatchObject({
      unreadMessages: 2,
    });
    (await bed.services.markConversationRead.execute(ben, { conversationId }, bed.ctx))._unsafeUnwrap();
    expect((await bed.services.getNetworkPulse.execute(ben))._unsafeUnwrap().unreadMessages).toBe(0);
    expect(bed.events('network.message.sent')[0]?.data).toEqual({
      messageId,
      conversationId,
      senderId: ana.userId,
      recipientId: ben.userId,
      seq: 1,
      request: false,
    });
    expect(
      (await bed.services.markConversationRead.execute(cal, { conversationId }, bed.ctx))._unsafeUnwrapErr()
        .code,
    ).toBe('NETWORK_001');
    expect(
      (await bed.services.getConversation.execute(cal, { conversationId }))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_001');
  });

  it('Given strangers, When one writes, Then it is a message request only the recipient may accept, after which both write freely', async () => {
    const { conversationId } = (await send(cal, ben, 'Hi, I saw your job post'))._unsafeUnwrap();
    expect((await send(cal, ben, 'Hello?'))._unsafeUnwrapErr().code).toBe('NETWORK_010');
    expect((await bed.services.getNetworkPulse.execute(ben))._unsafeUnwrap().messageRequests).toBe(1);
    const answerAs = (who: TestUser, a: 'accept' | 'decline') =>
      bed.services.answerMessageRequest.execute(who, { conversationId, answer: a }, bed.ctx);
    expect((await answerAs(cal, 'accept'))._unsafeUnwrapErr().code).toBe('NETWORK_002');
    expect((await answerAs(ana, 'accept'))._unsafeUnwrapErr().code).toBe('NETWORK_001');
    expect((await answerAs(ben, 'accept'))._unsafeUnwrap().status).toBe('open');
    expect((await send(cal, ben, 'Thanks!')).isOk()).toBe(true);
    expect(bed.events('network.message.sent').map((e) => (e.data as { request: boolean }).request)).toEqual([
      true,
      false,
    ]);
  });

  it('Given the weekly message-request cap used up (an accepted request still counts), When writing to one more stranger, Then NETWORK_005 and no conversation; connections stay open to them, and a week later it goes through', async () => {
    await connect(ana, ben);
    const strangers = Array.from({ length: NETWORK_POLICY.weeklyMessageRequestCap + 1 }, (_, i) =>
      bed.user(`Stranger ${i}`),
    );
    const first = (await send(ana, strangers[0] as TestUser))._unsafeUnwrap();
    (
      await bed.services.answerMessageRequest.execute(
        strangers[0] as TestUser,
        { conversationId: first.conversationId, answer: 'accept' },
        bed.ctx,
      )
    )._unsafeUnwrap();
    for (const other of strangers.slice(1, -1)) (await send(ana, other))._unsafeUnwrap();
    const last = strangers.at(-1) as TestUser;
    expect((await send(ana, last))._unsafeUnwrapErr()).toMatchObject({
      kind: 'RateLimited',
      code: 'NETWORK_005',
      retryAfterSeconds: 7 * 86_400,
    });
    expect(bed.db.tables.network.conversations.size).toBe(NETWORK_POLICY.weeklyMessageRequestCap);
    expect((await send(ana, ben)).isOk()).toBe(true);
    expect((await send(ana, strangers[0] as TestUser)).isOk()).toBe(true);
    bed.clock.advance(7 * 86_400);
    expect((await send(ana, last)).isOk()).toBe(true);
  });

  it('Given a declined message request, When its sender writes again, Then NETWORK_011 and the recipient no longer lists it', async () => {
    const { conversationId } = (await send(cal, ben, 'Hi'))._unsafeUnwrap();
    (
      await bed.services.answerMessageRequest.execute(ben, { conversationId, answer: 'decline' }, bed.ctx)
    )._unsafeUnwrap();
    expect((await send(cal, ben, 'Please'))._unsafeUnwrapErr().code).toBe('NETWORK_011');
    expect((await bed.services.listConversations.execute(ben))._unsafeUnwrap()).toEqual([]);
  });

  it('Given a message longer than a request allows, When a stranger sends it, Then NETWORK_009 names the body', async () => {
    const long = 'x'.repeat(NETWORK_POLICY.messageRequestMaxLength + 1);
    expect((await send(cal, ben, long))._unsafeUnwrapErr()).toMatchObject({
      code: 'NETWORK_009',
      fields: { body: expect.any(String) },
    });
    expect(bed.db.tables.network.conversations.size).toBe(0);
  });

  it('Given someone watching their network, When a message for them is announced after commit, Then a new pulse arrives at once', async () => {
    await connect(ana, ben);
    const abort = new AbortController();
    const pulses = (await bed.services.watchNetwork.execute(ben, abort.signal))
      ._unsafeUnwrap()
      [Symbol.asyncIterator]();
    expect((await pulses.next()).value).toMatchObject({ unreadMessages: 0 });
    (await send(ana, ben, 'Live?'))._unsafeUnwrap();
    const sent = bed.events('network.message.sent')[0];
    if (!sent) throw new Error('no message event');
    await bed.handle(announceNetworkNews(bed.live), sent);
    const next = await pulses.next();
    expect(next.value).toMatchObject({
      unreadMessages: 1,
      latestMessageId: (sent.data as { messageId: string }).messageId,
    });
    abort.abort();
    expect((await pulses.next()).done).toBe(true);
  });
});
