import { type ChallengeDeps, createChallengeServices } from '@talentsphere/application/challenges';
import type { EventEnvelope } from '@talentsphere/application/events';
import type { Actor, EventHandler, RequestContext } from '@talentsphere/application/shared';
import type { ChallengeDetailsInput, GradingSpecInput, Verdict } from '@talentsphere/domain/challenges';
import type { UserRole } from '@talentsphere/domain/identity';
import { InMemoryCache } from '../cache/in-memory-cache';
import { InMemoryLiveUpdates } from '../live/in-memory-live-updates';
import { InMemoryRateLimiter } from '../rate-limit/in-memory-rate-limiter';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { InMemoryChallengeQueries } from './in-memory-challenge-queries';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { ScriptedCodeRunner } from './scripted-code-runner';
import { handleInUnitOfWork, storeTestUser, type TestUser, unwrapStep } from './testbed-support';

/** The code every scripted test passes; anything else fails the hidden tests (WRONG_ANSWER). */
export const CORRECT_SOURCE = 'function twoSum(n, t) { /* correct */ }';

export const aChallenge = (o: Partial<ChallengeDetailsInput> = {}): ChallengeDetailsInput => ({
  title: 'Two sum',
  slug: 'two-sum',
  statement: 'Return the indices of the two numbers that add up to `target`.',
  difficulty: 'easy',
  skills: [{ name: 'algorithms', level: 'beginner' }],
  starterCode: {
    javascript: 'function twoSum(nums, target) {\n}\n',
    typescript: 'function twoSum(nums: number[], target: number): number[] {\n}\n',
  },
  ...o,
});

export const aGradingSpec = (o: Partial<GradingSpecInput> = {}): GradingSpecInput => ({
  entryFunction: 'twoSum',
  tests: [
    { id: 's1', input: [[2, 7, 11, 15], 9], expected: [0, 1], comparison: 'unordered', visibility: 'sample' },
    { id: 'h1', input: [[3, 2, 4], 6], expected: [1, 2], comparison: 'unordered', visibility: 'hidden' },
    { id: 'h2', input: [[3, 3], 6], expected: [0, 1], comparison: 'unordered', visibility: 'hidden' },
  ],
  limits: { timeMs: 1_000, memoryMb: 64, outputBytes: 65_536 },
  referenceSolution: { language: 'javascript', source: CORRECT_SOURCE },
  ...o,
});

/** Correct code passes everything; other code passes the samples and fails the hidden tests. */
const scriptedVerdict = (source: string, testId: string): Verdict =>
  source === CORRECT_SOURCE || testId.startsWith('s') ? 'ACCEPTED' : 'WRONG_ANSWER';

/**
 * Everything the challenge use cases depend on, in memory, for tests, with a scripted runner (see
 * ScriptedCodeRunner). Helpers build a world through the use cases and throw if a step is refused.
 */
export class ChallengeTestbed implements ChallengeDeps {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly queries = new InMemoryChallengeQueries(this.db);
  readonly cache = new InMemoryCache({ clock: this.clock });
  readonly runner = new ScriptedCodeRunner(scriptedVerdict);
  readonly rateLimiter = new InMemoryRateLimiter();
  readonly live = new InMemoryLiveUpdates();
  readonly services = createChallengeServices(this);
  readonly ctx: RequestContext = { correlationId: 'corr-test', ipAddress: '127.0.0.1' };
  private userCount = 0;

  user(role: UserRole, name = `${role} ${this.userCount + 1}`): TestUser {
    this.userCount += 1;
    return storeTestUser(this.db, { role, name, sequence: this.userCount, now: this.clock.now() });
  }

  /** A challenge by `author`, validated and published unless told otherwise. */
  async challenge(
    author: Actor,
    options: {
      details?: Partial<ChallengeDetailsInput>;
      grading?: Partial<GradingSpecInput>;
      publish?: boolean;
    } = {},
  ): Promise<string> {
    const slug = options.details?.slug ?? `challenge-${this.ids.next()}`;
    const created = await this.services.createChallenge.execute(
      author,
      { details: aChallenge({ ...options.details, slug }), grading: aGradingSpec(options.grading) },
      this.ctx,
    );
    const challengeId = unwrapStep(created, 'createChallenge').id;
    if (options.publish === false) return challengeId;
    unwrapStep(await this.services.editChallenge.validate(author, { challengeId }, this.ctx), 'validate');
    unwrapStep(await this.services.editChallenge.publish(author, { challengeId }, this.ctx), 'publish');
    return challengeId;
  }

  /** Runs an event handler the way the consumer runner does: inside one unit of work. */
  handle(handler: EventHandler, envelope: EventEnvelope): Promise<void> {
    return handleInUnitOfWork(this, handler, envelope);
  }
}
