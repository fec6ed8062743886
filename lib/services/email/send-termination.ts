import { payLinkPath } from '@/lib/services/payments/pay-link';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, invoiceLines, invoices, subscriptions } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { loadSubscriptionName } from './load-subscription-name';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

export type TerminationInput = {
  subscriptionId: string;
  /** When the service stopped (the `terminate` step). */
  terminatedAt: Date;
  /** Where to pay what is owed; by default the one open invoice, or Min Side for several. */
  payUrl?: string | null;
};

async function terminationMessage(db: DbOrTx, input: TerminationInput): Promise<QueueEmailInput<'termination'>> {
  const [row] = await db
    .select({ customer: customers, currency: subscriptions.currency })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(eq(subscriptions.id, input.subscriptionId));
  if (!row) throw new Error(`Subscription ${input.subscriptionId} does not exist`);
  const { customer, currency } = row;
  const settings = await getShopSettings(db);

  // The subscription's unpaid invoices: renewals name it, a first invoice carries it on a line.
  const open = await db
    .select({
      id: invoices.id,
      number: invoices.number,
      totalMinor: invoices.totalMinor,
      amountPaidMinor: invoices.amountPaidMinor,
      creditedMinor: invoices.creditedMinor,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.customerId, customer.id),
        inArray(invoices.status, ['open', 'uncollectible']),
        or(
          eq(invoices.subscriptionId, input.subscriptionId),
          inArray(
            invoices.id,
            db
              .select({ id: invoiceLines.invoiceId })
              .from(invoiceLines)
              .where(eq(invoiceLines.subscriptionId, input.subscriptionId)),
          ),
        ),
      ),
    )
    .orderBy(asc(invoices.issuedAt));
  const owed = open.filter((i) => i.number && amountOwed(i) > 0);
  const defaultPayUrl = owed.length === 1 ? appUrl(payLinkPath(owed[0]!.id)) : appUrl('/account');

  return {
    template: 'termination',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `termination:${input.subscriptionId}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: customer.name,
      subscriptionName: (await loadSubscriptionName(db, input.subscriptionId))!,
      terminatedAt: input.terminatedAt.toISOString(),
      // The invoices of one subscription are in its currency.
      currency,
      openInvoices: owed.map((i) => ({ invoiceNumber: i.number!, openMinor: amountOwed(i) })),
      payUrl: input.payUrl === undefined ? defaultPayUrl : input.payUrl,
    },
  };
}

/**
 * Queues the notice that a subscription was terminated, with what is still owed on its invoices,
 * in the caller's transaction. Idempotent: the dedupe key `termination:<subscriptionId>`.
 */
export async function queueTermination(db: DbOrTx, input: TerminationInput): Promise<{ id: string; created: boolean }> {
  return queueEmail(db, await terminationMessage(db, input));
}

/** queueTermination, then delivery through Resend when configured (see sendEmail). */
export async function sendTermination(
  input: TerminationInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  return sendEmail(await terminationMessage(defaultDb, input), options);
}
