import type { Tx } from '@/db/client';
import type { Invoice } from '@/db/schema';
import { lockInvoice } from '@/lib/services/invoices/lock-invoice';

/** What the audit log keeps of an invoice: the money and the status, no customer data. */
export type InvoiceAuditState = Pick<Invoice, 'number' | 'status' | 'currency' | 'totalMinor' | 'amountPaidMinor' | 'creditedMinor'>;

export function invoiceAuditState(invoice: Invoice): InvoiceAuditState {
  const { number, status, currency, totalMinor, amountPaidMinor, creditedMinor } = invoice;
  return { number, status, currency, totalMinor, amountPaidMinor, creditedMinor };
}

/**
 * The invoice's audit state, read with the row locked (FOR UPDATE), so no other change slips in
 * between this "before" and the change the caller is about to make. Null when it does not exist.
 *
 * NOTE: the services that change an invoice lock it first, too (applyPayment, createCreditNote):
 * taking the same lock a moment earlier keeps the lock order and cannot deadlock with them.
 */
export async function lockInvoiceAuditState(tx: Tx, invoiceId: string): Promise<InvoiceAuditState | null> {
  const invoice = await lockInvoice(tx, invoiceId);
  return invoice ? invoiceAuditState(invoice) : null;
}
