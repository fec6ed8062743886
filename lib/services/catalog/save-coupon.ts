import { eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { coupons, plans, shopSettings, type Coupon } from '@/db/schema';
import { validateCouponTerms } from '@/lib/billing/coupon-terms';
import { isSupportedCurrency } from '@/lib/billing/currency';
import { parseMoney } from '@/lib/billing/money';
import { err, ok, type Result } from '@/lib/billing/result';
import { wallToUtc } from '@/lib/billing/zone-offsets';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import type { SaveCouponInput } from '@/lib/validations/coupons';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { catalogError, type CatalogSaveError } from './catalog-save-error';

type Saved = { id: string; created: boolean };

const codeTaken = (code: string) => catalogError(manageMessage('couponCodeTaken', { code }), 'code');

/**
 * Creates or updates a coupon. The amount off is read in the coupon's currency, the terms checked
 * by the billing core, the plans it is limited to checked to exist (and, for an amount off, to be
 * priced in its currency); nothing is written unless all of it holds.
 */
export async function saveCoupon(
  input: SaveCouponInput,
  actor: { staffUserId: string },
  now: Date = new Date(),
): Promise<Result<Saved, CatalogSaveError>> {
  try {
    return await db.transaction((tx) => saveCouponIn(tx, input, actor.staffUserId, now));
  } catch (error) {
    // Two saves racing for one code: the loser is told, like the pre-check would have.
    if ('code' in input && isUniqueViolation(error, 'coupons_code_key')) return err(codeTaken(input.code));
    throw error;
  }
}

async function saveCouponIn(tx: Tx, input: SaveCouponInput, staffUserId: string, now: Date): Promise<Result<Saved, CatalogSaveError>> {
  let existing: Coupon | null = null;
  if ('id' in input) {
    [existing = null] = await tx.select().from(coupons).where(eq(coupons.id, input.id)).for('update');
    if (!existing) return err(catalogError(manageCode('couponGone')));
  }
  const [settings] = await tx.select({ timeZone: shopSettings.timeZone }).from(shopSettings).limit(1);
  const timeZone = settings?.timeZone ?? 'UTC';

  let amountOffMinor: number | null = null;
  if (input.kind === 'fixed' && input.amountOff !== null && input.currency !== null && isSupportedCurrency(input.currency)) {
    const parsed = parseMoney(input.amountOff, input.currency);
    if (!parsed.ok) return err(catalogError(parsed.error.replace(/^The amount/, 'The amount off'), 'amountOff'));
    amountOffMinor = parsed.value;
  }
  const values = {
    kind: input.kind,
    percentOff: input.kind === 'percent' ? input.percentOff : null,
    amountOffMinor: input.kind === 'fixed' ? amountOffMinor : null,
    currency: input.currency,
    duration: input.duration,
    durationTerms: input.duration === 'repeating' ? input.durationTerms : null,
    planIds: input.planIds.length > 0 ? [...new Set(input.planIds)] : null,
    validUntil: input.validUntil === null ? null : endOfDay(input.validUntil, timeZone),
    maxRedemptions: input.maxRedemptions,
    maxRedemptionsPerCustomer: input.maxRedemptionsPerCustomer,
    active: input.active,
  };
  const problem = validateCouponTerms(values, now);
  // An unchanged end date that has passed is not a new mistake: an ended coupon can still be edited.
  const keptEnd = problem?.field === 'validUntil' && existing?.validUntil?.getTime() === values.validUntil?.getTime();
  if (problem && !keptEnd) return err(catalogError(problem.message, problem.field));

  if (values.planIds) {
    const found = await tx.select({ id: plans.id, currency: plans.currency, name: plans.name }).from(plans).where(inArray(plans.id, values.planIds));
    if (found.length !== values.planIds.length) return err(catalogError(manageCode('couponPlanGone'), 'planIds'));
    const other = values.kind === 'fixed' ? found.find((p) => p.currency !== values.currency) : undefined;
    if (other) {
      return err(
        catalogError(manageMessage('couponPlanCurrency', { plan: other.name, planCurrency: other.currency, currency: String(values.currency) }), 'planIds'),
      );
    }
  }

  if (existing) {
    const [updated] = await tx.update(coupons).set(values).where(eq(coupons.id, existing.id)).returning();
    await recordAudit(tx, { actorUserId: staffUserId, action: 'coupon.update', record: { type: 'coupon', id: existing.id }, before: existing, after: updated });
    return ok({ id: existing.id, created: false });
  }
  if ('code' in input) {
    const [taken] = await tx.select({ id: coupons.id }).from(coupons).where(eq(coupons.code, input.code));
    if (taken) return err(codeTaken(input.code));
    const [created] = await tx.insert(coupons).values({ ...values, code: input.code }).returning();
    await recordAudit(tx, { actorUserId: staffUserId, action: 'coupon.create', record: { type: 'coupon', id: created!.id }, before: null, after: created });
    return ok({ id: created!.id, created: true });
  }
  throw new Error('saveCoupon: neither an existing coupon nor a new one');
}

/**
 * NOTE: `validUntil` is exclusive, and the merchant types the last day the code works: stored as
 * the midnight that ends that day in the shop's time zone.
 */
function endOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(wallToUtc(timeZone, Date.UTC(y, m - 1, d + 1)));
}
