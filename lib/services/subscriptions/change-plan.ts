import { eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { planChanges, plans, products, subscriptions } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { lastRenewalDone } from '@/lib/services/billing/last-renewal-done';
import { renewalCursor } from '@/lib/services/billing/renewal-cursor';
import { runCharge } from '@/lib/services/billing/run-charge';
import { queueSubscriptionChanged } from '@/lib/services/email/queue-subscription-changed';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordEvent } from '@/lib/services/events/record-event';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { ProviderUnavailableError } from '@/lib/payments/types';
import { createProrationInvoice } from './create-proration-invoice';
import { lockOwnSubscription, type OwnSubscription } from './lock-own-subscription';
import { planChangeNotFound, previewChanged, type PlanChangeError } from './plan-change-errors';
import { quotePlanChange, type PlanChangeQuote } from './quote-plan-change';

export type PlanChangeDone = {
  timing: PlanChangeQuote['timing'];
  effectiveAt: Date;
  planName: string;
  quantity: number;
  /** The proration invoice of an upgrade and its total; null when there was nothing to charge. */
  invoice: { id: string; totalMinor: number; currency: string } | null;
};

/**
 * The customer changes plan, interval or quantity (Min Side). An upgrade applies at once: the
 * subscription moves to the new plan and quantity and its proration is invoiced (charged on the
 * autopay method after the commit, else e-mailed). Anything else is scheduled on the subscription
 * for the next term, which the engine bills on the new plan and applies at the term's start.
 *
 * `expectedTotalMinor` is the proration total the customer was shown: a different one now (a day
 * passed, a price changed) is refused, so what is charged is what they confirmed. The row lock
 * and the state check under it make a second quick submission see the first one's result (the
 * plan it already has) and refuse it.
 */
export async function changePlan(input: {
  customerId: string;
  subscriptionId: string;
  planId: string;
  quantity: number;
  expectedTotalMinor: number;
  now: Date;
  /** Asked by the merchant (the API), not by the customer on Min Side. */
  byMerchant?: boolean;
  /** Staff change it from the dashboard: the customer's switches do not apply; audited. */
  staffUserId?: string;
}): Promise<Result<PlanChangeDone, PlanChangeError>> {
  const result = await db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(planChangeNotFound());
    const quoted = await quotePlanChange(tx, own, { ...input, byShop: input.byMerchant === true || input.staffUserId !== undefined });
    if (!quoted.ok) return quoted;
    const quote = quoted.value;
    if ((quote.proration?.invoice.totalMinor ?? 0) !== input.expectedTotalMinor) return err(previewChanged());
    const by = { staffUserId: input.staffUserId ?? null };
    const written = quote.timing === 'now' ? await applyNow(tx, own, quote, input.now, by) : await schedule(tx, own, quote, input.now, by);
    if (input.staffUserId) {
      await recordAudit(tx, {
        actorUserId: input.staffUserId,
        action: 'subscription.change-plan',
        record: { type: 'subscription', id: own.sub.id },
        before: { planId: own.plan.id, quantity: own.sub.quantity },
        after: { planId: quote.target.plan.id, quantity: quote.quantity, timing: quote.timing, invoiceId: written.invoice?.id ?? null },
      });
    }
    return ok(written);
  });
  if (!result.ok) return result;
  await nudgeEventRelay([input.subscriptionId]);
  const { paymentId, ...done } = result.value;
  if (paymentId) {
    try {
      await runCharge(paymentId, input.now);
    } catch (error) {
      // Unknown whether the provider took it: the attempt stays pending and the billing sweep
      // asks again with the same key. The change itself is made.
      if (!(error instanceof ProviderUnavailableError)) throw error;
    }
  }
  return ok(done);
}

type Written = PlanChangeDone & { paymentId: string | null };

type By = { staffUserId: string | null };

