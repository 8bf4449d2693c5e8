import { EventEmitter } from 'node:events';
import type { LiveMessage, LiveSubscription, LiveUpdates } from '@talentsphere/application/shared';
import { liveSubscription } from './live-subscription';

/**
 * LiveUpdates inside one process (embedded mode, tests). Messages travel as JSON text, as they do
 * through Redis, so every listener gets its own copy and a non-JSON value fails at publish here too.
 */
export class InMemoryLiveUpdates implements LiveUpdates {
  // One listener per subscription: many open pages are normal, not a leak.
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish<T extends NonNullable<unknown> | null>(
    channel: string,
    message: T & LiveMessage<T>,
  ): Promise<void> {
    this.emitter.emit(channel, JSON.stringify(message));
  }

  subscribe<T = unknown>(channel: string, options: { readonly signal: AbortSignal }): LiveSubscription<T> {
    return liveSubscription<T>(options.signal, (deliver) => {
      const listener = (text: string) => deliver(JSON.parse(text) as T);
      this.emitter.on(channel, listener);
      return { ready: Promise.resolve(), detach: () => void this.emitter.off(channel, listener) };
    });
  }

  /** How many subscriptions listen on `channel` now. */
  listenerCount(channel: string): number {
    return this.emitter.listenerCount(channel);
  }
}
