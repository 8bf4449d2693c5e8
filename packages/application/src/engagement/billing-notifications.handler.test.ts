import { BillingTestbed, handleInUnitOfWork } from '@talentsphere/adapters/in-memory';
import { describe, expect, it } from 'vitest';
import { billingNotifications } from './billing-notifications.handler';

describe('billing notifications', () => {
  it('Given a subscription bought, cancelled and a renewal failed, When the worker handles each payments event, Then the customer is told each, linking to billing', async () => {
    const bed = new BillingTestbed();
    const learner = bed.user('jobseeker');
    const sub = await bed.subscribe(learner, 'learner-pro-monthly');
    await bed.services.cancel.execute(learner, { idempotencyKey: 'cancel-key-1' }, bed.ctx);
    await bed.services.resume.execute(learner, { idempotencyKey: 'resume-key-1' }, bed.ctx);
    bed.clock.advance(31 * 86_400);
    await bed.gateway.failRenewal(sub.providerSubscriptionId);
    for (const envelope of bed.db.tables.outbox.filter((e) => e.eventType.startsWith('payments.')))
      await handleInUnitOfWork(bed, billingNotifications, envelope);

    const told = [...bed.db.tables.notifications.values()];
    expect(
      told.every((n) => n.userId === learner.userId && n.category === 'billing' && n.link === '/billing'),
    ).toBe(true);
    expect(told.map((n) => n.title)).toEqual([
      'Welcome to Pro',
      'Payment received: $19.00',
      'Your Pro plan will not renew',
      'Your payment of $19.00 failed',
    ]);
  });
});
