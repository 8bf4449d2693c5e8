import {
  changeSubscriptionInput,
  localCheckoutIdInput,
  payLocalCheckoutInput,
  startCheckoutInput,
} from '@talentsphere/application/billing';
import { z } from 'zod';
import { unwrap } from './to-trpc-error';
import { protectedProcedure, publicProcedure, router } from './trpc';

/**
 * Plans (public), the signed-in user's billing, and the charging mutations, each under the caller's
 * Idempotency-Key. The local-checkout procedures serve the embedded provider's payment page; with
 * Stripe they answer BILLING_011.
 */
export const billingRouter = router({
  plans: publicProcedure
    .input(z.object({ audience: z.enum(['learner', 'employer']).optional() }).default({}))
    .query(({ ctx, input }) => ctx.services.billing.listPlans.execute(input)),
  mine: protectedProcedure.query(async ({ ctx }) =>
    unwrap(await ctx.services.billing.getMyBilling.execute(ctx.actor, ctx.request)),
  ),
  checkout: protectedProcedure
    .input(startCheckoutInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.billing.startCheckout.execute(ctx.actor, input, ctx.request)),
    ),
  cancel: protectedProcedure
    .input(changeSubscriptionInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.billing.cancel.execute(ctx.actor, input, ctx.request)),
    ),
  resume: protectedProcedure
    .input(changeSubscriptionInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.billing.resume.execute(ctx.actor, input, ctx.request)),
    ),
  portal: protectedProcedure.mutation(async ({ ctx }) =>
    unwrap(await ctx.services.billing.openPortal.execute(ctx.actor, ctx.request)),
  ),
  describeLocalCheckout: protectedProcedure
    .input(localCheckoutIdInput)
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.services.billing.describeLocalCheckout.execute(ctx.actor, input)),
    ),
  payLocalCheckout: protectedProcedure
    .input(payLocalCheckoutInput)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.services.billing.payLocalCheckout.execute(ctx.actor, input, ctx.request)),
    ),
});
