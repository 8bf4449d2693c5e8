import { handleInUnitOfWork, IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { createEnvelope, type EventType } from '../events';
import { achievementNotifications } from './achievement-notifications.handler';

const USER_ID = '0190f0f0-1234-7abc-8def-0123456789ab';

describe('achievement notifications', () => {
  const handled = async (type: EventType, data: unknown) => {
    const bed = new IdentityTestbed();
    const envelope = createEnvelope(
      { type, data },
      { messageId: bed.ids.next(), timestamp: bed.clock.now(), correlationId: 'corr' },
    );
    await handleInUnitOfWork(bed, achievementNotifications, envelope);
    return [...bed.db.tables.notifications.values()];
  };

  it('Given a badge earned, When the worker handles it, Then its owner is told its name, with a link to their profile', async () => {
    const notifications = await handled('gamification.badge.earned', {
      userId: USER_ID,
      badge: 'first-course',
      name: 'First course completed',
      earnedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(notifications).toEqual([
      expect.objectContaining({
        userId: USER_ID,
        category: 'achievements',
        title: 'Badge earned: First course completed',
        link: '/profile',
      }),
    ]);
  });

  it('Given a level up, When the worker handles it, Then the person is told the new level and their points', async () => {
    const notifications = await handled('gamification.level.up', {
      userId: USER_ID,
      fromLevel: 2,
      toLevel: 3,
      totalPoints: 1250,
    });
    expect(notifications).toEqual([
      expect.objectContaining({
        category: 'achievements',
        title: 'You reached level 3',
        body: expect.stringContaining('1,250 points'),
      }),
    ]);
  });
});
