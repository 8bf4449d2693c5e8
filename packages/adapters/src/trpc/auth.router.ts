import type { IssuedSession } from '@talentsphere/application/identity';
import { loginInput, registerInput } from '@talentsphere/application/identity';
import type { AppError } from '@talentsphere/domain/shared';
import type { Result } from 'neverthrow';
import type { TrpcContext } from './context';
import { toTRPCError } from './to-trpc-error';
import { protectedProcedure, publicProcedure, router } from './trpc';

/** What the browser gets: the refresh token stays in the httpOnly cookie. */
function sessionResponse(ctx: TrpcContext, result: Result<IssuedSession, AppError>) {
  if (result.isErr()) {
    if (result.error.code === 'AUTH_002') ctx.sessionCookie.clear();
    throw toTRPCError(result.error);
  }
  const session = result.value;
  ctx.sessionCookie.write(session.refreshToken, new Date(session.refreshTokenExpiresAt));
  return {
    user: session.user,
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
  };
}

export const authRouter = router({
  register: publicProcedure
    .input(registerInput)
    .mutation(async ({ ctx, input }) =>
      sessionResponse(ctx, await ctx.services.registerUser.execute(input, ctx.request)),
    ),

  login: publicProcedure
    .input(loginInput)
    .mutation(async ({ ctx, input }) =>
      sessionResponse(ctx, await ctx.services.login.execute(input, ctx.request)),
    ),

  refresh: publicProcedure.mutation(async ({ ctx }) =>
    sessionResponse(ctx, await ctx.services.refreshSession.execute(ctx.sessionCookie.read(), ctx.request)),
  ),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    const result = await ctx.services.logout.execute(ctx.sessionCookie.read(), ctx.request);
    ctx.sessionCookie.clear();
    if (result.isErr()) throw toTRPCError(result.error);
    return result.value;
  }),

  me: protectedProcedure.query(async ({ ctx }) => {
    const result = await ctx.services.getCurrentUser.execute(ctx.actor);
    if (result.isErr()) throw toTRPCError(result.error);
    return result.value;
  }),
});
