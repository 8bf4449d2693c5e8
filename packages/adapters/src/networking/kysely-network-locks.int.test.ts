import { AnswerConnection } from '@talentsphere/application/networking';
import { closeForBlock, isActive, requestConnection } from '@talentsphere/domain/networking';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, hasPostgres, type TestDatabase } from '../../../../tools/testing/services';
import { committed } from '../contracts/contract-fixtures';
import { minutes } from '../contracts/learning-fixtures';
import { storedUser } from '../contracts/recruiting-fixtures';
import { KyselyUnitOfWork } from '../persistence';
import { ManualClock, uuidV7Ids } from '../system';

// Two real connections are needed for a race: PGlite has one, so this runs on PostgreSQL only.
describe.skipIf(!hasPostgres())('networking locks on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 4 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('Given a block in progress that read the pair’s pending request, When the recipient accepts it meanwhile, Then the accept waits for the block and is refused, instead of being overwritten by its stale close', async () => {
    const clock = new ManualClock(minutes(10));
    const uow = new KyselyUnitOfWork(database.handle.db, { ids: uuidV7Ids, clock });
    const [ana, ben] = await committed(uow, async (scope) => [
      (await storedUser(scope, 'Ana')).id,
      (await storedUser(scope, 'Ben')).id,
    ]);
    const pending = requestConnection(
      { id: v7(), requesterId: ana, recipientId: ben },
      { pairHistory: [], recentRequestTimes: [], blocked: false },
      { now: minutes(1) },
    )._unsafeUnwrap().state;
    await committed(uow, (scope) => scope.network.insertConnection(pending));

    // Ana blocks Ben the way BlockMember does (members locked, then the pair's links read and closed),
    // pausing between the read and the write.
    let readDone!: () => void;
    const read = new Promise<void>((resolve) => {
      readDone = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const blocking = committed(uow, async (scope) => {
      await scope.network.lockMembers([ana, ben]);
      await scope.network.block(ana, ben, minutes(10));
      const history = await scope.network.pairHistory(ana, ben);
      readDone();
      await released;
      for (const c of history)
        if (isActive(c)) await scope.network.updateConnection(closeForBlock(c, ana, { now: minutes(10) }));
    });
    await read;

    let settled = false;
    const accepting = (async () => {
      const result = await new AnswerConnection({ uow, clock }).execute(
        { userId: ben, role: 'jobseeker' },
        { connectionId: pending.id, answer: 'accept' },
        { correlationId: v7(), ipAddress: '127.0.0.1' },
      );
      settled = true;
      return result;
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);

    release();
    await blocking;
    expect((await accepting)._unsafeUnwrapErr().code).toBe('NETWORK_003');
    const final = await committed(uow, (scope) => scope.network.connectionById(pending.id));
    expect(final?.status).toBe('withdrawn');
  });
});
