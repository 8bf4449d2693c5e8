import { NetworkTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { networkNotifications } from './network-notifications.handler';

describe('network notifications', () => {
  const world = () => {
    const bed = new NetworkTestbed();
    return { bed, ana: bed.user('Ana Araújo'), ben: bed.user('Ben Brown') };
  };
  const inbox = (bed: NetworkTestbed) => [...bed.db.tables.notifications.values()];
  const handleAll = async (bed: NetworkTestbed, type: string) => {
    for (const e of bed.events(type)) await bed.handle(networkNotifications, e);
  };

  it('Given a request and its acceptance, When the worker handles them, Then the recipient hears of the request and the requester of the acceptance', async () => {
    const { bed, ana, ben } = world();
    const { connectionId } = (
      await bed.services.requestConnection.execute(ana, { userId: ben.userId }, bed.ctx)
    )._unsafeUnwrap();
    await handleAll(bed, 'network.connection.requested');
    (
      await bed.services.answerConnection.execute(ben, { connectionId, answer: 'accept' }, bed.ctx)
    )._unsafeUnwrap();
    await handleAll(bed, 'network.connection.accepted');
    expect(inbox(bed).map((n) => [n.userId, n.category, n.title, n.link])).toEqual([
      [ben.userId, 'network', 'Ana Araújo wants to connect', '/network'],
      [ana.userId, 'network', 'Ben Brown accepted your connection request', '/network'],
    ]);
  });

  it('Given three unread messages, When the worker handles them, Then only the first is announced; after reading, the next one is again', async () => {
    const { bed, ana, ben } = world();
    const send = async (body: string) =>
      (
        await bed.services.sendMessage.execute(ana, { recipientId: ben.userId, body }, bed.ctx)
      )._unsafeUnwrap();
    const { conversationId } = await send('Hi Ben, a question about your course');
    (
      await bed.services.answerMessageRequest.execute(ben, { conversationId, answer: 'accept' }, bed.ctx)
    )._unsafeUnwrap();
    await send('Second');
    await send('Third');
    await handleAll(bed, 'network.message.sent');
    expect(inbox(bed).map((n) => [n.userId, n.title, n.link])).toEqual([
      [ben.userId, 'Message request from Ana Araújo', `/messages/${conversationId}`],
    ]);
    (await bed.services.markConversationRead.execute(ben, { conversationId }, bed.ctx))._unsafeUnwrap();
    await send('Fourth');
    const fourth = bed.events('network.message.sent').at(-1);
    if (fourth) await bed.handle(networkNotifications, fourth);
    expect(inbox(bed).map((n) => n.title)).toEqual([
      'Message request from Ana Araújo',
      'New message from Ana Araújo',
    ]);
  });
});
