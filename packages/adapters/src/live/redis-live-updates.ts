import type { LiveMessage, LiveSubscription, LiveUpdates } from '@talentsphere/application/shared';
import type { Redis } from 'ioredis';
import { liveSubscription } from './live-subscription';

export interface RedisLiveUpdatesOptions {
  /** Any connection of the process: PUBLISH does not block it. */
  readonly publisher: Redis;
  /**
   * A connection of its own, shared by every subscription of the process; it goes into subscriber
   * mode and can run nothing else. ioredis subscribes again after a reconnect.
   */
  readonly subscriber: Redis;
  /** Namespaces the deployment's channels in a shared Redis (ioredis' keyPrefix skips channels). */
  readonly channelPrefix: string;
}

interface ChannelListeners {
  readonly listeners: Set<(text: string) => void>;
  readonly subscribed: Promise<void>;
}

/**
 * LiveUpdates over Redis pub/sub, so a message published by any process (api or worker) reaches the
 * subscriptions of every api process. One SUBSCRIBE per channel and process, however many listen;
 * the last listener to leave unsubscribes. The connections' lifecycle is the caller's.
 */
export class RedisLiveUpdates implements LiveUpdates {
  private readonly channels = new Map<string, ChannelListeners>();

  constructor(private readonly options: RedisLiveUpdatesOptions) {
    options.subscriber.on('message', (channel: string, text: string) => {
      const entry = this.channels.get(channel);
      if (!entry) return;
      for (const listener of entry.listeners) listener(text);
    });
  }

  async publish<T extends NonNullable<unknown> | null>(
    channel: string,
    message: T & LiveMessage<T>,
  ): Promise<void> {
    await this.options.publisher.publish(this.channelName(channel), JSON.stringify(message));
  }

  subscribe<T = unknown>(channel: string, options: { readonly signal: AbortSignal }): LiveSubscription<T> {
    const name = this.channelName(channel);
    return liveSubscription<T>(options.signal, (deliver) => {
      const entry = this.channels.get(name) ?? this.subscribeChannel(name);
      const listener = (text: string) => deliver(JSON.parse(text) as T);
      entry.listeners.add(listener);
      return {
        ready: entry.subscribed,
        detach: () => {
          entry.listeners.delete(listener);
          if (entry.listeners.size > 0 || this.channels.get(name) !== entry) return;
          this.channels.delete(name);
          // Commands on one connection run in order, so a SUBSCRIBE that follows still wins.
          this.options.subscriber.unsubscribe(name).catch(() => undefined);
        },
      };
    });
  }

  private subscribeChannel(name: string): ChannelListeners {
    const entry: ChannelListeners = {
      listeners: new Set(),
      subscribed: this.options.subscriber.subscribe(name).then(
        () => undefined,
        (error: unknown) => {
          // The next subscriber tries again instead of inheriting the failure.
          if (this.channels.get(name) === entry) this.channels.delete(name);
          throw error;
        },
      ),
    };
    this.channels.set(name, entry);
    return entry;
  }

  private channelName(channel: string): string {
    return `${this.options.channelPrefix}${channel}`;
  }
}
