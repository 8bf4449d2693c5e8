import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import type { LiveUpdates } from '../shared/live-updates.port';

/** The live channel of one person's inbox. */
export const notificationChannel = (userId: string) => `engagement:notifications:${userId}`;

/** What the channel carries: only that the inbox grew; readers fetch from the database after their cursor. */
export interface NotificationSentMessage {
  readonly seq: number;
}

/**
 * Tells every api process that a person's inbox grew, so their open pages show it at once. It listens
 * to `notification.sent`, which is relayed only after the notification committed.
 */
export function announceNotifications(live: LiveUpdates): EventHandler {
  return {
    consumer: 'notifications-live',
    eventTypes: ['notification.sent'],
    async handle(envelope) {
      const { userId, seq } = eventContracts['notification.sent'].schema.parse(envelope.data);
      await live.publish<NotificationSentMessage>(notificationChannel(userId), { seq });
    },
  };
}
