import { describe, expect, it } from 'vitest';
import {
  acceptConnection,
  capWaitSeconds,
  closeForBlock,
  ignoreConnection,
  removeConnection,
  requestConnection,
  withdrawConnection,
} from './connection';
import { NETWORK_POLICY } from './network-policy';
import { ANA, aPendingRequest, BEN, CAL, day, noFacts } from './networking.fixtures';

const request = (facts = noFacts, now = day(10), from = ANA, to = BEN) =>
  requestConnection({ id: 'c9', requesterId: from, recipientId: to }, facts, { now });

describe('requestConnection', () => {
  it('Given two strangers, When one asks, Then a pending request is recorded with network.connection.requested', () => {
    const { state, events } = request()._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'pending', requesterId: ANA, recipientId: BEN, respondedAt: null });
    expect(events).toEqual([
      {
        type: 'network.connection.requested',
        data: { connectionId: 'c9', requesterId: ANA, recipientId: BEN },
      },
    ]);
  });

  it('Given oneself, When asking, Then NETWORK_008', () => {
    expect(request(noFacts, day(10), ANA, ANA)._unsafeUnwrapErr().code).toBe('NETWORK_008');
  });

  it('Given a block between the two, When asking, Then NETWORK_006 (Forbidden)', () => {
    expect(request({ ...noFacts, blocked: true })._unsafeUnwrapErr()).toMatchObject({
      kind: 'Forbidden',
      code: 'NETWORK_006',
    });
  });

  it('Given a pending request in either direction, When asking again, Then NETWORK_004 (Conflict)', () => {
    for (const pending of [aPendingRequest(ANA, BEN), aPendingRequest(BEN, ANA)]) {
      expect(request({ ...noFacts, pairHistory: [pending] })._unsafeUnwrapErr()).toMatchObject({
        kind: 'Conflict',
        code: 'NETWORK_004',
      });
    }
  });

  it('Given an accepted connection, When asking, Then NETWORK_004 says they are connected', () => {
    const accepted = acceptConnection(aPendingRequest(BEN, ANA), ANA, { now: day(2) })._unsafeUnwrap().state;
    expect(request({ ...noFacts, pairHistory: [accepted] })._unsafeUnwrapErr().message).toMatch(
      /already connected/,
    );
  });

  it('Given an ignored request, When its sender asks within 30 days, Then NETWORK_007; after 30 days it goes through', () => {
    const ignored = ignoreConnection(aPendingRequest(), BEN, { now: day(1) })._unsafeUnwrap().state;
    const facts = { ...noFacts, pairHistory: [ignored] };
    expect(request(facts, day(30))._unsafeUnwrapErr()).toMatchObject({
      code: 'NETWORK_007',
      kind: 'Precondition',
    });
    expect(request(facts, day(31)).isOk()).toBe(true);
  });

  it('Given an ignored request, When the one who ignored asks the other way, Then it goes through at once', () => {
    const ignored = ignoreConnection(aPendingRequest(), BEN, { now: day(1) })._unsafeUnwrap().state;
    expect(request({ ...noFacts, pairHistory: [ignored] }, day(1, 1), BEN, ANA).isOk()).toBe(true);
  });

  it('Given a withdrawn request, When its sender asks within a day, Then NETWORK_007; a day later it goes through', () => {
    const withdrawn = withdrawConnection(aPendingRequest(), ANA, { now: day(1) })._unsafeUnwrap().state;
    const facts = { ...noFacts, pairHistory: [withdrawn] };
    expect(request(facts, day(1, 23))._unsafeUnwrapErr().code).toBe('NETWORK_007');
    expect(request(facts, day(2)).isOk()).toBe(true);
  });

  it('Given 20 requests in the last 7 days, When asking once more, Then NETWORK_005 (RateLimited) until the oldest is a week old', () => {
    const times = Array.from({ length: NETWORK_POLICY.weeklyRequestCap }, (_, i) => day(4, i));
    const refused = request({ ...noFacts, recentRequestTimes: times }, day(10))._unsafeUnwrapErr();
    expect(refused).toMatchObject({ kind: 'RateLimited', code: 'NETWORK_005' });
    expect(refused.retryAfterSeconds).toBe(Math.ceil((day(11).getTime() - day(10).getTime()) / 1000));
    expect(request({ ...noFacts, recentRequestTimes: times }, day(11)).isOk()).toBe(true);
  });

  it('Given a cap of 2 as data, When a third request comes within the window, Then it is refused', () => {
    const policy = { ...NETWORK_POLICY, weeklyRequestCap: 2 };
    expect(capWaitSeconds([day(1), day(2)], day(3), policy)).toBeGreaterThan(0);
    expect(capWaitSeconds([day(1)], day(3), policy)).toBe(0);
  });
});

