import type { BillingQueries, InvoiceRow } from '@talentsphere/application/billing';
import type { Kysely } from 'kysely';
import type { Database } from '../persistence/tables';
import { toInvoice } from './billing-rows';

export class KyselyBillingQueries implements BillingQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async invoicesOf(userId: string, limit: number): Promise<InvoiceRow[]> {
    const rows = await this.db
      .selectFrom('invoices')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('period_end', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toInvoice);
  }
}
