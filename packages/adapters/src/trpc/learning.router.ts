import {
  addLessonInput,
  addSectionInput,
  catalogSearchInput,
  certificateCodeInput,
  courseIdInput,
  createCourseInput,
  editLessonInput,
  lessonIdInput,
  moveLessonInput,
  renameSectionInput,
  reorderLessonsInput,
  reorderSectionsInput,
  sectionIdInput,
  updateCourseDetailsInput,
} from '@talentsphere/application/learning';
import { unwrap } from './to-trpc-error';
import { optionalActorProcedure, protectedProcedure, publicProcedure, router } from './trpc';

export const coursesRouter = router({
  catalog: publicProcedure
    .input(catalogSearchInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.learning.searchCatalog.execute(input))),
  get: optionalActorProcedure
    .input(courseIdInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.learning.getCourse.execute(ctx.actor, input))),
  myEnrollment: protectedProcedure
    .input(courseIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.getMyEnrollment.execute(ctx.actor, input, ctx.request)),
    ),
  enroll: protectedProcedure
    .input(courseIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.enroll.execute(ctx.actor, input, ctx.request)),
    ),
  cancel: protectedProcedure
    .input(courseIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.cancelEnrollment.execute(ctx.actor, input, ctx.request)),
    ),
  lesson: protectedProcedure
    .input(lessonIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.getLesson.execute(ctx.actor, input, ctx.request)),
    ),
  visitLesson: protectedProcedure
    .input(lessonIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.visitLesson.execute(ctx.actor, input, ctx.request)),
    ),
  completeLesson: protectedProcedure
    .input(lessonIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.completeLesson.execute(ctx.actor, input, ctx.request)),
    ),
  myLearning: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.learning.listMyLearning.execute(ctx.actor)),
  ),
});

export const certificatesRouter = router({
  get: publicProcedure
    .input(certificateCodeInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.learning.getCertificate.execute(input))),
});

export const studioRouter = router({
  myCourses: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.learning.listMyCourses.execute(ctx.actor)),
  ),
  get: protectedProcedure
    .input(courseIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.getStudioCourse.execute(ctx.actor, input)),
    ),
  create: protectedProcedure
    .input(createCourseInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.createCourse.execute(ctx.actor, input, ctx.request)),
    ),
  updateDetails: protectedProcedure
    .input(updateCourseDetailsInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.updateDetails(ctx.actor, input, ctx.request)),
    ),
  addSection: protectedProcedure
    .input(addSectionInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.addSection(ctx.actor, input, ctx.request)),
    ),
  renameSection: protectedProcedure
    .input(renameSectionInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.renameSection(ctx.actor, input, ctx.request)),
    ),
  removeSection: protectedProcedure
    .input(sectionIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.removeSection(ctx.actor, input, ctx.request)),
    ),
  reorderSections: protectedProcedure
    .input(reorderSectionsInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.reorderSections(ctx.actor, input, ctx.request)),
    ),
  addLesson: protectedProcedure
    .input(addLessonInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.addLesson(ctx.actor, input, ctx.request)),
    ),
  editLesson: protectedProcedure
    .input(editLessonInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.editLesson(ctx.actor, input, ctx.request)),
    ),
  removeLesson: protectedProcedure
    .input(lessonIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.removeLesson(ctx.actor, input, ctx.request)),
    ),
  moveLesson: protectedProcedure
    .input(moveLessonInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.moveLesson(ctx.actor, input, ctx.request)),
    ),
  reorderLessons: protectedProcedure
    .input(reorderLessonsInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.reorderLessons(ctx.actor, input, ctx.request)),
    ),
  publish: protectedProcedure
    .input(courseIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.publish(ctx.actor, input, ctx.request)),
    ),
  archive: protectedProcedure
    .input(courseIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.learning.editCourse.archive(ctx.actor, input, ctx.request)),
    ),
});
