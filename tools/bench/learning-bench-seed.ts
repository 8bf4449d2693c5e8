/**
 * Writes the learning bench catalog: instructor and learner users, published courses of realistic
 * size (3–5 sections × 3–6 article lessons of a few KB of markdown, skills, one or two instructor
 * authors) and enrolments spread unevenly across them (a few popular courses, a long tail), some with
 * progress, some completed with their certificate, some cancelled. Every aggregate is built with the
 * domain commands and stored by the api's own Kysely repositories, so the rows (the course's `search`
 * tsvector and derived totals included) are exactly what the api writes. Deterministic for one seed.
 */
import { KyselyUserRepository } from '@talentsphere/adapters/identity';
import { KyselyCourseRepository, KyselyEnrollmentRepository } from '@talentsphere/adapters/learning';
import type { Database } from '@talentsphere/adapters/persistence';
import { Random } from '@talentsphere/api/seed/random';
import { personPlan, timesBetween } from '@talentsphere/api/seed/recruiting-generator';
import { JOB_FAMILIES } from '@talentsphere/api/seed/vocabulary';
import { registerUser } from '@talentsphere/domain/identity';
import {
  ACCESS_TIERS,
  addAuthor,
  addLesson,
  addSection,
  COURSE_LEVELS,
  type Course,
  cancelEnrollment,
  completeLesson,
  courseLessons,
  createCourse,
  type Enrollment,
  enroll,
  publishCourse,
  visitLesson,
} from '@talentsphere/domain/learning';
import { slugify } from '@talentsphere/domain/shared';
import type { Kysely, Transaction } from 'kysely';

export interface LearningSeedSize {
  readonly courses: number;
  readonly enrollments: number;
  readonly instructors: number;
  readonly learners: number;
}

export interface LearningSeedOptions {
  readonly db: Kysely<Database>;
  /** One hash, shared by every seeded user (nobody signs in during the bench). */
  readonly passwordHash: string;
  readonly size: LearningSeedSize;
  readonly now: Date;
  readonly seed?: number;
  /** Transactions in flight at once. */
  readonly concurrency?: number;
}

const DAY = 86_400_000;
const EMAIL_DOMAIN = 'learning-bench.talentsphere.dev';

export async function seedLearningBench(options: LearningSeedOptions): Promise<void> {
  const { db, size, now } = options;
  const random = new Random(options.seed ?? 20261204);
  const concurrency = options.concurrency ?? 3;
  const start = new Date(now.getTime() - 420 * DAY);

  const people = [
    ...Array.from({ length: size.instructors }, () => 'instructor' as const),
    ...Array.from({ length: size.learners }, () => 'jobseeker' as const),
  ].map(
    (role, i) =>
      unwrap(
        registerUser(
          {
            id: random.uuidV7(start),
            ...personPlan(random, i, EMAIL_DOMAIN),
            role,
            passwordHash: options.passwordHash,
          },
          { now: start },
        ),
      ).state,
  );
  await inBatches(db, people, 1_000, concurrency, async (tx, user) => {
    if ((await new KyselyUserRepository(tx).insert(user)) !== 'inserted')
      throw new Error(`Seed user ${user.email} exists already`);
  });
  const instructorIds = people.slice(0, size.instructors).map((u) => u.id);
  const learnerIds = people.slice(size.instructors).map((u) => u.id);

  // Courses are built a batch at a time (their lessons weigh ~50 KB each); what the enrolments need
  // of them (ids, the lessons' ids, publication date) is kept.
  const courses: Course[] = [];
  for (let from = 0; from < size.courses; from += 100) {
    const batch = Array.from({ length: Math.min(100, size.courses - from) }, (_, i) =>
      buildCourse(random, from + i, instructorIds, now),
    );
    await inBatches(db, batch, 25, concurrency, async (tx, course) => {
      if ((await new KyselyCourseRepository(tx).insert(course)) !== 'inserted')
        throw new Error(`Seed course ${course.slug} exists already`);
    });
    courses.push(...batch.map(withoutContent));
  }

  // Popularity falls off with rank (Zipf-like), so "popular" means something and counts differ.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= courses.length; rank++) {
    total += 1 / rank ** 0.8;
    cumulative.push(total);
  }
  const pickCourse = (): Course => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < roll) low = mid + 1;
      else high = mid;
    }
    return courses[low]!;
  };
  const taken = new Set<string>();
  const enrollments: Enrollment[] = [];
  for (let i = 0; enrollments.length < size.enrollments; i++) {
    const learnerId = learnerIds[i % learnerIds.length]!;
    const course = pickCourse();
    const pair = `${learnerId}:${course.id}`;
    if (taken.has(pair)) continue;
    taken.add(pair);
    enrollments.push(buildEnrollment(random, course, learnerId, now));
  }
  await inBatches(db, enrollments, 1_000, concurrency, async (tx, enrollment) => {
    if ((await new KyselyEnrollmentRepository(tx).insert(enrollment)) !== 'inserted')
      throw new Error(`Seed enrolment ${enrollment.id} is a duplicate`);
  });
}

