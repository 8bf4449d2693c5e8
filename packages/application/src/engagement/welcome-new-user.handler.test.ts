import { IdentityTestbed } from '@talentsphere/adapters/in-memory';
import { ok, ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createEnvelope } from '../events';
import { welcomeNewUser } from './welcome-new-user.handler';

const USER_ID = '0190f0f0-1234-7abc-8def-0123456789ab';

describe('welcomeNewUser', () => {
  it.each([
    ['employer', /post your first job/],
    ['jobseeker', /Take a course or solve a challenge/],
  ] as const)(
    'Given a new %s, When auth.user.registered is handled, Then one welcome notification is written for them',
    async (role, body) => {
      const bed = new IdentityTestbed();
      const envelope = createEnvelope(
        {
          type: 'auth.user.registered',
          data: { userId: USER_ID, email: 'ada@example.com', name: 'Ada', role },
        },
        { messageId: bed.ids.next(), timestamp: bed.clock.now(), correlationId: 'corr' },
      );

      await bed.uow.run(
        (scope) =>
          ResultAsync.fromSafePromise(welcomeNewUser.handle(envelope, scope, bed)).andThen(() =>
            ok(undefined),
          ),
        { correlationId: 'corr' },
      );

      const notifications = [...bed.db.tables.notifications.values()];
      expect(notifications).toMatchObject([
        {
          userId: USER_ID,
          category: 'account',
          title: 'Welcome to TalentSphere, Ada',
          createdAt: bed.clock.now(),
        },
      ]);
      expect(notifications[0]?.body).toMatch(body);
    },
  );

  it('Given an envelope whose data breaks the contract, When handled, Then it throws and writes nothing', async () => {
    const bed = new IdentityTestbed();
    const envelope = {
      messageId: bed.ids.next(),
      eventType: 'auth.user.registered',
      version: 1,
      timestamp: bed.clock.now().toISOString(),
      correlationId: 'corr',
      data: { userId: 'not-a-uuid' },
    };
    const run = async () =>
      bed.uow.run((scope) => ResultAsync.fromSafePromise(welcomeNewUser.handle(envelope, scope, bed)), {
        correlationId: 'corr',
      });

    await expect(run()).rejects.toThrow();
    expect(bed.db.tables.notifications.size).toBe(0);
  });
});
