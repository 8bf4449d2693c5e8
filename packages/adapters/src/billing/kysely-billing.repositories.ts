import type {
  BillingCustomer,
  BillingCustomerRepository,
  CheckoutRecord,
  CheckoutRecordRepository,
  InvoiceRepository,
  PaymentProvider,
  ProviderEventLog,
  SubscriptionRepository,
} from '@talentsphere/application/billing';
import type { RowLock } from '@talentsphere/application/recruiting';
import type { Invoice, Subscription, SubscriptionAccess } from '@talentsphere/domain/billing';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';
import { withLock } from '../recruiting/row-lock';
import { invoiceColumns, subscriptionColumns, toInvoice, toSubscription } from './billing-rows';

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export class KyselyBillingCustomerRepository implements BillingCustomerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByUser(userId: string, provider: PaymentProvider): Promise<BillingCustomer | undefined> {
    const row = await this.db
      .selectFrom('billing_customers')
      .selectAll()
      .where('user_id', '=', userId)
      .where('provider', '=', provider)
      .executeTakeFirst();
    return row && toCustomer(row);
  }

  async findByProviderCustomer(
    provider: PaymentProvider,
    providerCustomerId: string,
    lock?: RowLock,
  ): Promise<BillingCustomer | undefined> {
    const query = this.db
      .selectFrom('billing_customers')
      .selectAll()
      .where('provider', '=', provider)
      .where('provider_customer_id', '=', providerCustomerId);
    const row = await withLock(query, lock).executeTakeFirst();
    return row && toCustomer(row);
  }

  async insert(customer: BillingCustomer): Promise<'inserted' | 'duplicate'> {
    const inserted = await this.db
      .insertInto('billing_customers')
      .values({
        user_id: customer.userId,
        provider: customer.provider,
        provider_customer_id: customer.providerCustomerId,
        created_at: customer.createdAt,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return inserted ? 'inserted' : 'duplicate';
  }
}

const toCustomer = (row: {
  user_id: string;
  provider: PaymentProvider;
  provider_customer_id: string;
  created_at: Date | string;
}): BillingCustomer => ({
  userId: row.user_id,
  provider: row.provider,
  providerCustomerId: row.provider_customer_id,
  createdAt: date(row.created_at),
});

export class KyselySubscriptionRepository implements SubscriptionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByProviderId(providerSubscriptionId: string): Promise<Subscription | undefined> {
    const row = await this.db
      .selectFrom('subscriptions')
      .selectAll()
      .where('provider_subscription_id', '=', providerSubscriptionId)
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  async findById(id: string): Promise<Subscription | undefined> {
    const row = await this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSubscription(row);
  }

  async save(subscription: Subscription): Promise<void> {
    const { id: _id, created_at: _created, ...changes } = subscriptionColumns(subscription);
    await this.db
      .insertInto('subscriptions')
      .values(subscriptionColumns(subscription))
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }

  async accessOf(userId: string): Promise<SubscriptionAccess[]> {
    const rows = await this.db
      .selectFrom('subscriptions as s')
      .selectAll('s')
      .select((eb) =>
        eb
          .selectFrom('invoices as i')
          .select((ib) => ib.fn.max('i.period_end').as('paid_through'))
          .whereRef('i.provider_subscription_id', '=', 's.provider_subscription_id')
          .where('i.status', '=', 'paid')
          .as('paid_through'),
      )
      .where('s.user_id', '=', userId)
      .execute();
    return rows.map(({ paid_through, ...row }) => ({
      subscription: toSubscription(row),
      paidThrough: paid_through ? date(paid_through as Date | string) : null,
    }));
  }
}

export class KyselyInvoiceRepository implements InvoiceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByProviderId(providerInvoiceId: string): Promise<Invoice | undefined> {
    const row = await this.db
      .selectFrom('invoices')
      .selectAll()
      .where('provider_invoice_id', '=', providerInvoiceId)
      .executeTakeFirst();
    return row && toInvoice(row);
  }

  async save(invoice: Invoice): Promise<void> {
    const { id: _id, created_at: _created, ...changes } = invoiceColumns(invoice);
    await this.db
      .insertInto('invoices')
      .values(invoiceColumns(invoice))
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }
}

export class KyselyProviderEventLog implements ProviderEventLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: {
    provider: PaymentProvider;
    eventId: string;
    type: string;
    occurredAt: Date;
    processedAt: Date;
  }): Promise<'recorded' | 'duplicate'> {
    // A concurrent delivery of the same event waits here on the key until the first commits.
    const inserted = await this.db
      .insertInto('provider_events')
      .values({
        provider: entry.provider,
        event_id: entry.eventId,
        type: entry.type,
        occurred_at: entry.occurredAt,
        processed_at: entry.processedAt,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('event_id')
      .executeTakeFirst();
    return inserted ? 'recorded' : 'duplicate';
  }
}

export class KyselyCheckoutRecordRepository implements CheckoutRecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: string, idempotencyKey: string): Promise<CheckoutRecord | undefined> {
    const row = await this.db
      .selectFrom('checkout_records')
      .selectAll()
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
    return (
      row && {
        userId: row.user_id,
        idempotencyKey: row.idempotency_key,
        plan: row.plan,
        checkoutId: row.checkout_id,
        url: row.url,
        createdAt: date(row.created_at),
      }
    );
  }

  async insert(record: CheckoutRecord): Promise<'inserted' | 'duplicate'> {
    const inserted = await this.db
      .insertInto('checkout_records')
      .values({
        user_id: record.userId,
        idempotency_key: record.idempotencyKey,
        plan: record.plan,
        checkout_id: record.checkoutId,
        url: record.url,
        created_at: record.createdAt,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return inserted ? 'inserted' : 'duplicate';
  }
}
