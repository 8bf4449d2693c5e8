import { err, ok, type Result } from 'neverthrow';
import type { AppError, DomainEvent } from '../shared';
import type { InvoiceStatus } from './billing-statuses';
import { amount } from './money';
import { type EventPosition, invoiceStatusRank, isNewer } from './provider-order';

/** The provider's state of an invoice (what one provider event carries). Amounts in minor units. */
export interface InvoiceSnapshot {
  readonly providerInvoiceId: string;
  readonly providerSubscriptionId: string | null;
  readonly providerCustomerId: string;
  readonly status: InvoiceStatus;
  readonly currency: string;
  readonly amountDueMinor: number;
  readonly amountPaidMinor: number;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly hostedUrl: string | null;
}

/** Our mirror of a provider invoice: draft → open → paid | uncollectible | void, newest event wins. */
export interface Invoice extends InvoiceSnapshot {
  readonly id: string;
  readonly userId: string;
  readonly shownEvent: EventPosition;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface InvoiceIds {
  invoiceId: string;
  userId: string;
  providerSubscriptionId: string | null;
  currency: string;
}

export type InvoiceEvent =
  | DomainEvent<
      'payments.invoice.paid',
      InvoiceIds & { amountPaidMinor: number; periodStart: string; periodEnd: string }
    >
  | DomainEvent<'payments.payment.failed', InvoiceIds & { amountDueMinor: number }>;

/**
 * The invoice lifecycle. Paid and void are final; an uncollectible invoice may still be paid or
 * voided (the provider keeps collecting). Each list holds every state reachable later, so a mirror
 * that missed the steps between still follows; a newer event going back is refused.
 */
const NEXT: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  draft: ['draft', 'open', 'paid', 'uncollectible', 'void'],
  open: ['open', 'paid', 'uncollectible', 'void'],
  uncollectible: ['uncollectible', 'paid', 'void'],
  paid: ['paid'],
  void: ['void'],
};

export const canInvoiceMove = (from: InvoiceStatus, to: InvoiceStatus): boolean => NEXT[from].includes(to);

export interface InvoiceUpdate {
  readonly state: Invoice;
  readonly events: InvoiceEvent[];
  readonly applied: boolean;
}

/**
 * Applies one provider event's snapshot, newest wins. Records `payments.invoice.paid` when it becomes
 * paid, and `payments.payment.failed` when the event reports a failed charge of an invoice still due.
 */
export function applyInvoiceSnapshot(
  current: Invoice | undefined,
  input: {
    id: string;
    userId: string;
    snapshot: InvoiceSnapshot;
    event: EventPosition;
    paymentFailed: boolean;
  },
  ctx: { now: Date },
): Result<InvoiceUpdate, AppError> {
  const { snapshot, event } = input;
  const due = amount(snapshot.amountDueMinor, snapshot.currency);
  if (due.isErr()) return err(due.error);
  const paid = amount(snapshot.amountPaidMinor, snapshot.currency);
  if (paid.isErr()) return err(paid.error);
  const candidate = { ...event, rank: invoiceStatusRank(snapshot.status) };
  if (current && !isNewer(candidate, { ...current.shownEvent, rank: invoiceStatusRank(current.status) }))
    return ok({ state: current, events: [], applied: false });
  if (current && !canInvoiceMove(current.status, snapshot.status))
    return ok({ state: current, events: [], applied: false });
  const state: Invoice = {
    ...snapshot,
    currency: due.value.currency,
    id: current?.id ?? input.id,
    userId: current?.userId ?? input.userId,
    shownEvent: event,
    createdAt: current?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
  const ids: InvoiceIds = {
    invoiceId: state.id,
    userId: state.userId,
    providerSubscriptionId: state.providerSubscriptionId,
    currency: state.currency,
  };
  const events: InvoiceEvent[] = [];
  if (state.status === 'paid' && current?.status !== 'paid')
    events.push({
      type: 'payments.invoice.paid',
      data: {
        ...ids,
        amountPaidMinor: state.amountPaidMinor,
        periodStart: state.periodStart.toISOString(),
        periodEnd: state.periodEnd.toISOString(),
      },
    });
  if (input.paymentFailed && (state.status === 'open' || state.status === 'uncollectible'))
    events.push({ type: 'payments.payment.failed', data: { ...ids, amountDueMinor: state.amountDueMinor } });
  return ok({ state, events, applied: true });
}
