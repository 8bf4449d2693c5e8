import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptConnection,
  type Connection,
  type ConnectionStatus,
  closeForBlock,
  ignoreConnection,
  isActive,
  removeConnection,
  requestConnection,
  TERMINAL_CONNECTION_STATUSES,
  withdrawConnection,
} from './connection';
import { DAY_MS, NETWORK_POLICY } from './network-policy';
import { ANA, aPendingRequest, BEN, CAL, day } from './networking.fixtures';

const ALLOWED: Record<ConnectionStatus, readonly ConnectionStatus[]> = {
  pending: ['pending', 'accepted', 'ignored', 'withdrawn'],
  accepted: ['accepted', 'removed'],
  ignored: ['ignored'],
  withdrawn: ['withdrawn'],
  removed: ['removed'],
};

type Command = (c: Connection, now: Date) => Connection;
const actor = fc.constantFrom(ANA, BEN, CAL);
const keepOnError =
  (f: (c: Connection, a: string, ctx: { now: Date }) => ReturnType<typeof acceptConnection>) =>
  (a: string): Command =>
  (c, now) =>
    f(c, a, { now }).match(
      (r) => r.state,
      () => c,
    );
const command: fc.Arbitrary<Command> = fc.oneof(
  actor.map(keepOnError(acceptConnection)),
  actor.map(keepOnError(ignoreConnection)),
  actor.map(keepOnError(withdrawConnection)),
  actor.map(keepOnError(removeConnection)),
  actor.map(
    (a): Command =>
      (c, now) =>
        closeForBlock(c, a, { now }),
  ),
);

describe('Connection properties', () => {
  it('every step stays on the graph pending → accepted | ignored | withdrawn, accepted → removed; a terminal row never changes', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 12 }), (commands) => {
        let state = aPendingRequest();
        commands.forEach((apply, i) => {
          const next = apply(state, day(2, i));
          expect(ALLOWED[state.status]).toContain(next.status);
          if (TERMINAL_CONNECTION_STATUSES.includes(state.status)) expect(next).toBe(state);
          state = next;
        });
      }),
    );
  });

  it('the weekly cap is never exceeded in any rolling window, whatever the timing of attempts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 * 60 }), { minLength: 1, maxLength: 60 }),
        (cap, gapsInMinutes) => {
          const policy = { ...NETWORK_POLICY, weeklyRequestCap: cap };
          const sent: Date[] = [];
          let now = day(1).getTime();
          gapsInMinutes.forEach((gap, i) => {
            now += gap * 60_000 * 10;
            const attempt = requestConnection(
              { id: `c${i}`, requesterId: ANA, recipientId: `someone-${i}` },
              { pairHistory: [], recentRequestTimes: sent, blocked: false },
              { now: new Date(now) },
              policy,
            );
            if (attempt.isOk()) sent.push(new Date(now));
            else expect(attempt.error.code).toBe('NETWORK_005');
          });
          for (const t of sent) {
            const inWindow = sent.filter((s) => s.getTime() > t.getTime() - DAY_MS * 7 && s <= t);
            expect(inWindow.length).toBeLessThanOrEqual(cap);
          }
        },
      ),
    );
  });

  it('a pair never has two pending-or-accepted rows, whoever asks and answers in whatever order', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('request' as const), from: fc.constantFrom(ANA, BEN) }),
      fc.record({
        kind: fc.constantFrom('accept' as const, 'ignore' as const, 'withdraw' as const, 'remove' as const),
        by: fc.constantFrom(ANA, BEN),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let history: Connection[] = [];
        steps.forEach((s, i) => {
          const now = new Date(day(1).getTime() + i * 2 * DAY_MS);
          if (s.kind === 'request') {
            const made = requestConnection(
              { id: `c${i}`, requesterId: s.from, recipientId: s.from === ANA ? BEN : ANA },
              { pairHistory: history, recentRequestTimes: [], blocked: false },
              { now },
            );
            if (made.isOk()) history = [...history, made.value.state];
          } else {
            const f = {
              accept: acceptConnection,
              ignore: ignoreConnection,
              withdraw: withdrawConnection,
              remove: removeConnection,
            }[s.kind];
            history = history.map((c) =>
              isActive(c)
                ? f(c, s.by, { now }).match(
                    (r) => r.state,
                    () => c,
                  )
                : c,
            );
          }
          expect(history.filter(isActive).length).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});
