import { type AppError, rateLimited } from '@talentsphere/domain/shared';
import { err, ok, type Result } from 'neverthrow';

export const tooManyLiveStreams = (perUser: number): AppError =>
  rateLimited(
    'TOO_MANY_LIVE_STREAMS',
    `You already have ${perUser} live connections open. Close some tabs, then try again.`,
  );

export interface LiveStreamSlot {
  /** Gives the slot back; later calls do nothing, so every way a stream ends may call it. */
  release(): void;
}

/**
 * Counts each user's open live streams (SSE subscriptions) in this process, so that one account
 * cannot open thousands and exhaust it: each stream holds listeners, memory and, in full mode, a
 * Redis subscription. A stream takes its slot before anything else is set up for it.
 */
export class LiveStreamSlots {
  private readonly openByUser = new Map<string, number>();

  constructor(readonly perUser: number) {
    if (!Number.isInteger(perUser) || perUser < 1)
      throw new RangeError(`Live streams per user must be a whole number of at least 1, not ${perUser}`);
  }

  /** A slot for one more stream of the user, or TOO_MANY_LIVE_STREAMS while they hold all theirs. */
  take(userId: string): Result<LiveStreamSlot, AppError> {
    const open = this.openFor(userId);
    if (open >= this.perUser) return err(tooManyLiveStreams(this.perUser));
    this.openByUser.set(userId, open + 1);
    let released = false;
    return ok({
      release: () => {
        if (released) return;
        released = true;
        const left = this.openFor(userId) - 1;
        // No entry for users without streams: the map stays as small as what is open.
        if (left > 0) this.openByUser.set(userId, left);
        else this.openByUser.delete(userId);
      },
    });
  }

  openFor(userId: string): number {
    return this.openByUser.get(userId) ?? 0;
  }
}

/**
 * The stream, holding `slot` until it is over: it finishes, throws or is closed by its reader, or
 * `signal` aborts (the client left or the server is closing), which also frees the slot of a stream
 * that was never read.
 */
export function holdingSlot<T>(
  stream: AsyncIterable<T>,
  slot: LiveStreamSlot,
  signal: AbortSignal | undefined,
): AsyncIterable<T> {
  if (signal?.aborted) slot.release();
  signal?.addEventListener('abort', slot.release, { once: true });
  return (async function* () {
    try {
      yield* stream;
    } finally {
      slot.release();
      signal?.removeEventListener('abort', slot.release);
    }
  })();
}
