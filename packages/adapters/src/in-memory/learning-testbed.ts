import type { EventEnvelope } from '@talentsphere/application/events';
import {
  type CourseDetailsInputDto,
  createLearningServices,
  type LearningDeps,
  type LessonInputDto,
  type VerificationCodes,
} from '@talentsphere/application/learning';
import type { Actor, EventHandler, RequestContext } from '@talentsphere/application/shared';
import type { PlanCode } from '@talentsphere/domain/billing';
import {
  createChallenge,
  judgeSubmission,
  publishChallenge,
  recordValidation,
  startGrading,
  submitSolution,
} from '@talentsphere/domain/challenges';
import type { UserRole } from '@talentsphere/domain/identity';
import { InMemoryCache } from '../cache/in-memory-cache';
import { ManualClock } from '../system/system-clock';
import { uuidV7Ids } from '../system/uuid-v7-ids';
import { type GrantedPlan, grantPlan } from './billing-testbed';
import { aChallenge, aGradingSpec, CORRECT_SOURCE } from './challenge-testbed';
import { InMemoryChallengeProgress } from './in-memory-challenge-progress';
import { InMemoryDatabase } from './in-memory-database';
import { InMemoryLearningQueries } from './in-memory-learning-queries';
import { InMemoryNotificationInbox } from './in-memory-notification-inbox';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { handleInUnitOfWork, storeTestUser, type TestUser, unwrapStep } from './testbed-support';

export const aCourse = (o: Partial<CourseDetailsInputDto> = {}): CourseDetailsInputDto => ({
  title: 'TypeScript from JavaScript',
  slug: 'typescript-from-javascript',
  summary: 'Types for the JavaScript you already write.',
  description: 'Learn the type system step by step.',
  level: 'beginner',
  skills: [{ name: 'typescript', level: 'intermediate' }],
  coverImageUrl: null,
  accessTier: 'free',
  ...o,
});

export const anArticle = (
  title = 'Why types',
  markdown = '# Why types\n\nThey catch mistakes early.',
): LessonInputDto => ({
  title,
  required: true,
  content: { kind: 'article', markdown },
});

/** Predictable codes, so tests can name the certificate they expect. */
class SequentialCodes implements VerificationCodes {
  private count = 0;
  next(): string {
    this.count += 1;
    return `TEST-0000-${String(this.count).padStart(4, '0')}`;
  }
}

/**
 * Everything the learning use cases depend on, in memory, for tests: pass it as their deps (or use
 * `services`) and read `db.tables` afterwards to assert state and outbox. The helpers build a world
 * through the use cases themselves and throw if a step is refused.
 */
export class LearningTestbed implements LearningDeps {
  readonly db = new InMemoryDatabase();
  readonly clock = new ManualClock();
  readonly ids = uuidV7Ids;
  readonly codes = new SequentialCodes();
  readonly uow = new InMemoryUnitOfWork(this.db, { ids: this.ids, clock: this.clock });
  readonly queries = new InMemoryLearningQueries(this.db);
  readonly cache = new InMemoryCache({ clock: this.clock });
  readonly inbox = new InMemoryNotificationInbox(this.db);
  readonly challenges = new InMemoryChallengeProgress(this.db);
  readonly services = createLearningServices(this);
  readonly ctx: RequestContext = { correlationId: 'corr-test', ipAddress: '127.0.0.1' };
  private userCount = 0;

  /** A stored account (users are identity's; learning only reads them). */
  user(role: UserRole, name = `${role} ${this.userCount + 1}`): TestUser {
    this.userCount += 1;
    return storeTestUser(this.db, { role, name, sequence: this.userCount, now: this.clock.now() });
  }

