import { eventContracts } from '../events/contracts';
import type { EventEnvelope } from '../events/envelope';
import type { EventHandler } from '../shared/event-handler';

/** First consumer of the identity events: greets every new account with an in-app notification. */
export const welcomeNewUser: EventHandler = {
  consumer: 'notification',
  eventTypes: ['auth.user.registered'],
  async handle(envelope: EventEnvelope, scope, deps) {
    const data = eventContracts['auth.user.registered'].schema.parse(envelope.data);
    await scope.notifications.insert({
      id: deps.ids.next(),
      userId: data.userId,
      category: 'account',
      title: `Welcome to TalentSphere, ${data.name}`,
      body:
        data.role === 'employer'
          ? 'Create your company page and post your first job to start hiring on verified skills.'
          : 'Take a course or solve a challenge: everything you complete becomes verified skill evidence.',
      link: null,
      createdAt: deps.clock.now(),
    });
  },
};
