import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import { DAY_MS, NETWORK_POLICY, type NetworkPolicy } from './network-policy';
import { networkErrors } from './networking.errors';

/**
 * One connection request and what became of it. `pending → accepted | ignored | withdrawn`, and an
 * accepted connection may later be `removed` (disconnect or block). A new request makes a new row, so
 * a pair's history stays readable and a terminal row never changes again.
 */
export type ConnectionStatus = 'pending' | 'accepted' | 'ignored' | 'withdrawn' | 'removed';
export const TERMINAL_CONNECTION_STATUSES: readonly ConnectionStatus[] = ['ignored', 'withdrawn', 'removed'];
/** The statuses that link a pair: at most one row of a pair is in one of them. */
export const ACTIVE_CONNECTION_STATUSES: readonly ConnectionStatus[] = ['pending', 'accepted'];

interface ConnectionBase {
  readonly id: string;
  readonly requesterId: string;
  readonly recipientId: string;
  readonly requestedAt: Date;
  readonly updatedAt: Date;
}

export type Connection =
  | (ConnectionBase & { readonly status: 'pending'; readonly respondedAt: null })
  | (ConnectionBase & {
      readonly status: Exclude<ConnectionStatus, 'pending'>;
      /** When the recipient answered, or the requester withdrew. */
      readonly respondedAt: Date;
    });

type Ids = { connectionId: string; requesterId: string; recipientId: string };
export type ConnectionEvent = DomainEvent<
  'network.connection.requested' | 'network.connection.accepted',
  Ids
>;

type Outcome = Result<{ state: Connection; events: ConnectionEvent[] }, AppError>;
type Ctx = { now: Date };

const ids = (c: Connection): Ids => ({
  connectionId: c.id,
  requesterId: c.requesterId,
  recipientId: c.recipientId,
});

export const isActive = (c: Connection): boolean => ACTIVE_CONNECTION_STATUSES.includes(c.status);
export const otherParty = (c: Pick<Connection, 'requesterId' | 'recipientId'>, userId: string): string =>
  c.requesterId === userId ? c.recipientId : c.requesterId;

/** What a new request is checked against, loaded by the caller in the same transaction. */
export interface RequestFacts {
  /** Every request ever made between the two, in either direction. */
  readonly pairHistory: readonly Connection[];
  /** When the requester sent each of their recent requests (to anyone), at least the cap window's. */
  readonly recentRequestTimes: readonly Date[];
  /** A block between the two, in either direction. */
  readonly blocked: boolean;
}

/** Seconds until a request sent now would fit under `cap` (the window's); 0 when it fits already. */
export function capWaitSeconds(
  recentRequestTimes: readonly Date[],
  now: Date,
  policy: NetworkPolicy = NETWORK_POLICY,
  cap: number = policy.weeklyRequestCap,
): number {
  const windowMs = policy.capWindowDays * DAY_MS;
  const inWindow = recentRequestTimes
    .map((t) => t.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => a - b);
  if (inWindow.length < cap) return 0;
  // The request that must age out for one more to fit.
  const freeing = inWindow[inWindow.length - cap] ?? now.getTime();
  return Math.max(1, Math.ceil((freeing + windowMs - now.getTime()) / 1000));
}

/** `requesterId` asks `recipientId` to connect. */
export function requestConnection(
  input: { id: string; requesterId: string; recipientId: string },
  facts: RequestFacts,
  { now }: Ctx,
  policy: NetworkPolicy = NETWORK_POLICY,
): Outcome {
  if (input.requesterId === input.recipientId) return err(networkErrors.yourself());
  if (facts.blocked) return err(networkErrors.blocked());
  const active = facts.pairHistory.find(isActive);
  if (active?.status === 'accepted') return err(networkErrors.alreadyLinked('You are already connected.'));
  if (active) {
    return err(
      networkErrors.alreadyLinked(
        active.requesterId === input.requesterId
          ? 'Your request to this person is still pending.'
          : 'They already asked to connect with you: accept their request instead.',
      ),
    );
  }
  const cooldown = reRequestWait(input, facts.pairHistory, now, policy);
  if (cooldown) return err(cooldown);
  const wait = capWaitSeconds(facts.recentRequestTimes, now, policy);
  if (wait > 0) return err(networkErrors.weeklyCap(policy.weeklyRequestCap, wait));
  const state: Connection = {
    id: input.id,
    requesterId: input.requesterId,
    recipientId: input.recipientId,
    status: 'pending',
    requestedAt: now,
    respondedAt: null,
    updatedAt: now,
  };
  return ok({ state, events: [{ type: 'network.connection.requested', data: ids(state) }] });
}

