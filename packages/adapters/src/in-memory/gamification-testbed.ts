import { awardPoints, GamificationService, updateLeaderboards } from '@talentsphere/application/engagement';
import {
  type EventData,
  type EventEnvelope,
  type EventType,
  eventContracts,
} from '@talentsphere/application/events';
import { createChallenge, type Difficulty } from '@talentsphere/domain/challenges';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryGamificationQueries } from './in-memory-gamification';
import { InMemoryLeaderboardStore } from './in-memory-leaderboard-store';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { handleInUnitOfWork, storeTestUser, type TestUser } from './testbed-support';

/**
 * Gamification on the in-memory twins: users and challenges stored directly, source events built
 * and handled the way the consumer runner does (without its inbox, so a test can replay them).
 */
export class GamificationTestbed {
  static readonly NOW = new Date('2026-11-27T12:00:00.000Z');
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock(GamificationTestbed.NOW);
  readonly ids = uuidV7Ids;
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly leaderboards = new InMemoryLeaderboardStore();
  readonly queries = new InMemoryGamificationQueries(this.db);
  readonly service = new GamificationService({
    queries: this.queries,
    leaderboards: this.leaderboards,
    clock: this.clock,
  });
  private users = 0;

  user(name = 'Ada'): TestUser {
    return storeTestUser(this.db, {
      role: 'jobseeker',
      name,
      sequence: ++this.users,
      now: GamificationTestbed.NOW,
    });
  }

  /** A challenge by `author`, or else by someone who is not a user here. */
  challenge(difficulty: Difficulty, author?: TestUser): string {
    const id = uuidV7Ids.next();
    const made = createChallenge(
      {
        id,
        authorId: author?.userId ?? uuidV7Ids.next(),
        details: {
          title: 'Echo',
          slug: `echo-${id}`,
          statement: 'Return the input.',
          difficulty,
          skills: [{ name: 'Algorithms', level: 'beginner' }],
          starterCode: { javascript: 'function echo(x) {}' },
        },
        grading: {
          entryFunction: 'echo',
          tests: [
            { id: 't1', input: [1], expected: 1, comparison: 'exact', visibility: 'sample' },
            { id: 't2', input: [2], expected: 2, comparison: 'exact', visibility: 'hidden' },
          ],
          limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
          referenceSolution: { language: 'javascript', source: 'function echo(x) { return x; }' },
        },
      },
      { now: GamificationTestbed.NOW },
    );
    if (made.isErr()) throw new Error(JSON.stringify(made.error));
    this.db.tables.challenges.set(id, made.value.state);
    return id;
  }

  event<T extends EventType>(type: T, data: EventData<T>, at = GamificationTestbed.NOW): EventEnvelope {
    return {
      messageId: uuidV7Ids.next(),
      eventType: type,
      version: eventContracts[type].version,
      timestamp: at.toISOString(),
      correlationId: 'test',
      data,
    };
  }

  /** `byAuthor`: the grader found `user` among the challenge's authors. */
  approved(
    user: TestUser,
    challengeId: string,
    at = GamificationTestbed.NOW,
    { byAuthor = false }: { byAuthor?: boolean } = {},
  ): EventEnvelope {
    return this.event(
      'challenges.approved',
      {
        submissionId: uuidV7Ids.next(),
        challengeId,
        userId: user.userId,
        verdict: 'ACCEPTED',
        passed: 1,
        total: 1,
        timeMs: 3,
        memoryBytes: 1024,
        byAuthor,
      },
      at,
    );
  }

  handle(envelope: EventEnvelope): Promise<void> {
    return handleInUnitOfWork(this, awardPoints, envelope);
  }

  /** Delivers every gamification event in the outbox to the leaderboard handler. */
  async settleLeaderboards(): Promise<void> {
    for (const e of this.outbox('gamification.points.awarded'))
      await handleInUnitOfWork(this, updateLeaderboards(this.leaderboards), e);
  }

  outbox(type: EventType): EventEnvelope[] {
    return this.db.tables.outbox.filter((e) => e.eventType === type);
  }
}