const CONCEPTS = [
  'error handling',
  'testing',
  'performance',
  'observability',
  'data modelling',
  'deployment',
  'security',
  'code review',
  'debugging',
  'caching',
  'concurrency',
  'api design',
  'migrations',
  'tooling',
  'refactoring',
  'project structure',
] as const;

const TITLES: readonly ((skill: string, concept: string) => string)[] = [
  (s) => `${s} Fundamentals`,
  (s) => `Practical ${s}`,
  (s) => `${s} in Production`,
  (s, c) => `Advanced ${s}: ${capitalize(c)}`,
  (s, c) => `${capitalize(c)} with ${s}`,
  (s) => `From Zero to ${s}`,
  (s) => `${s} for Busy Engineers`,
  (s, c) => `${s} Deep Dive: ${capitalize(c)}`,
  (s) => `Getting Productive with ${s}`,
  (s) => `${s} Patterns That Scale`,
];

function buildCourse(random: Random, index: number, instructorIds: readonly string[], now: Date): Course {
  const family = random.pick(JOB_FAMILIES);
  const primary = random.pick(family.core);
  const others = random.sample(
    [...family.core, ...family.extra].filter((s) => s !== primary),
    random.int(1, 3),
  );
  const skill = display(primary);
  const level = random.pick(COURSE_LEVELS);
  const concepts = random.sample(CONCEPTS, 6);
  const title = random.pick(TITLES)(skill, concepts[0]!);
  const authorId = random.pick(instructorIds);
  const createdAt = new Date(now.getTime() - random.int(30, 400) * DAY);
  const edits = timesBetween(random, createdAt, new Date(createdAt.getTime() + 20 * DAY), 40);
  let at = 0;
  const ctx = () => ({ now: edits[Math.min(at++, edits.length - 1)]! });

  let course = unwrap(
    createCourse(
      {
        id: random.uuidV7(createdAt),
        authorId,
        details: {
          title,
          slug: `${slugify(title).slice(0, 50)}-${index}`,
          summary: `${random.pick(family.work).replace(/^./, (c) => c.toUpperCase())}: ${concepts
            .slice(0, 3)
            .join(', ')} and more, with ${skill} and ${others.map(display).join(', ')}.`,
          description: courseDescription(random, skill, others.map(display), concepts, family.work),
          level,
          skills: [primary, ...others].map((name, i) => ({
            name,
            level: i === 0 ? level : random.pick(COURSE_LEVELS),
          })),
          coverImageUrl: random.chance(0.6) ? `https://cdn.example.com/courses/${index}.png` : null,
          accessTier: random.chance(0.7) ? ACCESS_TIERS[0] : ACCESS_TIERS[1],
        },
      },
      ctx(),
    ),
  ).state;
  if (random.chance(0.2)) {
    const coAuthor = random.pick(instructorIds);
    course = unwrap(addAuthor(course, { actorId: authorId, authorId: coAuthor }, ctx())).state;
  }
  const sectionCount = random.int(3, 5);
  for (let s = 0; s < sectionCount; s++) {
    const concept = concepts[s % concepts.length]!;
    const sectionId = random.uuidV7(createdAt);
    course = unwrap(
      addSection(
        course,
        { actorId: authorId, sectionId, title: `${capitalize(concept)} in ${skill}` },
        ctx(),
      ),
    ).state;
    const lessons = random.int(3, 6);
    for (let l = 0; l < lessons; l++) {
      const topic = random.pick(CONCEPTS);
      const lessonTitle = `${capitalize(topic)}: ${random.pick(LESSON_ANGLES)}`;
      course = unwrap(
        addLesson(
          course,
          {
            actorId: authorId,
            sectionId,
            lessonId: random.uuidV7(createdAt),
            lesson: {
              title: lessonTitle,
              required: !random.chance(0.1),
              content: {
                kind: 'article',
                markdown: lessonMarkdown(random, lessonTitle, skill, topic, others),
              },
            },
          },
          ctx(),
        ),
      ).state;
    }
  }
  return unwrap(publishCourse(course, { actorId: authorId }, ctx())).state;
}

