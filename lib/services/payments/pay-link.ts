import { z } from 'zod';
import { equalStrings, invoiceLinkToken, signLink, verifyInvoiceLinkToken } from './signed-invoice-token';

/**
 * The pay link in invoice, reminder and payment-failed e-mails: opens the invoice's payment page
 * without signing in (like a hosted invoice page), so a customer can pay from their inbox. The
 * token is the invoice id and the moment the link was issued, with an HMAC of both keyed by the
 * app's secret: it cannot be guessed, pointed at another invoice or made younger, and it only
 * ever lets someone pay that invoice, for as long as the shop's pay-link validity allows
 * (signed-invoice-token.ts).
 *
 * Links issued before links carried their issue time are the invoice id alone.
 */
const legacyMac = (invoiceId: string) => signLink(`pay:${invoiceId}`);

export function payLinkToken(invoiceId: string, issuedAt: Date = new Date()): string {
  return invoiceLinkToken('pay', invoiceId, issuedAt);
}

/** The pay page of `invoiceId`, its link issued at `issuedAt` (now, when the e-mail is written). */
export function payLinkPath(invoiceId: string, issuedAt: Date = new Date()): string {
  return `/pay/${payLinkToken(invoiceId, issuedAt)}`;
}

export type VerifiedPayLink = {
  invoiceId: string;
  /**
   * When the link was issued, as signed. Null for a link from before links carried it: its age
   * is then counted from when the invoice was issued.
   */
  issuedAt: Date | null;
};

/**
 * The invoice and issue time a token is for, or null when it is malformed or its signature does
 * not match. Says nothing about expiry: that depends on the invoice and the shop's settings.
 */
export function verifyPayLinkToken(token: string): VerifiedPayLink | null {
  const parts = token.split('.');
  const invoiceId = parts[0];
  if (!invoiceId || !z.uuid().safeParse(invoiceId).success) return null;
  if (parts.length === 2) {
    return parts[1] && equalStrings(legacyMac(invoiceId), parts[1]) ? { invoiceId, issuedAt: null } : null;
  }
  return verifyInvoiceLinkToken('pay', token);
}
