import {
  addRecruiterInput,
  applicationIdInput,
  applyInput,
  companyIdInput,
  companySlugInput,
  createCompanyInput,
  editJobInput,
  jobIdInput,
  jobSearchInput,
  moveApplicationInput,
  postJobInput,
  rejectApplicationInput,
  reviewCompanyInput,
  updateCompanyInput,
} from '@talentsphere/application/recruiting';
import { unwrap } from './to-trpc-error';
import { optionalActorProcedure, protectedProcedure, publicProcedure, router } from './trpc';

export const companiesRouter = router({
  create: protectedProcedure
    .input(createCompanyInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.createCompany.execute(ctx.actor, input, ctx.request)),
    ),
  update: protectedProcedure
    .input(updateCompanyInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.updateCompany.execute(ctx.actor, input, ctx.request)),
    ),
  addRecruiter: protectedProcedure
    .input(addRecruiterInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.addRecruiter.execute(ctx.actor, input, ctx.request)),
    ),
  review: protectedProcedure
    .input(reviewCompanyInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.reviewCompany.execute(ctx.actor, input, ctx.request)),
    ),
  bySlug: publicProcedure
    .input(companySlugInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.recruiting.getCompany.execute(input.slug))),
  mine: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.recruiting.listMyCompanies.execute(ctx.actor)),
  ),
  jobs: protectedProcedure
    .input(companyIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.listCompanyJobs.execute(ctx.actor, input)),
    ),
});

export const jobsRouter = router({
  search: publicProcedure
    .input(jobSearchInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.recruiting.searchJobs.execute(input))),
  get: optionalActorProcedure
    .input(jobIdInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.recruiting.getJob.execute(ctx.actor, input))),
  post: protectedProcedure
    .input(postJobInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.postJob.execute(ctx.actor, input, ctx.request)),
    ),
  edit: protectedProcedure
    .input(editJobInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.editJob.execute(ctx.actor, input, ctx.request)),
    ),
  publish: protectedProcedure
    .input(jobIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.publishJob.execute(ctx.actor, input, ctx.request)),
    ),
  close: protectedProcedure
    .input(jobIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.closeJob.execute(ctx.actor, input, ctx.request)),
    ),
  pipeline: protectedProcedure
    .input(jobIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.getJobPipeline.execute(ctx.actor, input)),
    ),
  myApplication: protectedProcedure
    .input(jobIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.getMyApplicationToJob.execute(ctx.actor, input)),
    ),
});

export const applicationsRouter = router({
  submit: protectedProcedure
    .input(applyInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.applyToJob.execute(ctx.actor, input, ctx.request)),
    ),
  mine: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.recruiting.listMyApplications.execute(ctx.actor)),
  ),
  /** A mutation: the first view by the employer is recorded (jobs.application.viewed). */
  view: protectedProcedure
    .input(applicationIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.viewApplication.execute(ctx.actor, input, ctx.request)),
    ),
  move: protectedProcedure
    .input(moveApplicationInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.moveApplication.execute(ctx.actor, input, ctx.request)),
    ),
  reject: protectedProcedure
    .input(rejectApplicationInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.rejectApplication.execute(ctx.actor, input, ctx.request)),
    ),
  unreject: protectedProcedure
    .input(applicationIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.unrejectApplication.execute(ctx.actor, input, ctx.request)),
    ),
  hire: protectedProcedure
    .input(applicationIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.hireApplicant.execute(ctx.actor, input, ctx.request)),
    ),
  withdraw: protectedProcedure
    .input(applicationIdInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.recruiting.withdrawApplication.execute(ctx.actor, input, ctx.request)),
    ),
});
