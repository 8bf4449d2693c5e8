import type { AppError, ErrorKind } from '@talentsphere/domain/shared';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { Result } from 'neverthrow';

const codeByKind = {
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  Unauthenticated: 'UNAUTHORIZED',
  Validation: 'BAD_REQUEST',
  Precondition: 'PRECONDITION_FAILED',
  RateLimited: 'TOO_MANY_REQUESTS',
  Unavailable: 'SERVICE_UNAVAILABLE',
  PaymentRequired: 'PAYMENT_REQUIRED',
} as const satisfies Record<ErrorKind, TRPC_ERROR_CODE_KEY>;

/** Carries the AppError through tRPC so the error formatter can put its code into `data`. */
export class AppTRPCError extends TRPCError {
  constructor(readonly appError: AppError) {
    super({ code: codeByKind[appError.kind], message: appError.message });
  }
}

export const toTRPCError = (error: AppError): TRPCError => new AppTRPCError(error);

/** A use case's value, or its AppError thrown as the matching tRPC error. */
export function unwrap<T>(result: Result<T, AppError>): T {
  if (result.isErr()) throw toTRPCError(result.error);
  return result.value;
}
