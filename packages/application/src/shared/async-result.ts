import type { AppError } from '@talentsphere/domain/shared';
import { type Result, ResultAsync } from 'neverthrow';

/**
 * Lets a use case be written as straight-line async code that returns `ok`/`err`, while callers
 * still get a ResultAsync. Unexpected throws stay throws (the unit of work rolls back on them).
 */
export function asyncResult<T>(body: () => Promise<Result<T, AppError>>): ResultAsync<T, AppError> {
  return new ResultAsync(body());
}
