/**
 * `T` when it is plain JSON, which travels between processes unchanged: interfaces are welcome, but
 * a Date, function, bigint or symbol anywhere inside turns into `never` and fails to compile.
 */
export type LiveMessage<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends Date | bigint | symbol | ((...args: never[]) => unknown)
    ? never
    : T extends readonly (infer Item)[]
      ? readonly LiveMessage<Item>[]
      : { [Key in keyof T]: LiveMessage<T[Key]> };

export interface LiveSubscription<T> extends AsyncIterable<T> {
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
  publish<T extends NonNullable<unknown> | null>(channel: string, message: T & LiveMessage<T>): Promise<void>;
  /**
   * Listens from the moment of the call, buffering until read, in publish order per publisher. The
   * iteration ends, and the listener is removed, when `signal` aborts or the reader stops early.
   * `T` is what the publishers send, as parsed JSON (ISO strings where they had dates).
   */
  subscribe<T = unknown>(channel: string, options: { readonly signal: AbortSignal }): LiveSubscription<T>;
}
