import type {
  BillingCustomer,
  BillingCustomerRepository,
  BillingQueries,
  CheckoutRecord,
  CheckoutRecordRepository,
  InvoiceRepository,
  InvoiceRow,
  PaymentProvider,
  ProviderEventLog,
  SubscriptionRepository,
} from '@talentsphere/application/billing';
import type { Invoice, Subscription, SubscriptionAccess } from '@talentsphere/domain/billing';
import type { InMemoryStore } from './in-memory-database';

// Twins of the Kysely billing repositories: each mirrors the unique key the store relies on. Row
// locking comes from the unit of work, which runs one transaction at a time.

export class InMemoryBillingCustomerRepository implements BillingCustomerRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByUser(userId: string, provider: PaymentProvider): Promise<BillingCustomer | undefined> {
    return this.store.tables.billingCustomers.get(`${userId}:${provider}`);
  }

  async findByProviderCustomer(provider: PaymentProvider, providerCustomerId: string) {
    return [...this.store.tables.billingCustomers.values()].find(
      (c) => c.provider === provider && c.providerCustomerId === providerCustomerId,
    );
  }

  /** Mirrors the primary key (user, provider) and billing_customers_provider_key. */
  async insert(customer: BillingCustomer): Promise<'inserted' | 'duplicate'> {
    const key = `${customer.userId}:${customer.provider}`;
    if (
      this.store.tables.billingCustomers.has(key) ||
      (await this.findByProviderCustomer(customer.provider, customer.providerCustomerId))
    )
      return 'duplicate';
    this.store.tables.billingCustomers.set(key, customer);
    return 'inserted';
  }
}

export class InMemorySubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByProviderId(providerSubscriptionId: string): Promise<Subscription | undefined> {
    return [...this.store.tables.subscriptions.values()].find(
      (s) => s.providerSubscriptionId === providerSubscriptionId,
    );
  }

  async findById(id: string): Promise<Subscription | undefined> {
    return this.store.tables.subscriptions.get(id);
  }

  /** Mirrors subscriptions_provider_key. */
  async save(subscription: Subscription): Promise<void> {
    const other = await this.findByProviderId(subscription.providerSubscriptionId);
    if (other && other.id !== subscription.id)
      throw new Error(`Duplicate provider subscription ${subscription.providerSubscriptionId}`);
    this.store.tables.subscriptions.set(subscription.id, subscription);
  }

  async accessOf(userId: string): Promise<SubscriptionAccess[]> {
    const invoices = [...this.store.tables.invoices.values()];
    return [...this.store.tables.subscriptions.values()]
      .filter((s) => s.userId === userId)
      .map((subscription) => {
        const paid = invoices
          .filter(
            (i) => i.providerSubscriptionId === subscription.providerSubscriptionId && i.status === 'paid',
          )
          .map((i) => i.periodEnd.getTime());
        return { subscription, paidThrough: paid.length > 0 ? new Date(Math.max(...paid)) : null };
      });
  }
}

export class InMemoryInvoiceRepository implements InvoiceRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findByProviderId(providerInvoiceId: string): Promise<Invoice | undefined> {
    return [...this.store.tables.invoices.values()].find((i) => i.providerInvoiceId === providerInvoiceId);
  }

  /** Mirrors invoices_provider_key. */
  async save(invoice: Invoice): Promise<void> {
    const other = await this.findByProviderId(invoice.providerInvoiceId);
    if (other && other.id !== invoice.id)
      throw new Error(`Duplicate provider invoice ${invoice.providerInvoiceId}`);
    this.store.tables.invoices.set(invoice.id, invoice);
  }
}

export class InMemoryProviderEventLog implements ProviderEventLog {
  constructor(private readonly store: InMemoryStore) {}

  async record(entry: {
    provider: PaymentProvider;
    eventId: string;
    type: string;
    occurredAt: Date;
    processedAt: Date;
  }): Promise<'recorded' | 'duplicate'> {
    const key = `${entry.provider}:${entry.eventId}`;
    if (this.store.tables.providerEvents.has(key)) return 'duplicate';
    this.store.tables.providerEvents.set(key, entry);
    return 'recorded';
  }
}

export class InMemoryCheckoutRecordRepository implements CheckoutRecordRepository {
  constructor(private readonly store: InMemoryStore) {}

  async find(userId: string, idempotencyKey: string): Promise<CheckoutRecord | undefined> {
    return this.store.tables.checkoutRecords.get(`${userId}:${idempotencyKey}`);
  }

  async insert(record: CheckoutRecord): Promise<'inserted' | 'duplicate'> {
    const key = `${record.userId}:${record.idempotencyKey}`;
    if (this.store.tables.checkoutRecords.has(key)) return 'duplicate';
    this.store.tables.checkoutRecords.set(key, record);
    return 'inserted';
  }
}

/** Reads the committed tables. */
export class InMemoryBillingQueries implements BillingQueries {
  constructor(private readonly store: InMemoryStore) {}

  async invoicesOf(userId: string, limit: number): Promise<InvoiceRow[]> {
    return [...this.store.tables.invoices.values()]
      .filter((i) => i.userId === userId)
      .sort((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime() || (a.id < b.id ? 1 : -1))
      .slice(0, limit);
  }
}
