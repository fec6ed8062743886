import { eq } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { customers, plans, products, subscriptions, type Customer, type PaymentMethod, type Plan, type Product, type ShopSettings, type Subscription } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { appUrl } from './app-url';
import type { DeliverEmailOptions } from './deliver-email';
import { queueEmail, type QueueEmailInput } from './queue-email';
import { sendEmail, type SendEmailResult } from './send-email';
import { emailShop } from '@/lib/services/email/email-shop';

export type TermAnnouncementInput = {
  subscriptionId: string;
  /** The coming term's number: one announcement per (subscription, term). */
  term: number;
  /** The coming term; the end is exclusive (the next term's start). */
  periodStart: Date;
  periodEnd: Date;
  /** What the term will cost, VAT included, as the engine priced it (campaign, coupon). */
  amountMinor: number;
  /** When the invoice is sent, or autopay charges: the term's `issue` date. */
  collectAt: Date;
  /** Charged from a mandate; by default: the customer's default payment method has a mandate. */
  autopay?: boolean;
  /**
   * Set when a term already announced is announced again with other dates (staff extended the
   * subscription): a message of its own, deduplicated on the revision, not on the first one's key.
   */
  revision?: string;
};

async function announcementMessage(
  db: DbOrTx,
  input: TermAnnouncementInput,
): Promise<QueueEmailInput<'term-announcement'>> {
  const [row] = await db
    .select({ subscription: subscriptions, plan: plans, product: products, customer: customers })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(eq(subscriptions.id, input.subscriptionId));
  if (!row) throw new Error(`Subscription ${input.subscriptionId} does not exist`);
  const mandate = await getAutopayMethod(db, row.customer.id);
  return termAnnouncementMessage({ ...row, mandate, settings: await getShopSettings(db) }, input);
}

/** What termAnnouncementMessage reads besides the term: loaded one at a time, or for a batch. */
export type TermAnnouncementSource = {
  subscription: Pick<Subscription, 'id' | 'currency'>;
  plan: Pick<Plan, 'name'>;
  product: Pick<Product, 'name'>;
  customer: Pick<Customer, 'email' | 'locale' | 'name'>;
  /** The customer's autopay method (getAutopayMethod), null when they pay by invoice. */
  mandate: Pick<PaymentMethod, 'label'> | null;
  settings: ShopSettings;
};

/** The announcement of one term from rows already loaded. */
export function termAnnouncementMessage(source: TermAnnouncementSource, input: TermAnnouncementInput): QueueEmailInput<'term-announcement'> {
  const { subscription, plan, product, customer, mandate, settings } = source;
  const autopay = input.autopay ?? Boolean(mandate);
  return {
    template: 'term-announcement',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `term-announcement:${subscription.id}:${input.term}${input.revision ? `:${input.revision}` : ''}`,
    props: {
      shop: emailShop(settings),
      timeZone: settings.timeZone,
      customerName: customer.name,
      productName: product.name,
      planName: plan.name,
      periodStart: input.periodStart.toISOString(),
      periodEnd: input.periodEnd.toISOString(),
      amountMinor: input.amountMinor,
      currency: subscription.currency,
      collection: autopay ? 'autopay' : 'invoice',
      collectAt: input.collectAt.toISOString(),
      paymentMethodLabel: autopay ? (mandate?.label ?? null) : null,
      accountUrl: appUrl('/account'),
    },
  };
}

/**
 * Queues the announcement of a subscription's coming term (period, amount, when the invoice
 * comes or autopay charges) in the caller's transaction: the engine's `announce` step.
 * Idempotent: the dedupe key `term-announcement:<subscriptionId>:<term>`.
 */
export async function queueTermAnnouncement(
  db: DbOrTx,
  input: TermAnnouncementInput,
): Promise<{ id: string; created: boolean }> {
  return queueEmail(db, await announcementMessage(db, input));
}

/** queueTermAnnouncement, then delivery through Resend when configured (see sendEmail). */
export async function sendTermAnnouncement(
  input: TermAnnouncementInput,
  options: Omit<DeliverEmailOptions, 'db'> = {},
): Promise<SendEmailResult> {
  return sendEmail(await announcementMessage(defaultDb, input), options);
}
