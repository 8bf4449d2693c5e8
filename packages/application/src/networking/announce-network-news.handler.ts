import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import type { LiveUpdates } from '../shared/live-updates.port';
import { type NetworkNewsMessage, networkChannel } from './network-deps';

/**
 * Tells the api processes that someone has a new message or connection request (and a requester that
 * theirs was accepted), so their open web app shows it at once. It listens to the events, which are
 * relayed only after the message or request committed, so it never announces one rolled back.
 */
export function announceNetworkNews(live: LiveUpdates): EventHandler {
  return {
    consumer: 'network-live',
    eventTypes: ['network.message.sent', 'network.connection.requested', 'network.connection.accepted'],
    async handle(envelope) {
      if (envelope.eventType === 'network.message.sent') {
        const { recipientId } = eventContracts['network.message.sent'].schema.parse(envelope.data);
        await live.publish<NetworkNewsMessage>(networkChannel(recipientId), { kind: 'message' });
        return;
      }
      const { requesterId, recipientId } = eventContracts['network.connection.requested'].schema.parse(
        envelope.data,
      );
      const told = envelope.eventType === 'network.connection.accepted' ? requesterId : recipientId;
      await live.publish<NetworkNewsMessage>(networkChannel(told), { kind: 'connection' });
    },
  };
}
