import { challengeErrors } from '@talentsphere/domain/challenges';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { type ChallengeDeps, type SubmissionJudgedMessage, submissionChannel } from './challenge-deps';
import type { SubmissionView } from './challenge-read-models';

/**
 * A learner's submission as it is now, then again when the worker announces its judgement, until it
 * is judged. The listener is attached before the first read, so a judgement that lands in between is
 * not missed; the stream ends with the judged submission, or when `signal` aborts.
 */
export class WatchSubmission {
  constructor(private readonly deps: Pick<ChallengeDeps, 'queries' | 'live'>) {}

  execute(
    actor: Actor,
    input: { submissionId: string },
    signal: AbortSignal,
  ): ResultAsync<AsyncIterable<SubmissionView>, AppError> {
    const { deps } = this;
    return asyncResult(async () => {
      const announcements = deps.live.subscribe<SubmissionJudgedMessage>(
        submissionChannel(input.submissionId),
        {
          signal,
        },
      );
      await announcements.ready;
      const read = async () => {
        const view = await deps.queries.submission(input.submissionId);
        // Someone else's submission does not exist for the caller.
        return view && view.userId === actor.userId ? view : undefined;
      };
      const first = await read();
      if (!first) return err(challengeErrors.submissionNotFound());
      return ok(
        (async function* () {
          yield first;
          if (first.status === 'judged') return;
          for await (const _announcement of announcements) {
            const current = await read();
            if (!current) return;
            yield current;
            if (current.status === 'judged') return;
          }
        })(),
      );
    });
  }
}
