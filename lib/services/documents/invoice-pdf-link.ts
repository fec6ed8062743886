import { addDays } from 'date-fns/addDays';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import type { InvoicePdfInput } from '@/lib/pdf/invoice-pdf-input';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { invoiceLinkToken, verifyInvoiceLinkToken } from '@/lib/services/payments/signed-invoice-token';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

/**
 * The link to an invoice's PDF in its e-mail (in place of the attachment, so the e-mail can go
 * through Resend's batch endpoint): opens that invoice's PDF, and no other, without signing in.
 * Signed for its own purpose (a pay link's token does not open it), and it expires: after the
 * shop's pay-link validity (`pay_link_valid_days`, counted from when the e-mail was written) the
 * customer downloads the invoice from their account instead. Paid or not, the PDF stays readable
 * until then: it is the customer's copy of the invoice.
 */
export function invoicePdfLinkPath(invoiceId: string, issuedAt: Date): string {
  return `/invoice-pdf/${invoiceLinkToken('pdf', invoiceId, issuedAt)}`;
}

/** When a link issued at `issuedAt` stops working. */
export function invoicePdfLinkExpiry(issuedAt: Date, validDays: number): Date {
  return addDays(issuedAt, validDays);
}

export type OpenedInvoicePdfLink =
  | { kind: 'invalid' }
  | { kind: 'expired'; expiredAt: Date }
  | { kind: 'ok'; input: InvoicePdfInput; expiresAt: Date };

/**
 * What a PDF link opens at `now`: nothing for a malformed, tampered or foreign-purpose token, or
 * an invoice that is gone or a draft; `expired` past its validity; otherwise the invoice's PDF input.
 */
export async function openInvoicePdfLink(token: string, now: Date, db: DbOrTx = defaultDb): Promise<OpenedInvoicePdfLink> {
  const verified = verifyInvoiceLinkToken('pdf', token);
  if (!verified) return { kind: 'invalid' };
  const { payLinkValidDays } = await getShopSettings(db);
  const expiresAt = invoicePdfLinkExpiry(verified.issuedAt, payLinkValidDays);
  if (now.getTime() >= expiresAt.getTime()) return { kind: 'expired', expiredAt: expiresAt };
  const input = await loadInvoicePdfInput(verified.invoiceId, undefined, db);
  return input ? { kind: 'ok', input, expiresAt } : { kind: 'invalid' };
}
