import type { Invoice, Subscription, SubscriptionAccess } from '@talentsphere/domain/billing';
import type { RowLock } from '../recruiting/recruiting-repositories.port';
import type { PaymentProvider } from './payment-gateway.port';

// Write-side ports of billing: used inside a unit of work, so mirror rows, processed provider events
// and outbox events commit together.

/** A user's customer record at a payment provider. */
export interface BillingCustomer {
  readonly userId: string;
  readonly provider: PaymentProvider;
  readonly providerCustomerId: string;
  readonly createdAt: Date;
}

export interface BillingCustomerRepository {
  findByUser(userId: string, provider: PaymentProvider): Promise<BillingCustomer | undefined>;
  /** Locked when asked: every event of one customer is then applied one at a time. */
  findByProviderCustomer(
    provider: PaymentProvider,
    providerCustomerId: string,
    lock?: RowLock,
  ): Promise<BillingCustomer | undefined>;
  /** 'duplicate' when the user already has a customer at the provider (or the id is taken). */
  insert(customer: BillingCustomer): Promise<'inserted' | 'duplicate'>;
}

export interface SubscriptionRepository {
  findByProviderId(providerSubscriptionId: string): Promise<Subscription | undefined>;
  findById(id: string): Promise<Subscription | undefined>;
  /** Inserts or replaces the mirror row. */
  save(subscription: Subscription): Promise<void>;
  /** Every subscription of the user with the end of its last paid invoice: what entitlements read. */
  accessOf(userId: string): Promise<SubscriptionAccess[]>;
}

export interface InvoiceRepository {
  findByProviderId(providerInvoiceId: string): Promise<Invoice | undefined>;
  /** Inserts or replaces the mirror row. */
  save(invoice: Invoice): Promise<void>;
}

/** Provider events already processed, by the provider's event id: a redelivery changes nothing. */
export interface ProviderEventLog {
  /** 'duplicate' when the event was processed before (in a committed transaction). */
  record(entry: {
    provider: PaymentProvider;
    eventId: string;
    type: string;
    occurredAt: Date;
    processedAt: Date;
  }): Promise<'recorded' | 'duplicate'>;
}

/** The first answer to a checkout, kept per user and Idempotency-Key so a repeat gets it again. */
export interface CheckoutRecord {
  readonly userId: string;
  readonly idempotencyKey: string;
  readonly plan: string;
  readonly checkoutId: string;
  readonly url: string;
  readonly createdAt: Date;
}

export interface CheckoutRecordRepository {
  find(userId: string, idempotencyKey: string): Promise<CheckoutRecord | undefined>;
  /** 'duplicate' when a request with this key was stored first (a concurrent repeat). */
  insert(record: CheckoutRecord): Promise<'inserted' | 'duplicate'>;
}