  /**
   * A course by `author` with one section per entry of `sections`, each holding that many articles;
   * published unless told otherwise. Answers the course id and its lesson ids in syllabus order.
   */
  async course(
    author: Actor,
    options: { details?: Partial<CourseDetailsInputDto>; sections?: number[]; publish?: boolean } = {},
  ): Promise<{ courseId: string; lessonIds: string[] }> {
    const { details = {}, sections = [2], publish = true } = options;
    const slug = details.slug ?? `course-${this.ids.next()}`;
    const created = await this.services.createCourse.execute(author, aCourse({ ...details, slug }), this.ctx);
    const courseId = unwrapStep(created, 'createCourse').id;
    for (const [s, lessons] of sections.entries()) {
      const withSection = await this.services.editCourse.addSection(
        author,
        { courseId, title: `Part ${s + 1}` },
        this.ctx,
      );
      const sectionId = unwrapStep(withSection, 'addSection').sections.at(-1)?.id ?? '';
      for (let l = 0; l < lessons; l += 1) {
        const added = await this.services.editCourse.addLesson(
          author,
          { courseId, sectionId, lesson: anArticle(`Lesson ${s + 1}.${l + 1}`) },
          this.ctx,
        );
        unwrapStep(added, 'addLesson');
      }
    }
    if (publish)
      unwrapStep(await this.services.editCourse.publish(author, { courseId }, this.ctx), 'publish');
    const course = unwrapStep(
      await this.services.getStudioCourse.execute(author, { courseId }),
      'getStudioCourse',
    );
    return { courseId, lessonIds: course.sections.flatMap((s) => s.lessons.map((l) => l.id)) };
  }

  /**
   * A challenge by `author`, stored straight in the tables (challenges are another vertical's):
   * validated and published unless told otherwise. Answers its id.
   */
  challenge(author: Actor, options: { title?: string; publish?: boolean } = {}): string {
    const at = { now: this.clock.now() };
    const id = this.ids.next();
    const details = aChallenge({ title: options.title ?? 'Two sum', slug: `challenge-${id}` });
    const draft = createChallenge({ id, authorId: author.userId, details, grading: aGradingSpec() }, at);
    let challenge = unwrapStep(draft, 'createChallenge').state;
    if (options.publish !== false) {
      const validation = { actorId: author.userId, version: challenge.gradingVersion, passed: true };
      challenge = unwrapStep(recordValidation(challenge, validation, at), 'recordValidation').state;
      challenge = unwrapStep(publishChallenge(challenge, { actorId: author.userId }, at), 'publish').state;
    }
    this.db.tables.challenges.set(challenge.id, challenge);
    return challenge.id;
  }

  /** A judged submission by `learner` to the challenge: accepted, or failing its first test with `verdict`. */
  submitJudged(learner: Actor, challengeId: string, verdict: 'ACCEPTED' | 'WRONG_ANSWER' = 'ACCEPTED'): void {
    const at = { now: this.clock.now() };
    const challenge = this.db.tables.challenges.get(challengeId);
    if (!challenge) throw new Error(`No challenge ${challengeId} to submit to`);
    const input = {
      id: this.ids.next(),
      userId: learner.userId,
      language: 'javascript',
      source: CORRECT_SOURCE,
    } as const;
    const queued = unwrapStep(submitSolution(challenge, input, at), 'submitSolution').state;
    const started = unwrapStep(startGrading(queued, at), 'startGrading').state;
    const results = challenge.tests.map((test, index) => ({
      testId: test.id,
      visibility: test.visibility,
      verdict: index === 0 ? verdict : 'ACCEPTED',
      timeMs: 5,
      memoryBytes: 1_048_576,
    }));
    const judged = unwrapStep(
      judgeSubmission(started, results, { ...at, byAuthor: false }),
      'judgeSubmission',
    ).state;
    this.db.tables.submissions.set(judged.id, judged);
  }

  /** Puts `learner` on a paid plan (through the provider-event path), e.g. for pro courses. */
  upgrade(learner: Actor, plan: PlanCode = 'learner-pro-monthly'): Promise<GrantedPlan> {
    return grantPlan(this, learner, plan);
  }

  async enroll(learner: Actor, courseId: string): Promise<void> {
    unwrapStep(await this.services.enroll.execute(learner, { courseId }, this.ctx), 'enroll');
  }

  /** Runs an event handler the way the consumer runner does: inside one unit of work. */
  handle(handler: EventHandler, envelope: EventEnvelope): Promise<void> {
    return handleInUnitOfWork(this, handler, envelope);
  }
}