/** Enrolments only need the syllabus's ids and flags; dropping the markdown keeps memory small. */
const withoutContent = (course: Course): Course => ({
  ...course,
  sections: course.sections.map((s) => ({
    ...s,
    lessons: s.lessons.map((l) => ({ ...l, content: { kind: 'article', markdown: '' } })),
  })),
});

function buildEnrollment(random: Random, course: Course, learnerId: string, now: Date): Enrollment {
  const enrolledAt = new Date(
    course.publishedAt!.getTime() +
      Math.floor(random.next() * (now.getTime() - course.publishedAt!.getTime())),
  );
  const lessons = courseLessons(course);
  const outcome = random.weighted([
    ['active', 70],
    ['completed', 18],
    ['cancelled', 12],
  ] as const);
  const done = outcome === 'completed' ? lessons.length : random.int(0, lessons.length - 1);
  const until = new Date(Math.min(now.getTime(), enrolledAt.getTime() + 10 * DAY));
  const times = timesBetween(random, enrolledAt, until, done + 3);
  let t = 0;
  const ctx = () => {
    const at = times[t++]!;
    return { now: at, certificateId: random.uuidV7(at), verificationCode: verificationCode(random) };
  };
  let enrollment = unwrap(enroll(course, { id: random.uuidV7(enrolledAt), userId: learnerId }, ctx())).state;
  for (const lesson of lessons.slice(0, done)) {
    enrollment = unwrap(completeLesson(enrollment, course, { lessonId: lesson.id }, ctx())).state;
  }
  const next = lessons[done];
  if (next) enrollment = unwrap(visitLesson(enrollment, course, next.id, ctx())).state;
  // Completing every required lesson completes the course, which can no longer be cancelled.
  if (outcome === 'cancelled' && enrollment.status === 'active')
    enrollment = unwrap(cancelEnrollment(enrollment, ctx())).state;
  return enrollment;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The shape cryptoVerificationCodes issues (XXXX-XXXX-XXXX), from the seeded PRNG. */
const verificationCode = (random: Random): string =>
  Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[random.int(0, CODE_ALPHABET.length - 1)]).join(''),
  ).join('-');

const LESSON_ANGLES = [
  'the mental model',
  'a worked example',
  'common mistakes',
  'step by step',
  'what changes at scale',
  'a checklist',
  'reading the output',
  'trade-offs',
] as const;

const SENTENCES: readonly ((skill: string, concept: string, other: string) => string)[] = [
  (s, c) => `Most teams meet ${c} in ${s} long before they plan for it, usually on a Friday afternoon.`,
  (s, c, o) =>
    `We start from a small service written in ${s} and add ${c} one step at a time, checking ${o} as we go.`,
  (s, c) => `The rule of thumb: make the ${c} code boring, because boring ${s} code is easy to review.`,
  (s, _c, o) => `${s} and ${o} fit together well once you decide which one owns the data.`,
  (_s, c) => `Write the failing test first; it tells you what ${c} really has to guarantee.`,
  (s, c) => `In production, ${c} problems in ${s} show up as latency long before they show up as errors.`,
  (s) => `Read the ${s} documentation for the edge cases; the defaults are chosen for demos, not for load.`,
  (_s, c, o) =>
    `Measure before and after: ${c} changes that feel faster are often slower with ${o} in the loop.`,
  (s, c) => `A small, named function for each ${c} decision keeps ${s} code readable six months later.`,
  (_s, c) => `Keep the ${c} settings in configuration and out of the code, so operators can change them.`,
  (s) => `When the ${s} compiler or runtime complains, the message usually names the exact line to look at.`,
  (_s, c, o) => `Log the inputs of every ${c} failure; ${o} dashboards are only as good as what you record.`,
];

