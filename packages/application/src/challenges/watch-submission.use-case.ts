import { challengeErrors } from '@talentsphere/domain/challenges';
import type { AppError } from '@talentsphere/domain/shared';
import { err, ok, type ResultAsync } from 'neverthrow';
import type { Actor } from '../shared/actor';
import { asyncResult } from '../shared/async-result';
import { type ChallengeDeps, type SubmissionJudgedMessage, submissionChannel } from './challenge-deps';
import type { SubmissionView } from './challenge-read-models';

const RECHECK_MS = 5_000;

const delay = (ms: number, signal: AbortSignal): Promise<'recheck'> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve('recheck');
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

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
          const next = announcements[Symbol.asyncIterator]();
          let pending = next.next();
          while (!signal.aborted) {
            // An announcement can be lost (a subscriber reconnecting, a dead-lettered message): read
            // again every few seconds anyway, so a verdict already given always arrives.
            const outcome = await Promise.race([pending, delay(RECHECK_MS, signal)]);
            if (outcome !== 'recheck') {
              if (outcome.done) return;
              pending = next.next();
            }
            const current = await read();
            if (!current) return;
            if (current.status === 'judged' || outcome !== 'recheck') yield current;
            if (current.status === 'judged') return;
          }
        })(),
      );
    });
  }
}