describe('answering a request', () => {
  it('Given a pending request, When the recipient accepts, Then it is accepted with network.connection.accepted', () => {
    const { state, events } = acceptConnection(aPendingRequest(), BEN, { now: day(2) })._unsafeUnwrap();
    expect(state).toMatchObject({ status: 'accepted', respondedAt: day(2) });
    expect(events.map((e) => e.type)).toEqual(['network.connection.accepted']);
  });

  it('Given a pending request, When the requester or a third person accepts or ignores, Then NETWORK_002', () => {
    for (const actor of [ANA, CAL]) {
      expect(acceptConnection(aPendingRequest(), actor, { now: day(2) })._unsafeUnwrapErr().code).toBe(
        'NETWORK_002',
      );
      expect(ignoreConnection(aPendingRequest(), actor, { now: day(2) })._unsafeUnwrapErr().code).toBe(
        'NETWORK_002',
      );
    }
  });

  it('Given a pending request, When the recipient withdraws it, Then NETWORK_002: only the requester withdraws', () => {
    expect(withdrawConnection(aPendingRequest(), BEN, { now: day(2) })._unsafeUnwrapErr().code).toBe(
      'NETWORK_002',
    );
  });

  it('Given an ignored request, When it is accepted later, Then NETWORK_003 and no event', () => {
    const ignored = ignoreConnection(aPendingRequest(), BEN, { now: day(2) })._unsafeUnwrap();
    expect(ignored.events).toEqual([]);
    expect(acceptConnection(ignored.state, BEN, { now: day(3) })._unsafeUnwrapErr().code).toBe('NETWORK_003');
  });

  it('Given an accepted connection, When either side removes it, Then it is removed; a pending one cannot be removed', () => {
    const accepted = acceptConnection(aPendingRequest(), BEN, { now: day(2) })._unsafeUnwrap().state;
    expect(removeConnection(accepted, ANA, { now: day(3) })._unsafeUnwrap().state.status).toBe('removed');
    expect(removeConnection(aPendingRequest(), ANA, { now: day(3) })._unsafeUnwrapErr().code).toBe(
      'NETWORK_003',
    );
    expect(removeConnection(accepted, CAL, { now: day(3) })._unsafeUnwrapErr().code).toBe('NETWORK_001');
  });
});

describe('closeForBlock', () => {
  it('Given each status, When one side blocks, Then accepted → removed, pending → withdrawn or ignored by side, others stay', () => {
    const pending = aPendingRequest();
    const accepted = acceptConnection(pending, BEN, { now: day(2) })._unsafeUnwrap().state;
    expect(closeForBlock(accepted, BEN, { now: day(3) }).status).toBe('removed');
    expect(closeForBlock(pending, ANA, { now: day(3) }).status).toBe('withdrawn');
    expect(closeForBlock(pending, BEN, { now: day(3) }).status).toBe('ignored');
    const ignored = ignoreConnection(pending, BEN, { now: day(2) })._unsafeUnwrap().state;
    expect(closeForBlock(ignored, ANA, { now: day(3) })).toBe(ignored);
  });
});