function paragraph(random: Random, skill: string, concept: string, others: readonly string[]): string {
  return Array.from({ length: random.int(3, 5) }, () =>
    random.pick(SENTENCES)(skill, concept, display(random.pick(others))),
  ).join(' ');
}

/** 2–4 KB of markdown: headed paragraphs, a list and a code sample. */
function lessonMarkdown(
  random: Random,
  title: string,
  skill: string,
  concept: string,
  others: readonly string[],
): string {
  const parts = [`# ${title}`, paragraph(random, skill, concept, others)];
  const headings = random.sample(
    ['Why it matters', 'How it works', 'In practice', 'Pitfalls', 'Exercise'],
    3,
  );
  for (const heading of headings) {
    parts.push(
      `## ${heading}`,
      paragraph(random, skill, concept, others),
      paragraph(random, skill, concept, others),
    );
  }
  parts.push(
    random
      .sample(CONCEPTS, 4)
      .map((c) => `- How ${c} interacts with ${concept}`)
      .join('\n'),
    `\`\`\`\n// ${concept} in ${skill}\nconst result = await run(task, { retries: ${random.int(1, 5)}, timeoutMs: ${random.int(1, 30) * 100} });\nif (!result.ok) report(result.error);\n\`\`\``,
    paragraph(random, skill, concept, others),
  );
  return parts.join('\n\n');
}

function courseDescription(
  random: Random,
  skill: string,
  others: readonly string[],
  concepts: readonly string[],
  work: readonly string[],
): string {
  return [
    `This course teaches ${skill} the way teams use it to ${random.pick(work)}.`,
    '## What you will learn',
    concepts.map((c) => `- ${capitalize(c)} in ${skill}`).join('\n'),
    '## Who it is for',
    `Engineers who know the basics and want to use ${skill} with ${others.join(' and ')} at work.`,
  ].join('\n\n');
}

const DISPLAY: Record<string, string> = {
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  'node.js': 'Node.js',
  postgresql: 'PostgreSQL',
  sql: 'SQL',
  css: 'CSS',
  html: 'HTML',
  aws: 'AWS',
  gcp: 'GCP',
  dbt: 'dbt',
  pytorch: 'PyTorch',
  llms: 'LLMs',
  mlops: 'MLOps',
  graphql: 'GraphQL',
  grpc: 'gRPC',
  trpc: 'tRPC',
  'ci/cd': 'CI/CD',
  ios: 'iOS',
  'ux research': 'UX Research',
  'ui design': 'UI Design',
  'a/b testing': 'A/B Testing',
  'api design': 'API Design',
  'api testing': 'API Testing',
};
const display = (skill: string): string => DISPLAY[skill] ?? skill.split(' ').map(capitalize).join(' ');
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Seed inputs are generated to be valid: a refusal is a bug in the generator, so it throws. */
function unwrap<T>(result: { isErr(): boolean; _unsafeUnwrap(): T; _unsafeUnwrapErr(): unknown }): T {
  if (result.isErr()) throw new Error(`Seed data refused: ${JSON.stringify(result._unsafeUnwrapErr())}`);
  return result._unsafeUnwrap();
}

/** Writes `items` `batchSize` per transaction, up to `concurrency` transactions at once. */
async function inBatches<T>(
  db: Kysely<Database>,
  items: readonly T[],
  batchSize: number,
  concurrency: number,
  write: (tx: Transaction<Database>, item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const rows = items.slice(next, next + batchSize);
      next += rows.length;
      await db.transaction().execute(async (tx) => {
        for (const row of rows) await write(tx, row);
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
