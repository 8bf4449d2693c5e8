import type { Database } from '@talentsphere/adapters/persistence';
import type { LearningServices } from '@talentsphere/application/learning';
import type { Actor, AppError, RequestContext } from '@talentsphere/application/shared';
import type { Kysely } from 'kysely';
import type { Result } from 'neverthrow';
import { DEMO_COURSES, type DemoCourse } from './learning-catalog';

const ctx: RequestContext = { correlationId: 'demo-seed', ipAddress: '127.0.0.1' };

const must = <T>(result: Result<T, AppError>, step: string): T => {
  if (result.isErr())
    throw new Error(`Learning demo seed: ${step} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
};

/**
 * The demo catalog, built through the studio use cases as the demo instructor would (so every row and
 * event is what the product itself writes); then the demo learner's learning, in free courses (they
 * are on the free plan): one course completed with its certificate, one half-way, one just started. Courses whose address exists are skipped and
 * the learner's progress is seeded once, so a second start adds nothing (a course interrupted while
 * being built stays an unpublished draft of the demo instructor). Answers the number of courses created.
 */
export async function seedLearning(
  deps: { db: Kysely<Database>; learning: LearningServices },
  demo: { instructor: Actor; learner: Actor },
  courses: readonly DemoCourse[] = DEMO_COURSES,
): Promise<number> {
  const { db, learning } = deps;
  const existing = new Set((await db.selectFrom('courses').select('slug').execute()).map((c) => c.slug));
  let created = 0;
  for (const course of courses) {
    if (existing.has(course.details.slug)) continue;
    await buildCourse(learning, demo.instructor, course);
    created += 1;
  }
  const learnerStarted = await db
    .selectFrom('enrollments')
    .select('id')
    .where('user_id', '=', demo.learner.userId)
    .executeTakeFirst();
  if (learnerStarted) return created;

  // Free courses only: the demo learner stays on the free plan, so a pro course shows the upgrade.
  const followedSlugs = courses
    .filter((c) => c.details.accessTier === 'free')
    .slice(0, 3)
    .map((c) => c.details.slug);
  const rows = await db
    .selectFrom('courses')
    .select(['id', 'slug'])
    .where('slug', 'in', followedSlugs)
    .execute();
  const followed = followedSlugs.flatMap((slug) => rows.filter((r) => r.slug === slug).map((r) => r.id));
  for (const courseId of followed)
    must(await learning.enroll.execute(demo.learner, { courseId }, ctx), 'enroll');
  const [completed, halfway, started] = followed;
  for (const [courseId, share] of [
    [completed, 1],
    [halfway, 0.5],
    [started, 0],
  ] as const) {
    if (!courseId) continue;
    const lessons = must(
      await learning.getStudioCourse.execute(demo.instructor, { courseId }),
      'studio',
    ).sections.flatMap((s) => s.lessons.map((l) => l.id));
    const done = Math.round(lessons.length * share);
    for (const lessonId of lessons.slice(0, done)) {
      must(
        await learning.completeLesson.execute(demo.learner, { courseId, lessonId }, ctx),
        'completeLesson',
      );
    }
    const next = lessons[done];
    if (next)
      must(
        await learning.visitLesson.execute(demo.learner, { courseId, lessonId: next }, ctx),
        'visitLesson',
      );
  }
  return created;
}

async function buildCourse(learning: LearningServices, author: Actor, course: DemoCourse): Promise<void> {
  const { id: courseId } = must(
    await learning.createCourse.execute(author, course.details, ctx),
    'createCourse',
  );
  for (const section of course.sections) {
    const withSection = must(
      await learning.editCourse.addSection(author, { courseId, title: section.title }, ctx),
      'addSection',
    );
    const sectionId = withSection.sections.at(-1)?.id ?? '';
    for (const lesson of section.lessons) {
      must(await learning.editCourse.addLesson(author, { courseId, sectionId, lesson }, ctx), 'addLesson');
    }
  }
  must(await learning.editCourse.publish(author, { courseId }, ctx), 'publish');
}
