import { analyticsErrors, analyticsRangeInput } from '@talentsphere/application/engagement';
import { toTRPCError, unwrap } from './to-trpc-error';
import { protectedProcedure, router } from './trpc';

/** Refuses non-admins before their input is even read, so they learn nothing but FORBIDDEN. */
const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== 'admin') throw toTRPCError(analyticsErrors.adminOnly());
  return next();
});

export const analyticsRouter = router({
  dashboard: adminProcedure
    .input(analyticsRangeInput)
    .query(async ({ ctx, input }) => unwrap(await ctx.services.analyticsDashboard.execute(ctx.actor, input))),
});
