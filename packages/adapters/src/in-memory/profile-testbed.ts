import { createEnvelope } from '@talentsphere/application/events';
import { createProfileServices, type ProfileDeps } from '@talentsphere/application/profile';
import {
  createRecruitingServices,
  type JobPostingInputDto,
  type JobSearch,
} from '@talentsphere/application/recruiting';
import type { Actor, EventHandler } from '@talentsphere/application/shared';
import {
  createChallenge,
  type Difficulty,
  isAuthor,
  judgeSubmission,
  publishChallenge,
  recordValidation,
  startGrading,
  submitSolution,
} from '@talentsphere/domain/challenges';
import type { SkillLevel } from '@talentsphere/domain/shared';
import { aChallenge, aGradingSpec, CORRECT_SOURCE } from './challenge-testbed';
import { InMemoryProfileQueries } from './in-memory-profile-queries';
import { InMemoryRecruitingQueries } from './in-memory-recruiting-queries';
import { LearningTestbed } from './learning-testbed';
import { aCompanyProfile, aJobPosting } from './recruiting-testbed';
import { unwrapStep } from './testbed-support';

const noSearch: JobSearch = {
  search: () => Promise.reject(new Error('ProfileTestbed has no job search')),
};

type Skills = { name: string; level: SkillLevel }[];

/**
 * The learning world plus recruiting and the profile use cases over one in-memory database: courses,
 * challenges, companies, jobs and applications built through their own use cases (or, for judged
 * submissions, straight in the tables, as the learning testbed does).
 */
export class ProfileTestbed extends LearningTestbed {
  readonly recruitingQueries = new InMemoryRecruitingQueries(this.db);
  readonly recruiting = createRecruitingServices({
    uow: this.uow,
    clock: this.clock,
    ids: this.ids,
    queries: this.recruitingQueries,
    search: noSearch,
    cache: this.cache,
  });
  readonly profileDeps: ProfileDeps = {
    uow: this.uow,
    clock: this.clock,
    ids: this.ids,
    queries: new InMemoryProfileQueries(this.db),
    recruiting: this.recruitingQueries,
  };
  readonly profiles = createProfileServices(this.profileDeps);

  /** A company owned by `owner` with one open job asking for `skills`; answers both ids. */
  async hiring(owner: Actor, skills: Skills, posting: Partial<JobPostingInputDto> = {}) {
    const company = await this.recruiting.createCompany.execute(
      owner,
      aCompanyProfile({ slug: `company-${this.ids.next()}` }),
      this.ctx,
    );
    const companyId = unwrapStep(company, 'createCompany').companyId;
    const job = await this.recruiting.postJob.execute(
      owner,
      { ...aJobPosting({ ...posting, skills }), companyId, publish: true },
      this.ctx,
    );
    return { companyId, jobId: unwrapStep(job, 'postJob').jobId };
  }

  async applyTo(candidate: Actor, jobId: string): Promise<string> {
    const applied = await this.recruiting.applyToJob.execute(
      candidate,
      { jobId, coverLetter: 'I would love to join.', resumeUrl: null },
      this.ctx,
    );
    return unwrapStep(applied, 'applyToJob').applicationId;
  }

  /** A published challenge testing `skills`, stored straight in the tables. */
  skilledChallenge(
    author: Actor,
    skills: Skills,
    difficulty: Difficulty = 'medium',
    title = 'Two sum',
  ): string {
    const at = { now: this.clock.now() };
    const id = this.ids.next();
    const details = aChallenge({ title, slug: `challenge-${id}`, skills, difficulty });
    let challenge = unwrapStep(
      createChallenge({ id, authorId: author.userId, details, grading: aGradingSpec() }, at),
      'createChallenge',
    ).state;
    const validation = { actorId: author.userId, version: challenge.gradingVersion, passed: true };
    challenge = unwrapStep(recordValidation(challenge, validation, at), 'recordValidation').state;
    challenge = unwrapStep(publishChallenge(challenge, { actorId: author.userId }, at), 'publish').state;
    this.db.tables.challenges.set(challenge.id, challenge);
    return challenge.id;
  }

  /**
   * An accepted submission by `learner` (an author of the challenge or not, as the grader tells),
   * stored in the tables; answers the `challenges.approved` event.
   */
  pass(learner: Actor, challengeId: string) {
    const at = { now: this.clock.now() };
    const challenge = this.db.tables.challenges.get(challengeId);
    if (!challenge) throw new Error(`No challenge ${challengeId}`);
    const input = {
      id: this.ids.next(),
      userId: learner.userId,
      language: 'javascript',
      source: CORRECT_SOURCE,
    } as const;
    const queued = unwrapStep(submitSolution(challenge, input, at), 'submitSolution').state;
    const started = unwrapStep(startGrading(queued, at), 'startGrading').state;
    const results = challenge.tests.map((test) => ({
      testId: test.id,
      visibility: test.visibility,
      verdict: 'ACCEPTED' as const,
      timeMs: 5,
      memoryBytes: 1_048_576,
    }));
    const byAuthor = isAuthor(challenge, learner.userId);
    const judged = unwrapStep(judgeSubmission(started, results, { ...at, byAuthor }), 'judgeSubmission');
    this.db.tables.submissions.set(judged.state.id, judged.state);
    const approved = judged.events.find((e) => e.type === 'challenges.approved');
    if (!approved) throw new Error('The submission was not approved');
    return createEnvelope(approved, {
      messageId: this.ids.next(),
      timestamp: at.now,
      correlationId: this.ctx.correlationId,
    });
  }

  /** Enrols `learner` and completes every lesson of the course. */
  async completeCourse(learner: Actor, courseId: string, lessonIds: readonly string[]): Promise<void> {
    await this.enroll(learner, courseId);
    for (const lessonId of lessonIds)
      unwrapStep(
        await this.services.completeLesson.execute(learner, { courseId, lessonId }, this.ctx),
        'completeLesson',
      );
  }

  /** Hands every outbox event `handler` subscribes to to it, as the consumer would. */
  async drain(handler: EventHandler): Promise<void> {
    for (const envelope of [...this.db.tables.outbox])
      if (handler.eventTypes.includes(envelope.eventType as never)) await this.handle(handler, envelope);
  }
}
