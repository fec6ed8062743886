import type { Invoice } from '@/db/schema';

/**
 * What a credit note on this invoice can take back now: of a paid invoice, whatever earlier notes
 * left; of an open one, only what it still owes (a part already paid is credited once the invoice
 * is settled, as a refund or balance). Nothing for drafts, void and uncollectible invoices.
 */
export function creditableAmount(invoice: Pick<Invoice, 'status' | 'totalMinor' | 'amountPaidMinor' | 'creditedMinor'>): number {
  if (invoice.status === 'paid') return Math.max(0, invoice.totalMinor - invoice.creditedMinor);
  if (invoice.status === 'open') return Math.max(0, invoice.totalMinor - invoice.amountPaidMinor - invoice.creditedMinor);
  return 0;
}
