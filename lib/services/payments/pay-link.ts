import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * The pay link in invoice, reminder and payment-failed e-mails: opens the invoice's payment page
 * without signing in (like a hosted invoice page), so a customer can pay from their inbox. The
 * token is the invoice id and the moment the link was issued, with an HMAC of both keyed by the
 * app's secret: it cannot be guessed, pointed at another invoice or made younger, and it only
 * ever lets someone pay that invoice, for as long as the shop's pay-link validity allows.
 */
function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error('AUTH_SECRET is not set: pay links cannot be signed.');
  return value;
}

const sign = (payload: string) => crypto.createHmac('sha256', secret()).update(payload).digest('base64url').slice(0, 32);
/** Links issued before links carried their issue time: the invoice id alone. */
const legacyMac = (invoiceId: string) => sign(`pay:${invoiceId}`);
const mac = (invoiceId: string, issued: string) => sign(`pay:${invoiceId}:${issued}`);

/** The issue time in the token: whole seconds since the epoch, base 36. */
const issuedPart = (issuedAt: Date) => Math.floor(issuedAt.getTime() / 1000).toString(36);

export function payLinkToken(invoiceId: string, issuedAt: Date = new Date()): string {
  const issued = issuedPart(issuedAt);
  return `${invoiceId}.${issued}.${mac(invoiceId, issued)}`;
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

const equalStrings = (expected: string, given: string) => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
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
  const [, issued, signature, extra] = parts;
  if (extra !== undefined || !issued || !signature || !/^[0-9a-z]{1,10}$/.test(issued)) return null;
  if (!equalStrings(mac(invoiceId, issued), signature)) return null;
  return { invoiceId, issuedAt: new Date(parseInt(issued, 36) * 1000) };
}
