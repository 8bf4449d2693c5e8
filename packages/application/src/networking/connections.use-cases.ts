import {
  acceptConnection,
  type Connection,
  closeForBlock,
  DAY_MS,
  ignoreConnection,
  isActive,
  networkErrors,
  removeConnection,
  requestConnection,
  withdrawConnection,
} from '@talentsphere/domain/networking';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import type { RequestContext, TransactionScope } from '../shared/ports';
import { type NetworkDeps, policyOf } from './network-deps';
import type { NetworkOverview, RelationshipView, SuggestionView } from './network-read-models';

const SUGGESTIONS = 12;

const personNotFound = () => networkErrors.notFound('This person');

/** Asks another person to connect, within the weekly cap, unless a block or an open request is between them. */
export class RequestConnection {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock' | 'ids' | 'policy'>) {}

  execute(
    actor: Actor,
    input: { userId: string },
    ctx: RequestContext,
  ): ResultAsync<{ connectionId: string }, AppError> {
    const { deps } = this;
    const policy = policyOf(deps);
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          const now = deps.clock.now();
          if (input.userId !== actor.userId && !(await scope.users.findById(input.userId)))
            return err(personNotFound());
          // Under the requester's lock, two requests at once cannot both fit the last place under the cap.
          await scope.network.lockMembers([actor.userId]);
          const made = requestConnection(
            { id: deps.ids.next(), requesterId: actor.userId, recipientId: input.userId },
            {
              blocked: await scope.network.isBlocked(actor.userId, input.userId),
              pairHistory: await scope.network.pairHistory(actor.userId, input.userId),
              recentRequestTimes: await scope.network.requestTimesSince(
                actor.userId,
                new Date(now.getTime() - policy.capWindowDays * DAY_MS),
              ),
            },
            { now },
            policy,
          );
          if (made.isErr()) return err(made.error);
          // The other side may have asked at the same moment: the pair's unique index decides.
          if ((await scope.network.insertConnection(made.value.state)) === 'duplicate')
            return err(networkErrors.alreadyLinked('There is already a request between you.'));
          scope.events.record(...made.value.events);
          return ok({ connectionId: made.value.state.id });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

type ConnectionCommand = typeof acceptConnection;

/** Loads a request the actor is part of (someone else's does not exist for them), applies `command`, saves. */
function changeConnection(
  deps: Pick<NetworkDeps, 'uow' | 'clock'>,
  actor: Actor,
  connectionId: string,
  command: ConnectionCommand,
  ctx: RequestContext,
): ResultAsync<{ connectionId: string; status: Connection['status'] }, AppError> {
  return deps.uow.run(
    (scope) =>
      asyncResult(async () => {
        const found = await scope.network.connectionById(connectionId);
        if (!found || (found.requesterId !== actor.userId && found.recipientId !== actor.userId))
          return err(networkErrors.notFound());
        // A block closes the pair's links under both members' locks: taking them here too (before the
        // row, the block's order) makes an answer wait for a block in progress and then read what it left.
        await scope.network.lockMembers([found.requesterId, found.recipientId]);
        const connection = await scope.network.connectionById(connectionId, 'update');
        if (!connection) return err(networkErrors.notFound());
        const changed = command(connection, actor.userId, { now: deps.clock.now() });
        if (changed.isErr()) return err(changed.error);
        await scope.network.updateConnection(changed.value.state);
        scope.events.record(...changed.value.events);
        return ok({ connectionId, status: changed.value.state.status });
      }),
    { correlationId: ctx.correlationId },
  );
}

/** The recipient accepts or ignores a pending request. */
export class AnswerConnection {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(actor: Actor, input: { connectionId: string; answer: 'accept' | 'ignore' }, ctx: RequestContext) {
    const command = input.answer === 'accept' ? acceptConnection : ignoreConnection;
    return changeConnection(this.deps, actor, input.connectionId, command, ctx);
  }
}

/** The requester takes back a pending request. */
export class WithdrawConnection {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(actor: Actor, input: { connectionId: string }, ctx: RequestContext) {
    return changeConnection(this.deps, actor, input.connectionId, withdrawConnection, ctx);
  }
}

/** Either side ends an accepted connection. */
export class RemoveConnection {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(actor: Actor, input: { connectionId: string }, ctx: RequestContext) {
    return changeConnection(this.deps, actor, input.connectionId, removeConnection, ctx);
  }
}

/**
 * Blocks a person: whatever linked the two is closed (pending requests withdrawn or ignored, the
 * connection removed), and from then on neither can request or message the other, and the blocked
 * person no longer sees the blocker in suggestions.
 */
export class BlockMember {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow' | 'clock'>) {}

  execute(
    actor: Actor,
    input: { userId: string },
    ctx: RequestContext,
  ): ResultAsync<{ blocked: true }, AppError> {
    const { deps } = this;
    return deps.uow.run(
      (scope) =>
        asyncResult(async () => {
          if (input.userId === actor.userId) return err(networkErrors.yourself());
          if (!(await scope.users.findById(input.userId))) return err(personNotFound());
          await scope.network.lockMembers([actor.userId, input.userId]);
          const now = deps.clock.now();
          await scope.network.block(actor.userId, input.userId, now);
          await closeLinks(scope, actor.userId, input.userId, now);
          return ok({ blocked: true as const });
        }),
      { correlationId: ctx.correlationId },
    );
  }
}

async function closeLinks(scope: TransactionScope, blockerId: string, otherId: string, now: Date) {
  for (const connection of await scope.network.pairHistory(blockerId, otherId, 'update')) {
    if (isActive(connection))
      await scope.network.updateConnection(closeForBlock(connection, blockerId, { now }));
  }
}

/** Lifts the actor's own block; a block by the other person stays. */
export class UnblockMember {
  constructor(private readonly deps: Pick<NetworkDeps, 'uow'>) {}

  execute(
    actor: Actor,
    input: { userId: string },
    ctx: RequestContext,
  ): ResultAsync<{ unblocked: boolean }, AppError> {
    return this.deps.uow.run(
      (scope) =>
        asyncResult(async () => ok({ unblocked: await scope.network.unblock(actor.userId, input.userId) })),
      { correlationId: ctx.correlationId },
    );
  }
}

/** The network page: incoming and outgoing requests, connections, people blocked. */
export class GetNetwork {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<NetworkOverview, AppError> {
    return asyncResult(async () => ok(await this.deps.queries.overview(actor.userId)));
  }
}

/** People to connect with, from shared courses and solved challenges. */
export class SuggestConnections {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor): ResultAsync<SuggestionView[], AppError> {
    return asyncResult(async () => ok(await this.deps.queries.suggestions(actor.userId, SUGGESTIONS)));
  }
}

/** How the caller stands with one person (a profile's Connect and Message buttons). */
export class GetRelationship {
  constructor(private readonly deps: Pick<NetworkDeps, 'queries'>) {}

  execute(actor: Actor, input: { userId: string }): ResultAsync<RelationshipView, AppError> {
    return asyncResult(async () => {
      const view = await this.deps.queries.relationship(actor.userId, input.userId);
      return view ? ok(view) : err(personNotFound());
    });
  }
}
