/**
 * The one error shape of domain and application: a tagged plain object, never thrown for an expected
 * failure. `kind` decides the transport status; `code` is the stable code clients switch on.
 */
export type ErrorKind =
  | 'NotFound'
  | 'Conflict'
  | 'Forbidden'
  | 'Unauthenticated'
  | 'Validation'
  | 'Precondition'
  | 'RateLimited'
  | 'Unavailable'
  /** The caller's plan does not include this; upgrading would allow it (HTTP 402). */
  | 'PaymentRequired';

export interface AppError {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly message: string;
  /** Field-level problems for Validation errors, keyed by input path (`password`, `email`). */
  readonly fields?: Readonly<Record<string, string>>;
  /** Seconds to wait before retrying, for RateLimited errors. */
  readonly retryAfterSeconds?: number;
}

const make =
  (kind: ErrorKind) =>
  (code: string, message: string, extra: Pick<AppError, 'fields' | 'retryAfterSeconds'> = {}): AppError => ({
    kind,
    code,
    message,
    ...extra,
  });

export const notFound = make('NotFound');
export const conflict = make('Conflict');
export const forbidden = make('Forbidden');
export const unauthenticated = make('Unauthenticated');
export const validation = make('Validation');
export const precondition = make('Precondition');
export const rateLimited = make('RateLimited');
export const unavailable = make('Unavailable');
export const paymentRequired = make('PaymentRequired');
