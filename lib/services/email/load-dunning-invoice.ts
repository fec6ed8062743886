import { and, eq, sql } from 'drizzle-orm';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db as appDb, type DbOrTx } from '@/db/client';
import { invoiceLines, type Customer, type Invoice, type ShopSettings } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { loadInvoiceWithCustomer } from './load-invoice-with-customer';
import { loadInvoiceSubscriptionName } from './load-subscription-name';

/** Built once (db/built-once.ts): every dunning e-mail of the demo history reads it. */
const feesStatement = builtOnceQuery<{ minor: string }>(() =>
  appDb
    .select({ minor: sql<string>`coalesce(sum(${invoiceLines.amountMinor}), 0)` })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.invoiceId, valueFor(invoiceLines.invoiceId, 'invoiceId')), eq(invoiceLines.kind, 'reminder_fee'))),
);

export type DunningInvoice = {
  invoice: Invoice & { number: string };
  customer: Customer;
  settings: ShopSettings;
  /** "Trendhouse – Monthly", or null for an invoice of one-off items. */
  subscriptionName: string | null;
  /** Still to pay, reminder fees included. */
  openMinor: number;
  /** Reminder fees booked on the invoice as `reminder_fee` lines. */
  feesMinor: number;
};

/**
 * What a dunning e-mail (reminder, suspension, termination warning) says about an invoice. Null
 * when the invoice is no longer unpaid (paid or voided meanwhile): there is nothing to chase.
 * Throws for an unknown invoice or a draft, which only a bug can ask for.
 */
export async function loadDunningInvoice(db: DbOrTx, invoiceId: string): Promise<DunningInvoice | null> {
  const row = await loadInvoiceWithCustomer(db, invoiceId);
  if (!row) throw new Error(`Invoice ${invoiceId} does not exist`);
  const { invoice, customer } = row;
  const number = invoice.number;
  if (invoice.status === 'draft' || !number) throw new Error(`Invoice ${invoiceId} is a draft: it cannot be dunned`);
  if (invoice.status !== 'open' && invoice.status !== 'uncollectible') return null;

  const [fees] = await feesStatement(db, { invoiceId });
  return {
    invoice: { ...invoice, number },
    customer,
    settings: await getShopSettings(db),
    subscriptionName: await loadInvoiceSubscriptionName(db, invoice),
    openMinor: amountOwed(invoice),
    feesMinor: Number(fees?.minor ?? 0),
  };
}
