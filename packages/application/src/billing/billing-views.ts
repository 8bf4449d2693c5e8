import {
  findPlan,
  formatAmount,
  type Invoice,
  type Plan,
  type Subscription,
} from '@talentsphere/domain/billing';
import type { InvoiceDto, InvoiceRow, PlanDto, PriceDto, SubscriptionDto } from './billing-read-models';

export const toPrice = (amountMinor: number, currency: string): PriceDto => ({
  amountMinor,
  currency,
  formatted: formatAmount({ amountMinor, currency }),
});

export const toPlanDto = (plan: Plan): PlanDto => ({
  code: plan.code,
  audience: plan.audience,
  name: plan.name,
  price: plan.price ? toPrice(plan.price.amountMinor, plan.price.currency) : null,
  interval: plan.interval,
  limits: plan.limits,
  features: plan.features,
});

const RENEWING = ['trialing', 'active', 'past_due'];

export const toSubscriptionDto = (s: Subscription): SubscriptionDto => ({
  id: s.id,
  plan: s.plan,
  planName: findPlan(s.plan)?.name ?? s.plan,
  status: s.status,
  currentPeriodStart: s.currentPeriodStart.toISOString(),
  currentPeriodEnd: s.currentPeriodEnd.toISOString(),
  cancelAtPeriodEnd: s.cancelAtPeriodEnd,
  canceledAt: s.canceledAt?.toISOString() ?? null,
  renewsAt: RENEWING.includes(s.status) && !s.cancelAtPeriodEnd ? s.currentPeriodEnd.toISOString() : null,
});

export const toInvoiceDto = (i: InvoiceRow | Invoice): InvoiceDto => ({
  id: i.id,
  status: i.status,
  amountDue: toPrice(i.amountDueMinor, i.currency),
  amountPaid: toPrice(i.amountPaidMinor, i.currency),
  periodStart: i.periodStart.toISOString(),
  periodEnd: i.periodEnd.toISOString(),
  hostedUrl: i.hostedUrl,
  createdAt: i.createdAt.toISOString(),
});
