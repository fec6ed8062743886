import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * The pay link in invoice, reminder and payment-failed e-mails: opens the invoice's payment page
 * without signing in (like a hosted invoice page), so a customer can pay from their inbox. The
 * token is the invoice id with an HMAC of it, keyed by the app's secret: it cannot be guessed
 * or pointed at another invoice, and it only ever lets someone pay that invoice.
 */
function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error('AUTH_SECRET is not set: pay links cannot be signed.');
  return value;
}

const mac = (invoiceId: string) => crypto.createHmac('sha256', secret()).update(`pay:${invoiceId}`).digest('base64url').slice(0, 32);

export function payLinkToken(invoiceId: string): string {
  return `${invoiceId}.${mac(invoiceId)}`;
}

export function payLinkPath(invoiceId: string): string {
  return `/pay/${payLinkToken(invoiceId)}`;
}

/** The invoice a token is for, or null when it is malformed or its signature does not match. */
export function verifyPayLinkToken(token: string): string | null {
  const [invoiceId, signature, extra] = token.split('.');
  if (extra !== undefined || !invoiceId || !signature || !z.uuid().safeParse(invoiceId).success) return null;
  const expected = Buffer.from(mac(invoiceId));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? invoiceId : null;
}