/**
 * The requester's own latest request to the same person, if it ended recently: ignored (they said no
 * for now) or withdrawn. The other direction is never held back: whoever ignored may still ask.
 */
function reRequestWait(
  input: { requesterId: string; recipientId: string },
  history: readonly Connection[],
  now: Date,
  policy: NetworkPolicy,
): AppError | undefined {
  const latest = history
    .filter((c) => c.requesterId === input.requesterId && c.recipientId === input.recipientId)
    .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime())[0];
  if (!latest?.respondedAt) return undefined;
  const days =
    latest.status === 'ignored'
      ? policy.reRequestAfterIgnoredDays
      : latest.status === 'withdrawn'
        ? policy.reRequestAfterWithdrawnDays
        : 0;
  const until = latest.respondedAt.getTime() + days * DAY_MS;
  if (until <= now.getTime()) return undefined;
  const seconds = Math.ceil((until - now.getTime()) / 1000);
  return networkErrors.tooSoon(
    `You can ask this person again in ${Math.ceil(seconds / 86_400)} day(s).`,
    seconds,
  );
}

function respond(
  connection: Connection,
  status: 'accepted' | 'ignored' | 'withdrawn',
  now: Date,
): Connection {
  return { ...connection, status, respondedAt: now, updatedAt: now };
}

const notPending = (c: Connection): AppError =>
  networkErrors.transition(`This request is already ${c.status}.`);

/** Only the recipient accepts a pending request. */
export function acceptConnection(connection: Connection, actorId: string, { now }: Ctx): Outcome {
  if (connection.recipientId !== actorId)
    return err(networkErrors.notYours('Only the person asked can accept this request.'));
  if (connection.status !== 'pending') return err(notPending(connection));
  const state = respond(connection, 'accepted', now);
  return ok({ state, events: [{ type: 'network.connection.accepted', data: ids(state) }] });
}

/** Only the recipient ignores; the requester is not told (no event). */
export function ignoreConnection(connection: Connection, actorId: string, { now }: Ctx): Outcome {
  if (connection.recipientId !== actorId)
    return err(networkErrors.notYours('Only the person asked can ignore this request.'));
  if (connection.status !== 'pending') return err(notPending(connection));
  return ok({ state: respond(connection, 'ignored', now), events: [] });
}

/** Only the requester withdraws a request still pending. */
export function withdrawConnection(connection: Connection, actorId: string, { now }: Ctx): Outcome {
  if (connection.requesterId !== actorId)
    return err(networkErrors.notYours('Only the person who sent this request can withdraw it.'));
  if (connection.status !== 'pending') return err(notPending(connection));
  return ok({ state: respond(connection, 'withdrawn', now), events: [] });
}

/** Either party ends an accepted connection. */
export function removeConnection(connection: Connection, actorId: string, { now }: Ctx): Outcome {
  if (connection.requesterId !== actorId && connection.recipientId !== actorId)
    return err(networkErrors.notFound('This connection'));
  if (connection.status !== 'accepted') return err(networkErrors.transition('You are not connected.'));
  return ok({ state: { ...connection, status: 'removed', updatedAt: now }, events: [] });
}

/**
 * Blocking closes whatever links the pair, along the same graph: a pending request is withdrawn or
 * ignored (whichever side the blocker is on), an accepted connection removed. Terminal rows stay.
 */
export function closeForBlock(connection: Connection, blockerId: string, { now }: Ctx): Connection {
  if (connection.status === 'accepted') return { ...connection, status: 'removed', updatedAt: now };
  if (connection.status !== 'pending') return connection;
  return respond(connection, connection.requesterId === blockerId ? 'withdrawn' : 'ignored', now);
}
