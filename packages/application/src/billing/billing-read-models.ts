import type {
  BillingInterval,
  InvoiceStatus,
  PlanAudience,
  PlanCode,
  PlanLimits,
  SubscriptionStatus,
} from '@talentsphere/domain/billing';
import type { PaymentProvider } from './payment-gateway.port';

// Read-side DTOs: plain JSON (dates as ISO strings, money as integer minor units plus its text).

export interface PriceDto {
  readonly amountMinor: number;
  readonly currency: string;
  /** "$19.00": formatted from the integer, never through a float. */
  readonly formatted: string;
}

export interface PlanDto {
  readonly code: PlanCode;
  readonly audience: PlanAudience;
  readonly name: string;
  readonly price: PriceDto | null;
  readonly interval: BillingInterval | null;
  readonly limits: PlanLimits;
  readonly features: readonly string[];
}

export interface SubscriptionDto {
  readonly id: string;
  readonly plan: PlanCode;
  readonly planName: string;
  readonly status: SubscriptionStatus;
  readonly currentPeriodStart: string;
  readonly currentPeriodEnd: string;
  readonly cancelAtPeriodEnd: boolean;
  readonly canceledAt: string | null;
  /** When the next charge is due (null when it will not renew). */
  readonly renewsAt: string | null;
}

export interface InvoiceDto {
  readonly id: string;
  readonly status: InvoiceStatus;
  readonly amountDue: PriceDto;
  readonly amountPaid: PriceDto;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly hostedUrl: string | null;
  readonly createdAt: string;
}

/** The billing page: what the user holds now, their latest subscription and their invoices. */
export interface MyBillingDto {
  readonly provider: PaymentProvider;
  readonly audience: PlanAudience;
  /** The plan in effect now (the free one when nothing is paid for). */
  readonly plan: PlanDto;
  /** When the plan in effect ends unless renewed (null on the free plan). */
  readonly accessUntil: string | null;
  readonly subscription: SubscriptionDto | null;
  readonly invoices: readonly InvoiceDto[];
  /** Whether the provider hosts a page to manage cards and invoices (Stripe does, local does not). */
  readonly portalAvailable: boolean;
}

export interface InvoiceRow {
  readonly id: string;
  readonly status: InvoiceStatus;
  readonly currency: string;
  readonly amountDueMinor: number;
  readonly amountPaidMinor: number;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly hostedUrl: string | null;
  readonly createdAt: Date;
}

/** Read side of billing: lists for screens, no aggregates. */
export interface BillingQueries {
  /** The user's invoices, newest period first, at most `limit`. */
  invoicesOf(userId: string, limit: number): Promise<InvoiceRow[]>;
}
