import type { RateLimitRule } from '@talentsphere/application/shared';
import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { TrpcContext } from './context';
import { holdingSlot } from './live-stream-slots';
import { AppTRPCError, toTRPCError, unwrap } from './to-trpc-error';

/** Every procedure call counts, including each call of a batch. */
export const apiRateLimit: RateLimitRule = { name: 'api:ip', points: 600, windowSeconds: 60 };

const t = initTRPC.context<TrpcContext>().create({
  // Never ship stack traces to clients.
  isDev: false,
  // SSE subscriptions: pings keep idle streams open through proxies, and a client that hears
  // nothing, not even a ping, for a while reconnects (resuming after its last tracked id).
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  errorFormatter({ shape, error }) {
    const appError = error instanceof AppTRPCError ? error.appError : undefined;
    const zodError = error.cause instanceof ZodError ? error.cause : undefined;
    const internal = shape.data.code === 'INTERNAL_SERVER_ERROR';
    return {
      code: shape.code,
      message:
        appError?.message ??
        (zodError
          ? 'Some fields need attention.'
          : internal
            ? 'Something went wrong on our side. Please try again.'
            : shape.message),
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appError?.code ?? (zodError ? 'VALIDATION' : shape.data.code),
        fields: appError?.fields ?? (zodError ? fieldsOf(zodError) : undefined),
        retryAfterSeconds: appError?.retryAfterSeconds,
      },
    };
  },
});

function fieldsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Subscriptions belong on protectedProcedure, which caps the streams each user holds open. */
export const publicProcedure = t.procedure.use(async ({ ctx, next }) => {
  const limited = await ctx.services.rateLimiter.consume(apiRateLimit, ctx.request.ipAddress);
  if (limited) throw toTRPCError(limited);
  return next();
});

/**
 * Signed in. A subscription also holds one of the user's live-stream slots in this process, taken
 * before its input is read or anything is set up for it, and given back however the stream ends.
 */
export const protectedProcedure = publicProcedure
  .use(async ({ ctx, next }) => {
    const claims = await ctx.authenticate();
    if (claims.isErr()) throw toTRPCError(claims.error);
    return next({ ctx: { actor: claims.value } });
  })
  .use(async ({ ctx, type, signal, next }) => {
    if (type !== 'subscription') return next();
    const slot = unwrap(ctx.services.liveStreams.take(ctx.actor.userId));
    const result = await next();
    if (!result.ok) {
      slot.release();
      return result;
    }
    // Subscriptions here are async generators.
    return { ...result, data: holdingSlot(result.data as AsyncIterable<unknown>, slot, signal) };
  });

/** Public, but knows the caller when a valid token is sent (e.g. drafts for their company). */
export const optionalActorProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const claims = await ctx.authenticate();
  return next({ ctx: { actor: claims.isOk() ? claims.value : null } });
});
