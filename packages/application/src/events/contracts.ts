import { PLANS, type PlanCode } from '@talentsphere/domain/billing';
import { LANGUAGES, VERDICTS } from '@talentsphere/domain/challenges';
import { USER_ROLES } from '@talentsphere/domain/identity';
import { z } from 'zod';
import { NOTIFICATION_CATEGORIES } from '../engagement/notification-categories';

const userRole = z.enum(USER_ROLES);
const jobStatus = z.enum(['draft', 'open', 'closed']);
const stage = z.enum(['applied', 'screening', 'assessment', 'interview', 'offer']);
const jobPost = z.object({ jobId: z.uuid(), companyId: z.uuid(), title: z.string(), status: jobStatus });
const application = z.object({
  applicationId: z.uuid(),
  jobId: z.uuid(),
  companyId: z.uuid(),
  candidateId: z.uuid(),
});
const course = z.object({
  courseId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published', 'archived']),
});
const challenge = z.object({
  challengeId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'published', 'retired']),
});
const submission = z.object({ submissionId: z.uuid(), challengeId: z.uuid(), userId: z.uuid() });
const verdict = z.enum(VERDICTS);
/** One test of a graded submission, passed or failed. */
const testcaseResult = submission.extend({ testId: z.string(), verdict, timeMs: z.number().min(0) });
/**
 * A graded submission as a whole, approved or rejected. `byAuthor`: the submitter is one of the
 * challenge's authors (they wrote the reference solution and see the hidden tests), so the solve earns
 * no points and proves no skill; added later, so an older event without it reads as a learner's.
 */
const judgement = submission.extend({
  verdict,
  passed: z.number().int().min(0),
  total: z.number().int().min(1),
  timeMs: z.number().min(0),
  memoryBytes: z.number().int().min(0),
  byAuthor: z.boolean().default(false),
});
const connectionRequest = z.object({ connectionId: z.uuid(), requesterId: z.uuid(), recipientId: z.uuid() });
const enrollment = z.object({ enrollmentId: z.uuid(), userId: z.uuid(), courseId: z.uuid() });
const planCode = z.enum(PLANS.map((p) => p.code) as [PlanCode, ...PlanCode[]]);
const subscription = z.object({ subscriptionId: z.uuid(), userId: z.uuid(), plan: planCode });
/** Money in integer minor units: never a float. */
const minorUnits = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const invoice = z.object({
  invoiceId: z.uuid(),
  userId: z.uuid(),
  providerSubscriptionId: z.string().nullable(),
  currency: z.string().length(3),
});

/**
 * Every event type with its current version and payload schema. Producers are checked against it
 * when they record an event; consumers parse with it; `pnpm events:schema` writes JSON Schema files
 * from it for consumers in other languages.
 */
