import { describe, expect, it } from 'vitest';
import {
  acceptMessageRequest,
  type Conversation,
  declineMessageRequest,
  markRead,
  sendMessage,
  unreadFor,
} from './conversation';
import { NETWORK_POLICY } from './network-policy';
import { ANA, BEN, CAL, day } from './networking.fixtures';

const stranger = { connected: false, blocked: false };
const connected = { connected: true, blocked: false };
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
    expect(send(null, ANA, 'Hi', { connected: true, blocked: true })._unsafeUnwrapErr().code).toBe(
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
