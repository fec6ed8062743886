import { db } from '@/db/client';
import { err, ok, type Result } from '@/lib/billing/result';
import { lockOwnSubscription } from './lock-own-subscription';
import { planChangeNotFound, type PlanChangeError } from './plan-change-errors';
import { quotePlanChange } from './quote-plan-change';

export type PlanChangePreview = {
  timing: 'now' | 'renewal';
  effectiveAt: Date;
  planId: string;
  planName: string;
  quantity: number;
  currency: string;
  /** What a term costs on the new plan, VAT included (before any coupon). */
  termAmountMinor: number;
  /** The proration invoice as it would be written: its lines and totals (none at the renewal). */
  lines: { description: string; amountMinor: number; taxMinor: number; taxRateBp: number }[];
  totalMinor: number;
  taxMinor: number;
  daysUnused: number | null;
  daysInPeriod: number | null;
};

/**
 * What changing to `planId` x `quantity` would do, now, without writing anything: when it takes
 * effect and, for an upgrade, the lines of the proration invoice and what is charged (Min Side
 * shows it before the customer confirms; changePlan refuses a total other than the one shown).
 */
export async function previewPlanChange(input: {
  customerId: string;
  subscriptionId: string;
  planId: string;
  quantity: number;
  now: Date;
  /** Asked by the merchant (the API), not by the customer on Min Side. */
  byMerchant?: boolean;
  /** Staff change it from the dashboard: the customer's switches do not apply; audited. */
  staffUserId?: string;
}): Promise<Result<PlanChangePreview, PlanChangeError>> {
  // NOTE: a transaction that writes nothing: its row lock only keeps the quote from reading the
  // subscription halfway through another change.
  return db.transaction(async (tx) => {
    const own = await lockOwnSubscription(tx, input.customerId, input.subscriptionId);
    if (!own) return err(planChangeNotFound());
    const quoted = await quotePlanChange(tx, own, { ...input, byShop: input.byMerchant === true || input.staffUserId !== undefined });
    if (!quoted.ok) return quoted;
    const { timing, effectiveAt, target, quantity, proration } = quoted.value;
    return ok({
      timing,
      effectiveAt,
      planId: target.plan.id,
      planName: `${target.product.name} – ${target.plan.name}`,
      quantity,
      currency: own.sub.currency,
      termAmountMinor: target.plan.priceMinor * quantity,
      lines: (proration?.invoice.lines ?? []).map(({ description, amountMinor, taxMinor, taxRateBp }) => ({ description, amountMinor, taxMinor, taxRateBp })),
      totalMinor: proration?.invoice.totalMinor ?? 0,
      taxMinor: proration?.invoice.taxMinor ?? 0,
      daysUnused: proration?.daysUnused ?? null,
      daysInPeriod: proration?.daysInPeriod ?? null,
    });
  });
}
