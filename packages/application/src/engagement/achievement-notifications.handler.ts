import { eventContracts } from '../events/contracts';
import type { EventHandler } from '../shared/event-handler';

/** Tells a person of each badge they earn and each level they reach; both show on their profile. */
export const achievementNotifications: EventHandler = {
  consumer: 'notification',
  eventTypes: ['gamification.badge.earned', 'gamification.level.up'],
  async handle(envelope, scope, deps) {
    const text =
      envelope.eventType === 'gamification.badge.earned'
        ? (() => {
            const { userId, name } = eventContracts['gamification.badge.earned'].schema.parse(envelope.data);
            return { userId, title: `Badge earned: ${name}`, body: 'It now shows on your profile.' };
          })()
        : (() => {
            const { userId, toLevel, totalPoints } = eventContracts['gamification.level.up'].schema.parse(
              envelope.data,
            );
            return {
              userId,
              title: `You reached level ${toLevel}`,
              body: `${totalPoints.toLocaleString('en')} points so far. Keep learning and solving to climb further.`,
            };
          })();
    await scope.notifications.insert({
      id: deps.ids.next(),
      ...text,
      category: 'achievements',
      link: '/profile',
      createdAt: deps.clock.now(),
    });
  },
};
