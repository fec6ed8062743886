import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getAutopayMethods } from '@/db/queries/payments/get-autopay-method';
import type { DbOrTx } from '@/db/client';
import { customers, invoiceLines, invoices, plans, products, sellerIdentities, subscriptions, type InvoiceLine, type SellerIdentityRow, type ShopSettings } from '@/db/schema';
import type { TemplateName } from '@/emails/registry';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { loadEngineContext, type EngineContext } from '@/lib/services/billing/engine-context';
import { termAnnouncementFrom } from '@/lib/services/billing/term-announcement-input';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { invoiceEmailMessage } from './load-invoice-email';
import type { PendingEmail } from './pending-emails';
import type { QueueEmailInput } from './queue-email';
import { invoiceFilesFor, invoiceQueueInput } from './send-invoice-email';
import { termAnnouncementMessage } from './send-term-announcement';

/** Each claimed message's outbox entry, or why it could not be made (kept per message). */
export type BatchMessages = Map<string, QueueEmailInput<TemplateName> | Error>;

/**
 * What a batch of claimed messages says, loaded in bulk: one query per kind of row for the whole
 * batch (invoices, their lines, subscriptions with plan and product, autopay methods) instead of
 * a set of queries per message. A message whose data is missing or refused (a void invoice) gets
 * its Error; the others are unaffected.
 */
export async function loadBatchMessages(db: DbOrTx, items: PendingEmail[]): Promise<BatchMessages> {
  const settings = await getShopSettings(db);
  const out: BatchMessages = new Map();
  const invoiceIds = items.flatMap((i) => ('invoiceId' in i.input ? [i.input.invoiceId] : []));
  const terms = items.flatMap((i) => ('term' in i.input ? [i.input] : []));
  if (invoiceIds.length) await loadInvoiceMessages(db, invoiceIds, settings, out);
  if (terms.length) await loadAnnouncements(db, terms, settings, out);
  for (const item of items) if (!out.has(item.dedupeKey)) out.set(item.dedupeKey, new Error(`Nothing to compose for ${item.dedupeKey}`));
  return out;
}

async function loadInvoiceMessages(db: DbOrTx, ids: string[], settings: ShopSettings, out: BatchMessages) {
  const rows = await db.select({ invoice: invoices, customer: customers }).from(invoices).innerJoin(customers, eq(invoices.customerId, customers.id)).where(inArray(invoices.id, ids));
  const lines = await db.select().from(invoiceLines).where(inArray(invoiceLines.invoiceId, ids)).orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  const linesOf = groupBy(lines, (l: InvoiceLine) => l.invoiceId);
  // Every version of the shop's identity (a handful), newest first: each invoice names the one in
  // force when it was issued, as getSellerIdentity picks it.
  const identities = await db.select().from(sellerIdentities).orderBy(desc(sellerIdentities.validFrom), desc(sellerIdentities.id));
  const identityAt = (at: Date | null): SellerIdentityRow | null => (at ? (identities.find((i) => i.validFrom <= at) ?? null) : null);
  for (const id of ids) out.set(`invoice:${id}`, new Error(`Invoice ${id} does not exist`));
  for (const row of rows) {
    const key = `invoice:${row.invoice.id}`;
    try {
      const message = invoiceEmailMessage({ ...row, lines: linesOf.get(row.invoice.id) ?? [], settings, identity: identityAt(row.invoice.issuedAt) });
      // NOTE: the EHF check builds the whole e-invoice; only the few business customers who asked
      // for their documents attached pay for it, one at a time. Everyone else gets links.
      out.set(key, invoiceQueueInput(row.invoice.id, message, await invoiceFilesFor(db, row.customer, row.invoice.id)));
    } catch (error) {
      out.set(key, asError(error));
    }
  }
}

type TermItem = { subscriptionId: string; term: number };

async function loadAnnouncements(db: DbOrTx, items: TermItem[], settings: ShopSettings, out: BatchMessages) {
  const subscriptionIds = [...new Set(items.map((i) => i.subscriptionId))];
  const rows = await db
    .select({ subscription: subscriptions, plan: plans, product: products, customer: customers })
    .from(subscriptions)
    .innerJoin(plans, eq(subscriptions.planId, plans.id))
    .innerJoin(products, eq(plans.productId, products.id))
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(inArray(subscriptions.id, subscriptionIds));
  const bySubscription = new Map(rows.map((r) => [r.subscription.id, r]));
  const otherPlanIds = [...new Set(rows.flatMap((r) => [r.subscription.nextPlanId, r.subscription.scheduledPlanId].filter((id): id is string => Boolean(id))))];
  const otherPlans = otherPlanIds.length
    ? new Map(
        (await db.select({ plan: plans, product: products }).from(plans).innerJoin(products, eq(plans.productId, products.id)).where(inArray(plans.id, otherPlanIds))).map((p) => [p.plan.id, p]),
      )
    : new Map();
  const mandates = await getAutopayMethods(db, [...new Set(rows.map((r) => r.customer.id))]);
  const contexts = new Map<string | null, EngineContext>();
  for (const item of items) {
    const key = `term-announcement:${item.subscriptionId}:${item.term}`;
    const row = bySubscription.get(item.subscriptionId);
    if (!row) {
      out.set(key, new Error(`Subscription ${item.subscriptionId} does not exist`));
      continue;
    }
    try {
      const clockId = row.customer.testClockId;
      let ctx = contexts.get(clockId);
      if (!ctx) contexts.set(clockId, (ctx = await loadEngineContext(db, clockId ? { kind: 'test-clock', clockId } : REAL_TIME)));
      const { subscription, plan, product } = row;
      const nextPlan = subscription.nextPlanId ? (otherPlans.get(subscription.nextPlanId) ?? null) : null;
      const scheduledPlan = subscription.scheduledPlanId ? (otherPlans.get(subscription.scheduledPlanId) ?? null) : null;
      const input = termAnnouncementFrom({ subscription, plan, product, nextPlan, scheduledPlan }, item.term, ctx);
      out.set(key, termAnnouncementMessage({ ...row, mandate: mandates.get(row.customer.id) ?? null, settings }, input));
    } catch (error) {
      out.set(key, asError(error));
    }
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
