import { addDays } from 'date-fns/addDays';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { customers, invoices } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { appUrl } from '@/lib/services/email/app-url';
import { sendEmail } from '@/lib/services/email/send-email';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { payLinkPath, verifyPayLinkToken } from './pay-link';

/**
 * "E-mail me a new link" on the page of an expired pay link: a fresh link for the invoice the
 * (genuinely signed, possibly expired) token names, sent to the customer's address on file —
 * never to an address the visitor gives, so a forwarded or leaked link reaches no one new.
 * Nothing is sent for a forged token or an invoice that can no longer be paid (paid, void,
 * nothing owed). The caller answers the same whatever happened; the rate limit is the caller's.
 * Returns whether a link was sent (for tests and logs, never for the visitor).
 */
export async function sendFreshPayLink(input: { token: string; now: Date }): Promise<boolean> {
  const verified = verifyPayLinkToken(input.token);
  if (!verified) return false;
  const [row] = await db
    .select({ invoice: invoices, customer: customers })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(eq(invoices.id, verified.invoiceId));
  if (!row) return false;
  const { invoice, customer } = row;
  const openMinor = amountOwed(invoice);
  if (invoice.status !== 'open' || !invoice.number || openMinor <= 0) return false;
  const payUrl = appUrl(payLinkPath(invoice.id, input.now));
  if (!payUrl) throw new Error('APP_URL is not set: a pay link cannot be e-mailed.');
  const settings = await getShopSettings(db);
  await sendEmail({
    template: 'pay-link',
    to: customer.email,
    locale: customer.locale,
    // One message per request (the rate limit keeps requests few).
    dedupeKey: `pay-link:${invoice.id}:${input.now.getTime()}`,
    props: {
      shop: { name: settings.name, supportEmail: settings.supportEmail },
      timeZone: settings.timeZone,
      customerName: invoice.customerSnapshot?.name ?? customer.name,
      invoiceNumber: invoice.number,
      currency: invoice.currency,
      openMinor,
      payUrl,
      validUntil: addDays(input.now, settings.payLinkValidDays).toISOString(),
    },
  });
  return true;
}
