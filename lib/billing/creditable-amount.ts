import { amountOwed, type InvoiceBalance } from './amount-owed';

/**
 * What a credit note on this invoice can take back now: of a paid invoice, whatever earlier notes
 * left; of an open one, only what it still owes (a part already paid is credited once the invoice
 * is settled, as a refund or balance). Nothing for drafts, void and uncollectible invoices.
 */
export function creditableAmount(invoice: InvoiceBalance & { status: string }): number {
  if (invoice.status === 'paid') return Math.max(0, invoice.totalMinor - invoice.creditedMinor);
  if (invoice.status === 'open') return amountOwed(invoice);
  return 0;
}
