import crypto from 'node:crypto';
import { z } from 'zod';

/**
 * The signed links e-mailed about one invoice (its pay page, its PDF): the invoice id and the
 * moment the link was issued, with an HMAC of both and of the link's purpose, keyed by the app's
 * secret (AUTH_SECRET, from the settings: never anything from a request). A token cannot be
 * guessed, pointed at another invoice, made younger, or used for another purpose than its own.
 */
export type InvoiceLinkPurpose = 'pay' | 'pdf';

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error('AUTH_SECRET is not set: invoice links cannot be signed.');
  return value;
}

/** The HMAC of `payload` (base64url, 32 characters). */
export const signLink = (payload: string) => crypto.createHmac('sha256', secret()).update(payload).digest('base64url').slice(0, 32);
const mac = (purpose: InvoiceLinkPurpose, invoiceId: string, issued: string) => signLink(`${purpose}:${invoiceId}:${issued}`);

/** The issue time in the token: whole seconds since the epoch, base 36. */
const issuedPart = (issuedAt: Date) => Math.floor(issuedAt.getTime() / 1000).toString(36);

export function invoiceLinkToken(purpose: InvoiceLinkPurpose, invoiceId: string, issuedAt: Date): string {
  const issued = issuedPart(issuedAt);
  return `${invoiceId}.${issued}.${mac(purpose, invoiceId, issued)}`;
}

export const equalStrings = (expected: string, given: string) => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
};

/**
 * The invoice and issue time of a three-part token signed for `purpose`, or null when it is
 * malformed or its signature does not match. Says nothing about expiry: the caller decides that.
 */
export function verifyInvoiceLinkToken(purpose: InvoiceLinkPurpose, token: string): { invoiceId: string; issuedAt: Date } | null {
  const [invoiceId, issued, signature, extra] = token.split('.');
  if (!invoiceId || !z.uuid().safeParse(invoiceId).success) return null;
  if (extra !== undefined || !issued || !signature || !/^[0-9a-z]{1,10}$/.test(issued)) return null;
  if (!equalStrings(mac(purpose, invoiceId, issued), signature)) return null;
  return { invoiceId, issuedAt: new Date(parseInt(issued, 36) * 1000) };
}
