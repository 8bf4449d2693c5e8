import type { ProviderEvent } from '@talentsphere/application/billing';
import type {
  LocalCheckout,
  LocalInvoice,
  LocalPaymentStore,
  LocalPaymentTransaction,
  LocalSubscription,
} from './local-payment-store';

interface QueuedEvent {
  event: ProviderEvent;
  deliveredAt: Date | null;
  attempts: number;
  failedAt: Date | null;
  lastError: string | null;
}

interface Books {
  checkouts: Map<string, LocalCheckout>;
  subscriptions: Map<string, LocalSubscription>;
  invoices: Map<string, LocalInvoice>;
  events: Map<string, QueuedEvent>;
}

const copy = (books: Books): Books => ({
  checkouts: new Map(books.checkouts),
  subscriptions: new Map(books.subscriptions),
  invoices: new Map(books.invoices),
  events: new Map(books.events),
});

const byTimeThenId = (a: ProviderEvent, b: ProviderEvent) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The local provider's books in memory (unit tests, the in-memory testbed). Transactions run one
 * at a time on a copy that replaces the books only when the work returns, so a throw leaves
 * nothing behind; running one at a time is also what makes a claimed subscription exclusive.
 */
export class InMemoryLocalPaymentStore implements LocalPaymentStore {
  private books: Books = {
    checkouts: new Map(),
    subscriptions: new Map(),
    invoices: new Map(),
    events: new Map(),
  };
  private queue: Promise<unknown> = Promise.resolve();

  transaction<T>(work: (tx: LocalPaymentTransaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const draft = copy(this.books);
      const result = await work(new InMemoryLocalPaymentTransaction(draft));
      this.books = draft;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async findCheckout(id: string): Promise<LocalCheckout | undefined> {
    return this.books.checkouts.get(id);
  }

  async undeliveredEvents(limit: number): Promise<ProviderEvent[]> {
    return [...this.books.events.values()]
      .filter((queued) => queued.deliveredAt === null && queued.failedAt === null)
      .map((queued) => queued.event)
      .sort(byTimeThenId)
      .slice(0, limit);
  }

  async markDelivered(eventId: string, at: Date): Promise<void> {
    const queued = this.books.events.get(eventId);
    if (queued) this.books.events.set(eventId, { ...queued, deliveredAt: at });
  }

  async recordFailedDelivery(
    eventId: string,
    failure: { error: string; at: Date; maxAttempts: number },
  ): Promise<'retry' | 'parked'> {
    const queued = this.books.events.get(eventId);
    if (!queued || queued.deliveredAt) return 'retry';
    const attempts = queued.attempts + 1;
    const failedAt = attempts >= failure.maxAttempts ? failure.at : null;
    this.books.events.set(eventId, { ...queued, attempts, failedAt, lastError: failure.error });
    return failedAt ? 'parked' : 'retry';
  }

  async parkedEvents(): Promise<{ event: ProviderEvent; attempts: number; error: string; failedAt: Date }[]> {
    return [...this.books.events.values()]
      .filter((queued) => queued.failedAt !== null)
      .sort((a, b) => byTimeThenId(a.event, b.event))
      .map((q) => ({
        event: q.event,
        attempts: q.attempts,
        error: q.lastError ?? '',
        failedAt: q.failedAt as Date,
      }));
  }
}

class InMemoryLocalPaymentTransaction implements LocalPaymentTransaction {
  constructor(private readonly books: Books) {}

  async insertCheckout(checkout: LocalCheckout): Promise<boolean> {
    if (await this.findCheckoutByKey(checkout.userId, checkout.idempotencyKey)) return false;
    this.books.checkouts.set(checkout.id, checkout);
    return true;
  }

  async findCheckoutByKey(userId: string, idempotencyKey: string): Promise<LocalCheckout | undefined> {
    return [...this.books.checkouts.values()].find(
      (c) => c.userId === userId && c.idempotencyKey === idempotencyKey,
    );
  }

  async lockCheckoutsOfUser(userId: string): Promise<LocalCheckout[]> {
    return [...this.books.checkouts.values()]
      .filter((c) => c.userId === userId)
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  async updateCheckout(checkout: LocalCheckout): Promise<void> {
    this.books.checkouts.set(checkout.id, checkout);
  }

  async insertSubscription(subscription: LocalSubscription): Promise<void> {
    if (this.books.subscriptions.has(subscription.id))
      throw new Error(`duplicate subscription ${subscription.id}`);
    this.books.subscriptions.set(subscription.id, subscription);
  }

  async lockSubscription(id: string): Promise<LocalSubscription | undefined> {
    return this.books.subscriptions.get(id);
  }

  async subscriptionsOfUser(userId: string): Promise<LocalSubscription[]> {
    return [...this.books.subscriptions.values()].filter((s) => s.userId === userId);
  }

  async claimDueSubscription(now: Date): Promise<LocalSubscription | undefined> {
    return [...this.books.subscriptions.values()]
      .filter((s) => s.dueAt !== null && s.dueAt.getTime() <= now.getTime())
      .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || a.id.localeCompare(b.id))[0];
  }

  async updateSubscription(subscription: LocalSubscription): Promise<void> {
    this.books.subscriptions.set(subscription.id, subscription);
  }

  async insertInvoice(invoice: LocalInvoice): Promise<void> {
    if (this.books.invoices.has(invoice.id)) throw new Error(`duplicate invoice ${invoice.id}`);
    this.books.invoices.set(invoice.id, invoice);
  }

  async findOpenInvoice(subscriptionId: string): Promise<LocalInvoice | undefined> {
    return (await this.listInvoices(subscriptionId)).filter((i) => i.status === 'open').at(-1);
  }

  async updateInvoice(invoice: LocalInvoice): Promise<void> {
    this.books.invoices.set(invoice.id, invoice);
  }

  async listInvoices(subscriptionId: string): Promise<LocalInvoice[]> {
    return [...this.books.invoices.values()]
      .filter((i) => i.subscriptionId === subscriptionId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  async insertEvents(events: readonly ProviderEvent[]): Promise<void> {
    for (const event of events)
      this.books.events.set(event.id, {
        event,
        deliveredAt: null,
        attempts: 0,
        failedAt: null,
        lastError: null,
      });
  }
}
