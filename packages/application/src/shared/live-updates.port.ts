/** What travels on a live channel: plain JSON, so every adapter can carry it across processes. */
export type LiveMessage =
  | string
  | number
  | boolean
  | null
  | readonly LiveMessage[]
  | { readonly [key: string]: LiveMessage };

export interface LiveSubscription<T extends LiveMessage = LiveMessage> extends AsyncIterable<T> {
  /**
   * Settles once every message published from then on will be delivered (for Redis: the SUBSCRIBE
   * was acknowledged). Await it before reading a backlog so nothing falls between backlog and live.
   * Rejects when the subscription cannot be made; the iteration then throws the same error.
   */
  readonly ready: Promise<void>;
}

/**
 * Pushes messages to whoever listens on a channel right now, in every api process (fire and forget:
 * a listener that is not connected misses the message, so durable state stays in the database and
 * listeners catch up from it on reconnect). Channels follow `{context}:{entity}:{id}`.
 */
export interface LiveUpdates {
  publish(channel: string, message: LiveMessage): Promise<void>;
  /**
   * Listens from the moment of the call, buffering until read, in publish order per publisher. The
   * iteration ends, and the listener is removed, when `signal` aborts or the reader stops early.
   */
  subscribe<T extends LiveMessage = LiveMessage>(
    channel: string,
    options: { readonly signal: AbortSignal },
  ): LiveSubscription<T>;
}
