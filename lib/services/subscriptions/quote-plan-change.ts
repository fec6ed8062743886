import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { coupons, invoiceLines, invoices, plans, products, type Plan, type Product } from '@/db/schema';
import { decidePlanChange, type PlanChangeState, type PlanChangeTiming } from '@/lib/billing/plan-change';
import { priceForTerm } from '@/lib/billing/plan-terms';
import { prorateChange, type Proration } from '@/lib/billing/proration';
import { err, ok, type Result } from '@/lib/billing/result';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf } from '@/lib/billing/vat/line-vat';
import { domainError } from '@/lib/errors/domain-error';
import { planLineDescription } from '@/lib/billing/line-description';
import { variantNameOf } from '@/lib/services/catalog/variant-name';
import { couponRulesOf } from '@/lib/services/checkout/price-cart';
import { countryEvidenceOf, loadVatContext } from '@/lib/services/vat/vat-context-for';
import type { OwnSubscription } from './lock-own-subscription';
import { planChangeRefusalError, planNotOffered, type PlanChangeError } from './plan-change-errors';

/** What a change of plan or quantity would do, as Min Side previews it and changePlan applies it. */
export type PlanChangeQuote = {
  timing: PlanChangeTiming;
  /** When the new plan takes over: now, or the start of the next term. */
  effectiveAt: Date;
  /** The first term on the new plan: the running one for an upgrade. */
  term: number;
  target: { plan: Plan; product: Product };
  quantity: number;
  /** The proration invoice of an upgrade (null for a change at the renewal, or one that comes to 0). */
  proration: Proration | null;
};

/**
 * The state the pure rules decide on, from a locked subscription. `byShop`: the merchant changes
 * it (staff on the dashboard, or the API), and the switches that let customers change plans
 * themselves do not bind the merchant.
 */
export function planChangeState(own: OwnSubscription, byShop = false): PlanChangeState {
  const { sub, plan, customer, settings } = own;
  return {
    status: sub.status,
    cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
    currentPeriodEnd: sub.currentPeriodEnd,
    shopAllows: byShop || settings.customersCanChangePlan,
    customerAllows: byShop || customer.canChangePlan,
    nextTermInvoiced: own.nextTermInvoiced,
    current: { ...plan, quantity: sub.quantity, unitPriceMinor: sub.unitPriceMinor },
  };
}

/**
 * Decides a change of `own` to `planId` x `quantity` at `now`, and prices an upgrade: the credit
 * for the running term's unused days on what it was billed at (its campaign price, its coupon when
 * the term's invoice carried it) and the charge for them on the new plan. Writes nothing.
 */
export async function quotePlanChange(
  tx: Tx,
  own: OwnSubscription,
  input: { planId: string; quantity: number; now: Date; byShop?: boolean },
): Promise<Result<PlanChangeQuote, PlanChangeError>> {
  const { sub, plan } = own;
  const [target] = await tx
    .select({ plan: plans, product: products })
    .from(plans)
    .innerJoin(products, eq(plans.productId, products.id))
    .where(eq(plans.id, input.planId));
  // An inactive plan is not for sale: it stays only for those already on it.
  if (!target || (!target.plan.active && target.plan.id !== plan.id)) return err(planNotOffered());
  const decided = decidePlanChange(planChangeState(own, input.byShop), target.plan, input.quantity);
  if (!decided.ok) return err(planChangeRefusalError(decided.refusal));
  const base = { timing: decided.timing, target, quantity: input.quantity };
  if (decided.timing === 'renewal') {
    // NOTE: a trial's next billed term is term 0 itself (it starts when the trial ends).
    const term = sub.status === 'trialing' ? sub.currentTerm : sub.currentTerm + 1;
    const [invoiced] = await tx
      .select({ id: invoices.id })
      .from(invoices)
      .where(and(eq(invoices.subscriptionId, sub.id), eq(invoices.term, term), sql`${invoices.status} <> 'void'`));
    if (invoiced) return err(planChangeRefusalError({ code: 'next_term_invoiced', periodEnd: sub.currentPeriodEnd }));
    return ok({ ...base, term, effectiveAt: sub.currentPeriodEnd, proration: null });
  }

  const { unitPriceMinor } = priceForTerm({
    listPriceMinor: sub.unitPriceMinor,
    offerPriceMinor: sub.offerPriceMinor,
    offerTerms: sub.offerTerms,
    term: sub.currentTerm,
  });
  const [current] = await tx.select({ name: products.name, kind: products.kind }).from(products).where(eq(products.id, plan.productId));
  const coupon = await runningCoupon(tx, own);
  // Both sides' VAT as decided for this buyer now (reverse charge, OSS, export), as a renewal's.
  const context = await loadVatContext(tx, own.customer, input.now, own.settings.vatOssRegistered);
  const fromVat = lineVat(context, { taxClass: plan.taxClass, supply: supplyKindOf(current!.kind), shopRateBp: plan.taxRateBp });
  const toVat = lineVat(context, { taxClass: target.plan.taxClass, supply: supplyKindOf(target.product.kind), shopRateBp: target.plan.taxRateBp });
  if (!fromVat.ok) return err(domainError('vat', fromVat.error));
  if (!toVat.ok) return err(domainError('vat', toVat.error));
  const proration = prorateChange({
    currency: sub.currency,
    from: {
      description: planLineDescription({ productName: current!.name, variantName: await variantNameOf(tx, plan.variantId), planName: plan.name }),
      quantity: sub.quantity,
      unitPriceMinor,
      taxRateBp: fromVat.value.rateBp,
      vatCategory: fromVat.value.category,
    },
    to: {
      description: planLineDescription({ productName: target.product.name, variantName: await variantNameOf(tx, target.plan.variantId), planName: target.plan.name }),
      quantity: input.quantity,
      unitPriceMinor: target.plan.priceMinor,
      taxRateBp: toVat.value.rateBp,
      vatCategory: toVat.value.category,
    },
    coupon,
    mode: { pricesIncludeVat: own.settings.pricesIncludeVat },
    periodStart: sub.currentPeriodStart,
    periodEnd: sub.currentPeriodEnd,
    now: input.now,
    timeZone: own.timeZone,
  });
  // The legal notes (reverse charge, export) and OSS evidence the invoice carries, as a renewal's.
  proration.invoice.vat = documentVat(context, [fromVat.value, toVat.value], countryEvidenceOf(own.customer));
  return ok({ ...base, term: sub.currentTerm, effectiveAt: input.now, proration: proration.invoice.lines.length ? proration : null });
}

/**
 * The subscription's coupon when it discounted the running term: the invoice that billed the term
 * (the renewal, or the order for term 0) has a discount line. A coupon used up before this term
 * does not discount its credit or the charge for its rest.
 */
async function runningCoupon(tx: Tx, own: OwnSubscription) {
  const { sub } = own;
  if (!sub.couponId) return null;
  const [billed] = await tx
    .select({ discounted: sql<boolean>`exists (select 1 from invoice_lines d where d.invoice_id = ${invoiceLines.invoiceId} and d.kind = 'discount')` })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.subscriptionId, sub.id), eq(invoiceLines.term, sub.currentTerm), eq(invoiceLines.kind, 'plan')))
    .limit(1);
  if (!billed?.discounted) return null;
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.id, sub.couponId));
  return coupon ? couponRulesOf(coupon) : null;
}
