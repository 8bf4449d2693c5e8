import { describe, expect, it } from 'vitest';
import { anInvoiceSnapshot, at, position } from './billing.fixtures';
import { applyInvoiceSnapshot, canInvoiceMove, type Invoice } from './invoice';

const apply = (current: Invoice | undefined, days: number, o = {}, paymentFailed = false, eventId?: string) =>
  applyInvoiceSnapshot(
    current,
    {
      id: 'invoice-1',
      userId: 'user-1',
      snapshot: anInvoiceSnapshot(o),
      event: position(days, eventId),
      paymentFailed,
    },
    { now: at(days) },
  )._unsafeUnwrap();

describe('applyInvoiceSnapshot', () => {
  it('Given an open invoice, When it is paid, Then payments.invoice.paid carries the integer amount and period', () => {
    const open = apply(undefined, 0);
    expect(open.events).toEqual([]);
    const paid = apply(open.state, 1, { status: 'paid', amountPaidMinor: 1900 });
    expect(paid.events).toEqual([
      {
        type: 'payments.invoice.paid',
        data: {
          invoiceId: 'invoice-1',
          userId: 'user-1',
          providerSubscriptionId: 'sub_1',
          currency: 'USD',
          amountPaidMinor: 1900,
          periodStart: at(0).toISOString(),
          periodEnd: at(30).toISOString(),
        },
      },
    ]);
  });

  it('Given a failed charge, When the event says so, Then payments.payment.failed is recorded with the amount due', () => {
    const failed = apply(undefined, 0, {}, true);
    expect(failed.events).toEqual([
      expect.objectContaining({
        type: 'payments.payment.failed',
        data: expect.objectContaining({ amountDueMinor: 1900 }),
      }),
    ]);
  });

  it('Given a paid invoice, When an older open event arrives late, Then it stays paid and nothing is recorded', () => {
    const paid = apply(undefined, 2, { status: 'paid', amountPaidMinor: 1900 });
    const late = apply(paid.state, 1, { status: 'open' }, true);
    expect(late).toMatchObject({ applied: false, events: [] });
    expect(late.state.status).toBe('paid');
  });

  it('Given draft and open at one instant with ids out of order, When they arrive in either order, Then the mirror is open', () => {
    const draft = apply(undefined, 1, { status: 'draft' }, false, 'evt_z');
    expect(apply(draft.state, 1, { status: 'open' }, false, 'evt_a').state.status).toBe('open');
    const open = apply(undefined, 1, { status: 'open' }, false, 'evt_a');
    expect(apply(open.state, 1, { status: 'draft' }, false, 'evt_z')).toMatchObject({
      applied: false,
      state: { status: 'open' },
    });
  });

  it('Given a paid invoice, When a newer event claims it open again, Then the final state is kept', () => {
    const paid = apply(undefined, 1, { status: 'paid', amountPaidMinor: 1900 });
    expect(apply(paid.state, 2, { status: 'open' }).state.status).toBe('paid');
  });

  it('Given a fractional or negative amount, When applied, Then it is refused', () => {
    const bad = (o: object) =>
      applyInvoiceSnapshot(
        undefined,
        { id: 'i', userId: 'u', snapshot: anInvoiceSnapshot(o), event: position(0), paymentFailed: false },
        { now: at(0) },
      );
    expect(bad({ amountDueMinor: 19.5 })._unsafeUnwrapErr().code).toBe('VALIDATION');
    expect(bad({ amountPaidMinor: -1 })._unsafeUnwrapErr().code).toBe('VALIDATION');
  });

  it.each([
    ['draft', 'open', true],
    ['open', 'paid', true],
    ['open', 'void', true],
    ['uncollectible', 'paid', true],
    ['paid', 'open', false],
    ['void', 'paid', false],
    ['open', 'draft', false],
  ] as const)('Given %s, When it moves to %s, Then allowed is %s', (from, to, allowed) => {
    expect(canInvoiceMove(from, to)).toBe(allowed);
  });
});
