import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';
import type { TransactionScope } from '../shared/ports';

const nameOf = async (scope: TransactionScope, userId: string): Promise<string> =>
  (await scope.users.findById(userId))?.name ?? 'Someone';

/**
 * Connection requests, acceptances and messages reach the person's inbox. A message is announced only
 * when it is the first one they have not read in that conversation, so a lively chat is one
 * notification until they look, not one per line.
 */
export const networkNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: ['network.connection.requested', 'network.connection.accepted', 'network.message.sent'],
  async handle(envelope, scope, deps) {
    const base = { id: deps.ids.next(), category: 'network' as const, createdAt: deps.clock.now() };
    if (envelope.eventType === 'network.message.sent') {
      const { conversationId, senderId, recipientId, seq, request } = eventContracts[
        'network.message.sent'
      ].schema.parse(envelope.data);
      const conversation = await scope.network.conversationById(conversationId);
      // Announced when the recipient had read everything before it (however late the worker runs).
      if ((conversation?.readSeq[recipientId] ?? 0) !== seq - 1) return;
      const sender = await nameOf(scope, senderId);
      await scope.notifications.insert({
        ...base,
        userId: recipientId,
        title: request ? `Message request from ${sender}` : `New message from ${sender}`,
        body: request
          ? `${sender} is not in your network yet: read their note, then accept or decline it.`
          : `${sender} wrote to you.`,
        link: `/messages/${conversationId}`,
      });
      return;
    }
    const { requesterId, recipientId } = eventContracts['network.connection.requested'].schema.parse(
      envelope.data,
    );
    if (envelope.eventType === 'network.connection.requested') {
      const requester = await nameOf(scope, requesterId);
      await scope.notifications.insert({
        ...base,
        userId: recipientId,
        title: `${requester} wants to connect`,
        body: 'Accept to message each other freely, or ignore it: they are not told.',
        link: '/network',
      });
      return;
    }
    const recipient = await nameOf(scope, recipientId);
    await scope.notifications.insert({
      ...base,
      userId: requesterId,
      title: `${recipient} accepted your connection request`,
      body: 'You are connected now: say hello.',
      link: '/network',
    });
  },
};
