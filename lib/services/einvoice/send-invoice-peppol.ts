import { resolveBuyerEndpoint } from '@/lib/einvoice/buyer-endpoint';
import type { PeppolSender } from '@/lib/einvoice/peppol-sender';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { configuredPeppolSender } from './configured-peppol-sender';
import { invoiceEinvoiceDocument } from './einvoice-documents';

export type PeppolSendOutcome =
  | { status: 'sent'; messageId: string }
  | { status: 'skipped'; reason: 'no-access-point' | 'no-invoice' | 'no-peppol-id' }
  | { status: 'failed'; message: string };

/**
 * Hands a finalised invoice to the shop's Peppol access point when its buyer has a Peppol
 * participant id: its EHF with the PDF inside. Consumers and businesses without an id are
 * skipped (they get the e-mail); so is every invoice when no access point is configured.
 *
 * Idempotent: the folder adapter accepts the same document again as already handed over, and a
 * real access point is given the invoice number as its message's identity.
 */
export async function sendInvoicePeppol(invoiceId: string, sender: PeppolSender | null = configuredPeppolSender()): Promise<PeppolSendOutcome> {
  if (!sender) return { status: 'skipped', reason: 'no-access-point' };
  const input = await loadInvoicePdfInput(invoiceId);
  if (!input || input.invoice.status === 'void') return { status: 'skipped', reason: 'no-invoice' };
  const plain = invoiceEinvoiceDocument(input);
  if (!plain.ok) return { status: 'failed', message: plain.error.message };
  if (!resolveBuyerEndpoint(plain.value.buyer, plain.value.seller).routable) return { status: 'skipped', reason: 'no-peppol-id' };
  const document = invoiceEinvoiceDocument(input, new Uint8Array(await renderInvoicePdf(input)));
  if (!document.ok) return { status: 'failed', message: document.error.message };
  const sent = await sender.send(document.value);
  return sent.ok ? { status: 'sent', messageId: sent.value.messageId } : { status: 'failed', message: sent.error.message };
}