export const eventContracts = {
  'auth.user.registered': {
    version: 1,
    description: 'A person created an account (or an operator created an admin).',
    schema: z.object({ userId: z.uuid(), email: z.email(), name: z.string(), role: userRole }),
  },
  'auth.user.login': {
    version: 1,
    description: 'A user signed in with their password.',
    schema: z.object({ userId: z.uuid(), ipAddress: z.string() }),
  },
  'auth.user.logout': {
    version: 1,
    description: 'A user signed out; their refresh-token family is revoked.',
    schema: z.object({ userId: z.uuid() }),
  },
  'jobs.company.created': {
    version: 1,
    description: 'An employer created a company and became its owner.',
    schema: z.object({ companyId: z.uuid(), ownerId: z.uuid(), name: z.string(), slug: z.string() }),
  },
  'jobs.company.updated': {
    version: 1,
    description: "A member changed the company's profile.",
    schema: z.object({ companyId: z.uuid() }),
  },
  'jobs.post.created': {
    version: 1,
    description: 'A company created a job, as a draft or published.',
    schema: jobPost,
  },
  'jobs.post.updated': {
    version: 1,
    description: 'A job was edited, published or reopened.',
    schema: jobPost,
  },
  'jobs.post.closed': {
    version: 1,
    description: 'A job stopped taking applications.',
    schema: jobPost,
  },
  'jobs.application.submitted': {
    version: 1,
    description: 'A candidate applied to an open job.',
    schema: application,
  },
  'jobs.application.viewed': {
    version: 1,
    description: 'A company member opened an application for the first time.',
    schema: application.extend({ viewerId: z.uuid() }),
  },
  'jobs.application.stage_changed': {
    version: 1,
    description: 'The employer moved an application to another stage of the pipeline.',
    schema: application.extend({ fromStage: stage, toStage: stage }),
  },
  'jobs.application.rejected': {
    version: 1,
    description: 'The employer or the candidate ended an application, with a reason.',
    schema: application.extend({ reason: z.string(), decidedBy: z.enum(['employer', 'candidate']) }),
  },
  'jobs.application.unrejected': {
    version: 1,
    description: 'The side that rejected undid it; the application is active again at its stage.',
    schema: application.extend({ stage, decidedBy: z.enum(['employer', 'candidate']) }),
  },
  'jobs.application.hired': {
    version: 1,
    description: 'The employer hired the candidate.',
    schema: application,
  },
  'jobs.application.withdrawn': {
    version: 1,
    description: 'The candidate withdrew the application.',
    schema: application,
  },
  'lms.course.published': {
    version: 1,
    description: 'An author published a course: it is in the catalog and open for enrolment.',
    schema: course,
  },
  'lms.course.updated': {
    version: 1,
    description: "An author changed a course's details, authors or syllabus.",
    schema: course,
  },
  'lms.course.archived': {
    version: 1,
    description: 'A course left the catalog; its learners keep their progress and certificates.',
    schema: course,
  },
  'lms.enrollment.created': {
    version: 1,
    description: 'A learner enrolled in a course, or came back after cancelling (`resumed`, progress kept).',
    schema: enrollment.extend({ resumed: z.boolean() }),
  },
  'lms.enrollment.cancelled': {
    version: 1,
    description: 'A learner left a course before completing it.',
    schema: enrollment,
  },
  'lms.lesson.completed': {
    version: 1,
    description: 'A learner completed a lesson (once per lesson).',
    schema: enrollment.extend({ lessonId: z.uuid() }),
  },
  'lms.progress.updated': {
    version: 1,
    description: "A learner's progress through a course changed.",
    schema: enrollment.extend({
      percentComplete: z.number().int().min(0).max(100),
      completedLessons: z.number().int().min(0),
      totalLessons: z.number().int().min(0),
    }),
  },
  'lms.course.completed': {
    version: 1,
    description: 'A learner completed every counted lesson of a course (once per enrolment).',
    schema: enrollment.extend({ completionDate: z.iso.datetime() }),
  },
  'lms.certificate.issued': {
    version: 1,
    description: 'A certificate of completion was issued, with its public verification code.',
    schema: enrollment.extend({ certificateId: z.uuid(), verificationCode: z.string() }),
  },
  'challenges.challenge.published': {
    version: 1,
    description: 'An author published a challenge whose reference solution passes every test.',
    schema: challenge,
  },
  'challenges.challenge.updated': {
    version: 1,
    description: "An author changed a challenge's statement, tests, limits or reference solution.",
    schema: challenge,
  },
  'challenges.challenge.retired': {
    version: 1,
    description: 'A challenge stopped taking submissions; accepted ones stay evidence.',
    schema: challenge,
  },
  'challenges.submitted': {
    version: 1,
    description: 'A learner submitted code for grading.',
    schema: submission.extend({ language: z.enum(LANGUAGES) }),
  },
  'challenges.testcase.passed': {
    version: 1,
    description: 'One test of a graded submission passed (the test id is opaque; hidden tests stay hidden).',
    schema: testcaseResult,
  },
  'challenges.testcase.failed': {
    version: 1,
    description: 'One test of a graded submission failed, with its verdict.',
    schema: testcaseResult,
  },
  'challenges.approved': {
    version: 1,
    description:
      'A submission passed every test: evidence of skill, unless `byAuthor` (an author solving their own challenge).',
    schema: judgement,
  },
  'challenges.rejected': {
    version: 1,
    description: 'A submission failed a test; the verdict is the first failing test’s.',
    schema: judgement,
  },
  'network.connection.requested': {
    version: 1,
    description: 'A person asked another to connect (pending until the recipient answers).',
    schema: connectionRequest,
  },
  'network.connection.accepted': {
    version: 1,
    description: 'The recipient accepted a connection request: the two are connected.',
    schema: connectionRequest,
  },
  'network.message.sent': {
    version: 1,
    description:
      'A direct message was sent; `request` when it is (or is in) a message request the recipient has not accepted yet.',
    schema: z.object({
      messageId: z.uuid(),
      conversationId: z.uuid(),
      senderId: z.uuid(),
      recipientId: z.uuid(),
      seq: z.number().int().min(1),
      request: z.boolean(),
    }),
  },
  'payments.subscription.created': {
    version: 1,
    description: 'A subscription started: paid for (or trialing) for the first time.',
    schema: subscription.extend({ status: z.string(), currentPeriodEnd: z.iso.datetime() }),
  },
  'payments.subscription.cancelled': {
    version: 1,
    description:
      'A subscription was cancelled: `ended` false when it stops at the end of the paid period (`endsAt`), true when it ended.',
    schema: subscription.extend({ endsAt: z.iso.datetime(), ended: z.boolean() }),
  },
  'payments.invoice.paid': {
    version: 1,
    description: 'An invoice was paid, for the period it covers.',
    schema: invoice.extend({
      amountPaidMinor: minorUnits,
      periodStart: z.iso.datetime(),
      periodEnd: z.iso.datetime(),
    }),
  },
  'payments.payment.failed': {
    version: 1,
    description: 'Charging an invoice failed; the provider retries while the subscription is past due.',
    schema: invoice.extend({ amountDueMinor: minorUnits }),
  },
  'notification.sent': {
    version: 1,
    description:
      'A notification reached a person’s inbox (committed), numbered `seq` in that inbox; the live push follows it.',
    schema: z.object({
      notificationId: z.uuid(),
      userId: z.uuid(),
      category: z.enum(NOTIFICATION_CATEGORIES),
      seq: z.number().int().min(1),
    }),
  },
  'gamification.points.awarded': {
    version: 1,
    description:
      'A person earned points under a rule for a subject (once per rule and subject); `totalPoints` is their ledger total after it.',
    schema: z.object({
      userId: z.uuid(),
      ruleId: z.string(),
      subject: z.string(),
      points: z.number().int().min(1),
      totalPoints: z.number().int().min(0),
      awardedAt: z.iso.datetime(),
      sourceEventId: z.uuid(),
    }),
  },
  'gamification.badge.earned': {
    version: 1,
    description: 'A person earned a badge (once per badge).',
    schema: z.object({ userId: z.uuid(), badge: z.string(), name: z.string(), earnedAt: z.iso.datetime() }),
  },
  'gamification.level.up': {
    version: 1,
    description: 'A person reached a higher level (levels never go down).',
    schema: z.object({
      userId: z.uuid(),
      fromLevel: z.number().int().min(1),
      toLevel: z.number().int().min(2),
      totalPoints: z.number().int().min(0),
    }),
  },
} as const;

export type EventType = keyof typeof eventContracts;
export type EventData<T extends EventType> = z.infer<(typeof eventContracts)[T]['schema']>;

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(eventContracts, type);
}
