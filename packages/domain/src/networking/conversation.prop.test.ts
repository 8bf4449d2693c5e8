import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptMessageRequest,
  type Conversation,
  declineMessageRequest,
  markRead,
  sendMessage,
  unreadFor,
} from './conversation';
import { DAY_MS, NETWORK_POLICY } from './network-policy';
import { ANA, BEN, day } from './networking.fixtures';

type Step =
  | { kind: 'send'; by: string; connected: boolean }
  | { kind: 'read' | 'accept' | 'decline'; by: string };

const person = fc.constantFrom(ANA, BEN);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('send' as const), by: person, connected: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('read' as const, 'accept' as const, 'decline' as const), by: person }),
);

describe('Conversation properties', () => {
  it('unread counts only the other person’s unseen messages, and a request’s initiator never gets a second message in before an answer (unless they connect)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let c: Conversation | null = null;
        const senders: string[] = [];
        // How many messages had been sent when each person last wrote or read: all before it are seen.
        const seenUpTo: Record<string, number> = { [ANA]: 0, [BEN]: 0 };
        const expectedUnread = (p: string) => senders.slice(seenUpTo[p]).filter((s) => s !== p).length;
        steps.forEach((s, i) => {
          const now = day(2, i);
          if (s.kind === 'send') {
            const sent = sendMessage(
              c,
              {
                conversationId: 'v',
                messageId: `m${i}`,
                senderId: s.by,
                recipientId: s.by === ANA ? BEN : ANA,
                body: 'hi',
              },
              { connected: s.connected, blocked: false, recentMessageRequestTimes: [] },
              { now },
            );
            if (sent.isOk()) {
              // Only connecting lets the initiator past an unanswered request.
              if (c?.status === 'requested' && !s.connected) expect(s.by === c.initiatorId).toBe(false);
              c = sent.value.state;
              senders.push(s.by);
              seenUpTo[s.by] = senders.length;
              expect(unreadFor(c, s.by)).toBe(0);
            }
            if (c) for (const p of [ANA, BEN]) expect(unreadFor(c, p)).toBe(expectedUnread(p));
            return;
          }
          if (!c) return;
          const f = { read: markRead, accept: acceptMessageRequest, decline: declineMessageRequest }[s.kind];
          c = f(c, s.by, { now }).unwrapOr(c);
          if (s.kind === 'read') {
            seenUpTo[s.by] = senders.length;
            expect(unreadFor(c, s.by)).toBe(0);
          }
          // Answering a request changes who may write, never what either has seen.
          for (const p of [ANA, BEN]) expect(unreadFor(c, p)).toBe(expectedUnread(p));
        });
        // Assigned inside the callback above, which narrowing does not see.
        const final = c as Conversation | null;
        if (!final) return;
        expect(final.messageCount).toBe(senders.length);
        for (const p of [ANA, BEN]) expect(unreadFor(final, p)).toBe(expectedUnread(p));
      }),
    );
  });

  it('message requests to strangers stay under their weekly cap in every rolling window, and are refused only when it is full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 * 60 }), { minLength: 1, maxLength: 60 }),
        (cap, gapsInMinutes) => {
          const policy = { ...NETWORK_POLICY, weeklyMessageRequestCap: cap };
          const windowMs = policy.capWindowDays * DAY_MS;
          const started: Date[] = [];
          let now = day(1).getTime();
          gapsInMinutes.forEach((gap, i) => {
            now += gap * 60_000 * 10;
            const inWindow = started.filter((t) => t.getTime() > now - windowMs).length;
            const attempt = sendMessage(
              null,
              {
                conversationId: `v${i}`,
                messageId: `m${i}`,
                senderId: ANA,
                recipientId: `someone-${i}`,
                body: 'hi',
              },
              { connected: false, blocked: false, recentMessageRequestTimes: started },
              { now: new Date(now) },
              policy,
            );
            if (attempt.isOk()) started.push(new Date(now));
            else expect(attempt.error.code).toBe('NETWORK_005');
            expect(attempt.isOk()).toBe(inWindow < cap);
          });
          for (const t of started) {
            const inWindow = started.filter((s) => s.getTime() > t.getTime() - windowMs && s <= t);
            expect(inWindow.length).toBeLessThanOrEqual(cap);
          }
        },
      ),
    );
  });
});
