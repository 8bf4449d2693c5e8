import { describe, expect, it } from 'vitest';
import {
  acceptMessageRequest,
  type Conversation,
  declineMessageRequest,
  type MessageFacts,
  markRead,
  sendMessage,
  unreadFor,
} from './conversation';
import { NETWORK_POLICY } from './network-policy';
import { ANA, BEN, CAL, day } from './networking.fixtures';

const stranger: MessageFacts = { connected: false, blocked: false, recentMessageRequestTimes: [] };
const connected: MessageFacts = { connected: true, blocked: false, recentMessageRequestTimes: [] };
let n = 0;
const send = (c: Conversation | null, from: string, body = 'Hello', facts = stranger) =>
  sendMessage(
    c,
    {
      conversationId: 'v1',
      messageId: `m${++n}`,
      senderId: from,
      recipientId: from === ANA ? BEN : ANA,
      body,
    },
    facts,
    { now: day(3, n) },
  );

describe('sendMessage', () => {
  it('Given two connections, When one writes, Then the conversation is open and network.message.sent is recorded', () => {
    const { state, message, events } = send(null, ANA, '  Hi Ben  ', connected)._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'open', participants: [ANA, BEN], messageCount: 1 });
    expect(message).toMatchObject({ body: 'Hi Ben', seq: 1, senderId: ANA });
    expect(events).toEqual([
      {
        type: 'network.message.sent',
        data: {
          messageId: message.id,
          conversationId: 'v1',
          senderId: ANA,
          recipientId: BEN,
          seq: 1,
          request: false,
        },
      },
    ]);
  });

  it('Given strangers, When one writes, Then it is a message request; a second message before acceptance is NETWORK_010', () => {
    const first = send(null, ANA)._unsafeUnwrap();
    expect(first.state.status).toBe('requested');
    expect(first.events[0]?.data.request).toBe(true);
    expect(send(first.state, ANA)._unsafeUnwrapErr().code).toBe('NETWORK_010');
  });

  it('Given a message request, When the recipient accepts, Then both may write freely', () => {
    const requested = send(null, ANA)._unsafeUnwrap().state;
    const open = acceptMessageRequest(requested, BEN, { now: day(4) })._unsafeUnwrap();
    expect(open.status).toBe('open');
    expect(send(open, ANA).isOk()).toBe(true);
  });

  it('Given a message request, When the recipient replies, Then the reply accepts it', () => {
    const requested = send(null, ANA)._unsafeUnwrap().state;
    expect(send(requested, BEN)._unsafeUnwrap().state.status).toBe('open');
  });

  it('Given a declined request, When the initiator writes, Then NETWORK_011; once connected, they may', () => {
    const requested = send(null, ANA)._unsafeUnwrap().state;
    const declined = declineMessageRequest(requested, BEN, { now: day(4) })._unsafeUnwrap();
    expect(send(declined, ANA)._unsafeUnwrapErr().code).toBe('NETWORK_011');
    expect(send(declined, ANA, 'Hello again', connected)._unsafeUnwrap().state.status).toBe('open');
  });

  it('Given a message request, When its initiator or a third person answers it, Then NETWORK_002 or NETWORK_001', () => {
    const requested = send(null, ANA)._unsafeUnwrap().state;
    expect(acceptMessageRequest(requested, ANA, { now: day(4) })._unsafeUnwrapErr().code).toBe('NETWORK_002');
    expect(declineMessageRequest(requested, CAL, { now: day(4) })._unsafeUnwrapErr().code).toBe(
      'NETWORK_001',
    );
    const open = acceptMessageRequest(requested, BEN, { now: day(4) })._unsafeUnwrap();
    expect(declineMessageRequest(open, BEN, { now: day(4) })._unsafeUnwrapErr().code).toBe('NETWORK_003');
  });

  it('Given a block, When either writes, Then NETWORK_006', () => {
    expect(send(null, ANA, 'Hi', { ...connected, blocked: true })._unsafeUnwrapErr().code).toBe(
      'NETWORK_006',
    );
  });

  it('Given bodies at and beyond the limits, When sending, Then empty or too long is NETWORK_009 on body', () => {
    expect(send(null, ANA, '   ', connected)._unsafeUnwrapErr()).toMatchObject({
      code: 'NETWORK_009',
      fields: { body: expect.any(String) },
    });
    expect(send(null, ANA, 'x'.repeat(NETWORK_POLICY.messageMaxLength), connected).isOk()).toBe(true);
    expect(send(null, ANA, 'x'.repeat(NETWORK_POLICY.messageMaxLength + 1), connected).isErr()).toBe(true);
    expect(
      send(null, ANA, 'x'.repeat(NETWORK_POLICY.messageRequestMaxLength + 1))._unsafeUnwrapErr().code,
    ).toBe('NETWORK_009');
  });

  it('Given the weekly message-request cap reached, When writing to another stranger, Then NETWORK_005 with the wait until the oldest ages out; connections and existing conversations are not held back', () => {
    const cap = NETWORK_POLICY.weeklyMessageRequestCap;
    // One request a day ago, the rest an hour ago: the first frees a place six days from now.
    const now = day(10);
    const times = [new Date(now.getTime() - 86_400_000)].concat(
      Array.from({ length: cap - 1 }, () => new Date(now.getTime() - 3_600_000)),
    );
    const full = { ...stranger, recentMessageRequestTimes: times };
    const write = (c: Conversation | null, from: string, facts: MessageFacts) =>
      sendMessage(
        c,
        {
          conversationId: 'v9',
          messageId: 'm9',
          senderId: from,
          recipientId: from === ANA ? BEN : ANA,
          body: 'Hi',
        },
        facts,
        { now },
      );
    expect(write(null, ANA, full)._unsafeUnwrapErr()).toMatchObject({
      kind: 'RateLimited',
      code: 'NETWORK_005',
      retryAfterSeconds: 6 * 86_400,
    });
    expect(write(null, ANA, { ...full, recentMessageRequestTimes: times.slice(1) }).isOk()).toBe(true);
    expect(write(null, ANA, { ...full, connected: true }).isOk()).toBe(true);
    const asked = send(null, BEN)._unsafeUnwrap().state;
    expect(write(asked, ANA, full)._unsafeUnwrap().state.status).toBe('open');
  });

  it('Given oneself, When writing, Then NETWORK_008', () => {
    const self = sendMessage(
      null,
      { conversationId: 'v', messageId: 'm', senderId: ANA, recipientId: ANA, body: 'me' },
      connected,
      { now: day(3) },
    );
    expect(self._unsafeUnwrapErr().code).toBe('NETWORK_008');
  });
});

describe('unread counts', () => {
  it('Given three messages from Ana, When Ben reads, Then his unread goes 3 → 0 and Ana’s stays 0', () => {
    let c = send(null, ANA, 'a', connected)._unsafeUnwrap().state;
    c = send(c, ANA, 'b', connected)._unsafeUnwrap().state;
    c = send(c, ANA, 'c', connected)._unsafeUnwrap().state;
    expect([unreadFor(c, BEN), unreadFor(c, ANA)]).toEqual([3, 0]);
    c = markRead(c, BEN, { now: day(5) })._unsafeUnwrap();
    expect(unreadFor(c, BEN)).toBe(0);
    expect(markRead(c, CAL, { now: day(5) })._unsafeUnwrapErr().code).toBe('NETWORK_001');
  });
});