async function applyNow(tx: Tx, own: OwnSubscription, quote: PlanChangeQuote, now: Date, by: By): Promise<Written> {
  const { sub } = own;
  const target = quote.target.plan;
  const invoice = quote.proration ? await createProrationInvoice(tx, own, { priced: quote.proration.invoice, now }) : null;
  const moved = {
    planId: target.id,
    unitPriceMinor: target.priceMinor,
    quantity: quote.quantity,
    // NOTE: a change ends a running campaign: from now on the new plan at its list price.
    offerPriceMinor: null,
    offerTerms: null,
    nextPlanId: null,
    scheduledPlanId: null,
    scheduledQuantity: null,
    scheduledTerm: null,
  };
  // The same interval (an upgrade never changes it); the new plan's timeline dates the next term.
  const cursor = renewalCursor({ ...sub, ...moved }, target, own.timeZone, await lastRenewalDone(tx, sub.id));
  await tx
    .update(subscriptions)
    .set({ ...moved, ...cursor })
    .where(eq(subscriptions.id, sub.id));
  await recordMrrMovement(tx, sub.id, now);
  await writeChange(tx, own, { kind: 'applied', toPlanId: target.id, toQuantity: quote.quantity, term: sub.currentTerm, effectiveAt: now, invoiceId: invoice?.invoiceId ?? null, prorationMinor: quote.proration?.invoice.totalMinor ?? null, at: now, actor: by.staffUserId ? 'staff' : 'customer' });
  return {
    timing: 'now',
    effectiveAt: now,
    planName: `${quote.target.product.name} – ${target.name}`,
    quantity: quote.quantity,
    invoice: invoice && quote.proration ? { id: invoice.invoiceId, totalMinor: quote.proration.invoice.totalMinor, currency: sub.currency } : null,
    paymentId: invoice?.paymentId ?? null,
  };
}

async function schedule(tx: Tx, own: OwnSubscription, quote: PlanChangeQuote, now: Date, by: By): Promise<Written> {
  const { sub } = own;
  const { term } = quote;
  await tx
    .update(subscriptions)
    .set({ scheduledPlanId: quote.target.plan.id, scheduledQuantity: quote.quantity, scheduledTerm: term })
    .where(eq(subscriptions.id, sub.id));
  await writeChange(tx, own, { kind: 'scheduled', toPlanId: quote.target.plan.id, toQuantity: quote.quantity, term, effectiveAt: quote.effectiveAt, invoiceId: null, prorationMinor: null, at: now, actor: by.staffUserId ? 'staff' : 'customer' });
  return {
    timing: 'renewal',
    effectiveAt: quote.effectiveAt,
    planName: `${quote.target.product.name} – ${quote.target.plan.name}`,
    quantity: quote.quantity,
    invoice: null,
    paymentId: null,
  };
}

/**
 * What every change writes besides itself, in its transaction: the plan_changes row, the domain
 * event, the event that restarts the subscription's billing-cycle runs from the new state, and
 * the confirmation e-mail.
 */
export async function writeChange(
  tx: Tx,
  own: OwnSubscription,
  change: {
    kind: 'applied' | 'scheduled' | 'canceled';
    toPlanId: string;
    toQuantity: number;
    term: number;
    effectiveAt: Date;
    invoiceId: string | null;
    prorationMinor: number | null;
    at: Date;
    /** Who made it; the customer unless staff did (the dashboard). */
    actor?: 'customer' | 'staff';
  },
): Promise<void> {
  const { sub, plan, customer, settings } = own;
  await tx.insert(planChanges).values({
    subscriptionId: sub.id,
    kind: change.kind,
    actor: change.actor ?? 'customer',
    fromPlanId: plan.id,
    fromQuantity: sub.quantity,
    toPlanId: change.toPlanId,
    toQuantity: change.toQuantity,
    term: change.term,
    invoiceId: change.invoiceId,
    createdAt: change.at,
  });
  const eventId = await recordEvent(tx, {
    name: 'subscription/changed',
    data: {
      subscriptionId: sub.id,
      customerId: customer.id,
      change: change.kind,
      fromPlanId: plan.id,
      fromQuantity: sub.quantity,
      toPlanId: change.toPlanId,
      toQuantity: change.toQuantity,
      effectiveAt: change.effectiveAt.toISOString(),
      invoiceId: change.invoiceId,
    },
  });
  await recordSubscriptionChanged(tx, sub.id);
  const [to] = await tx
    .select({ plan: plans, product: products })
    .from(plans)
    .innerJoin(products, eq(plans.productId, products.id))
    .where(eq(plans.id, change.toPlanId));
  const [from] = await tx.select({ name: products.name }).from(products).where(eq(products.id, plan.productId));
  await queueSubscriptionChanged(tx, {
    customer,
    settings,
    eventId,
    props: {
      timeZone: own.timeZone,
      fromName: `${from!.name} – ${plan.name}`,
      fromQuantity: sub.quantity,
      toName: `${to!.product.name} – ${to!.plan.name}`,
      toQuantity: change.toQuantity,
      change: change.kind,
      effectiveAt: change.effectiveAt.toISOString(),
      currency: sub.currency,
      termAmountMinor: to!.plan.priceMinor * change.toQuantity,
      prorationMinor: change.prorationMinor,
    },
  });
}
