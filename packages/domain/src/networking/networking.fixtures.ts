import { type Connection, type RequestFacts, requestConnection } from './connection';

export const ANA = '00000000-0000-7000-8000-00000000000a';
export const BEN = '00000000-0000-7000-8000-00000000000b';
export const CAL = '00000000-0000-7000-8000-00000000000c';

/** Day `d` of November 2026 at noon UTC, plus `hours`. */
export const day = (d: number, hours = 0): Date => new Date(Date.UTC(2026, 10, d, 12 + hours));

export const noFacts: RequestFacts = { pairHistory: [], recentRequestTimes: [], blocked: false };

export const aPendingRequest = (from = ANA, to = BEN, at = day(1), id = 'c1'): Connection =>
  requestConnection({ id, requesterId: from, recipientId: to }, noFacts, { now: at })._unsafeUnwrap().state;
