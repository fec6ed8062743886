import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { dunningPlans, dunningSteps, plans, products, productVariants, subscriptions, type Plan } from '@/db/schema';
import { validateDunningPlan } from '@/lib/billing/dunning';
import { parseMoney } from '@/lib/billing/money';
import { validatePlanTerms } from '@/lib/billing/plan-terms';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isUniqueViolation } from '@/lib/services/db-errors';
import type { SavePlanInput } from '@/lib/validations/catalog';
import { manageCode, manageMessage } from '@/lib/i18n/manage-messages';
import { amountProblemCode, billingProblemCode, type AmountWhat } from '@/lib/validations/catalog-problem-codes';
import { catalogError, type CatalogSaveError } from './catalog-save-error';
import { planProblemField } from './plan-problem-field';
import { recordPlanValueChange } from '@/lib/services/metrics/record-plan-value-change';
import { forgetStorefrontReads } from '@/db/queries/catalog/storefront-memo';

type Saved = { id: string; created: boolean };

const codeTaken = (code: string) => catalogError(manageMessage('planCodeTaken', { code }), 'code');

/**
 * Creates or updates a plan. The amounts typed in major units are read in the plan's currency,
 * the terms checked by the billing core, and the chosen reminder process checked against the
 * currencies of every plan that would use it; nothing is written unless all of it holds.
 * Refusals are `dashboard.manage.messages` codes (the billing core's sentences translated by
 * billingProblemCode), worded in the staff member's language by the action.
 */
export async function savePlan(input: SavePlanInput, actor: { staffUserId: string }): Promise<Result<Saved, CatalogSaveError>> {
  try {
    return await db.transaction((tx) => savePlanIn(tx, input, actor.staffUserId));
  } catch (error) {
    // Two saves racing for one code: the loser is told, like the pre-check would have.
    if ('code' in input && isUniqueViolation(error, 'plans_code_key')) return err(codeTaken(input.code));
    throw error;
  } finally {
    // The order pages show the catalog as saved from the next visit on.
    forgetStorefrontReads();
  }
}

async function savePlanIn(tx: Tx, input: SavePlanInput, staffUserId: string): Promise<Result<Saved, CatalogSaveError>> {
  let existing: Plan | null = null;
  let currency: string;
  if ('id' in input) {
    [existing = null] = await tx.select().from(plans).where(eq(plans.id, input.id)).for('update');
    if (!existing) return err(catalogError(manageCode('planGone')));
    currency = existing.currency;
  } else {
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
    if (!product) return err(catalogError(manageCode('planProductMissing')));
    currency = input.currency;
  }
  if (input.variantId) {
    const productId = existing ? existing.productId : 'productId' in input ? input.productId : '';
    const [variant] = await tx
      .select({ id: productVariants.id })
      .from(productVariants)
      .where(and(eq(productVariants.id, input.variantId), eq(productVariants.productId, productId)));
    if (!variant) return err(catalogError(manageCode('planVariantGone'), 'variantId'));
  }

  const amounts = readAmounts(input, currency);
  if (!amounts.ok) return amounts;
  const { priceMinor, setupFeeMinor, offerPriceMinor } = amounts.value;
  const terms = validatePlanTerms({
    interval: { unit: input.intervalUnit, count: input.intervalCount },
    priceMinor,
    currency,
    setupFeeMinor,
    trialDays: input.trialDays,
    commitmentMonths: input.commitmentMonths,
    maxInstalments: input.maxInstalments,
    announceDaysBefore: input.announceDaysBefore,
    invoiceDaysBefore: input.invoiceDaysBefore,
    paymentTermsDays: input.paymentTermsDays,
    offerPriceMinor,
    offerTerms: input.offerTerms,
  });
  if (!terms.ok) return err(catalogError(billingProblemCode(terms.error), planProblemField(terms.error, input)));

  if (input.dunningPlanId) {
    const fits = await checkDunningPlanFits(tx, input.dunningPlanId, currency, existing?.id ?? null);
    if (!fits.ok) return fits;
  }
  if (input.nextPlanId) {
    const next = await checkNextPlan(tx, input, currency, existing?.id ?? null);
    if (!next.ok) return next;
  }
  if (existing && (existing.intervalUnit !== input.intervalUnit || existing.intervalCount !== input.intervalCount)) {
    const moved = await checkIntervalMayChange(tx, existing);
    if (!moved.ok) return moved;
  }

  const values = {
    name: input.name,
    intervalUnit: input.intervalUnit,
    intervalCount: input.intervalCount,
    priceMinor,
    setupFeeMinor,
    taxRateBp: input.taxRate,
    taxClass: input.taxClass,
    trialDays: input.trialDays,
    commitmentMonths: input.commitmentMonths,
    maxInstalments: input.maxInstalments,
    announceDaysBefore: input.announceDaysBefore,
    invoiceDaysBefore: input.invoiceDaysBefore,
    paymentTermsDays: input.paymentTermsDays,
    dunningPlanId: input.dunningPlanId,
    offerPriceMinor,
    offerTerms: input.offerTerms,
    nextPlanId: input.nextPlanId,
    variantId: input.variantId,
    active: input.active,
  };
  if (existing) {
    const [updated] = await tx.update(plans).set(values).where(eq(plans.id, existing.id)).returning();
    await recordAudit(tx, { actorUserId: staffUserId, action: 'plan.update', record: { type: 'plan', id: existing.id }, before: existing, after: updated });
    await recordPlanValueChange(tx, existing, updated!, new Date());
    return ok({ id: existing.id, created: false });
  }
  if ('code' in input) {
    const [taken] = await tx.select({ id: plans.id }).from(plans).where(eq(plans.code, input.code));
    if (taken) return err(codeTaken(input.code));
    const [{ next }] = await tx
      .select({ next: sql<number>`coalesce(max(${plans.position}), 0) + 1` })
      .from(plans)
      .where(eq(plans.productId, input.productId));
    const [created] = await tx
      .insert(plans)
      .values({ ...values, productId: input.productId, code: input.code, currency, position: Number(next) })
      .returning();
    await recordAudit(tx, { actorUserId: staffUserId, action: 'plan.create', record: { type: 'plan', id: created!.id }, before: null, after: created });
    return ok({ id: created!.id, created: true });
  }
  throw new Error('savePlan: neither an existing plan nor a new one');
}

/**
 * The plan a campaign moves its subscribers to after the offer: it must exist, be another plan,
 * bill the same interval in the same currency (the terms are numbered from the same anchor) and
 * have no offer of its own (the offer terms would be counted twice).
 */
async function checkNextPlan(
  tx: Tx,
  input: SavePlanInput,
  currency: string,
  selfId: string | null,
): Promise<Result<null, CatalogSaveError>> {
  const problem = (message: string) => err(catalogError(message, 'nextPlanId'));
  if (input.offerTerms === null) return problem(manageCode('nextPlanNeedsOffer'));
  if (input.nextPlanId === selfId) return problem(manageCode('nextPlanIsSelf'));
  const [next] = await tx.select().from(plans).where(eq(plans.id, input.nextPlanId!));
  if (!next) return problem(manageCode('nextPlanGone'));
  if (next.currency !== currency) return problem(manageMessage('nextPlanCurrency', { next: next.currency, currency }));
  if (next.intervalUnit !== input.intervalUnit || next.intervalCount !== input.intervalCount) {
    return problem(manageCode('nextPlanInterval'));
  }
  if (next.offerTerms !== null) return problem(manageCode('nextPlanHasOffer'));
  return ok(null);
}

/** The typed amounts in minor units of `currency`; every unreadable one gets its own message. */
function readAmounts(
  input: SavePlanInput,
  currency: string,
): Result<{ priceMinor: number; setupFeeMinor: number; offerPriceMinor: number | null }, CatalogSaveError> {
  const fieldErrors: Record<string, string> = {};
  const read = (text: string, field: AmountWhat): number => {
    const parsed = parseMoney(text, currency);
    if (parsed.ok) return parsed.value;
    fieldErrors[field] = amountProblemCode(parsed.error, field);
    return Number.NaN;
  };
  const priceMinor = read(input.price, 'price');
  const setupFeeMinor = input.setupFee === null ? 0 : read(input.setupFee, 'setupFee');
  const offerPriceMinor = input.offerPrice === null ? null : read(input.offerPrice, 'offerPrice');
  const messages = Object.values(fieldErrors);
  if (messages.length === 0) return ok({ priceMinor, setupFeeMinor, offerPriceMinor });
  return err({ message: messages.length === 1 ? messages[0]! : manageCode('correctFields'), fieldErrors });
}

/**
 * The reminder process may charge fees only in currencies its plans are priced in: checked with
 * this plan's currency added to those of the other plans using it. The process row is locked so
 * that a process edit saved at the same time sees this plan, or this save sees that edit.
 */
async function checkDunningPlanFits(
  tx: Tx,
  dunningPlanId: string,
  currency: string,
  planId: string | null,
): Promise<Result<null, CatalogSaveError>> {
  const [dunning] = await tx.select().from(dunningPlans).where(eq(dunningPlans.id, dunningPlanId)).for('update');
  if (!dunning) return err(catalogError(manageCode('dunningPlanGone'), 'dunningPlanId'));
  const [steps, others] = await Promise.all([
    tx.select().from(dunningSteps).where(eq(dunningSteps.dunningPlanId, dunningPlanId)).orderBy(asc(dunningSteps.position)),
    tx
      .selectDistinct({ currency: plans.currency })
      .from(plans)
      .where(and(eq(plans.dunningPlanId, dunningPlanId), planId ? ne(plans.id, planId) : undefined)),
  ]);
  const currencies = [...new Set([currency, ...others.map((p) => p.currency)])];
  const valid = validateDunningPlan(
    {
      steps: steps.map((s) => ({ daysAfterDue: s.daysAfterDue, action: s.action, fees: s.fees })),
      suspendInsteadOfRemind: dunning.suspendInsteadOfRemind,
      endAfterDays: dunning.endAfterDays,
    },
    currencies,
  );
  if (valid.ok) return ok(null);
  return err(catalogError(manageMessage('planDunningMisfit', { name: dunning.name, problem: billingProblemCode(valid.error) }), 'dunningPlanId'));
}

/**
 * NOTE: terms are computed from each subscription's anchor and its plan's interval (never stored
 * per subscription), so a new interval would move every running subscription's billing dates at
 * the next engine run. A running plan keeps its interval; a new interval is a new plan.
 */
async function checkIntervalMayChange(tx: Tx, plan: Plan): Promise<Result<null, CatalogSaveError>> {
  const [{ running }] = await tx
    .select({ running: count() })
    .from(subscriptions)
    .where(and(eq(subscriptions.planId, plan.id), ne(subscriptions.status, 'ended')));
  if (running === 0) return ok(null);
  const every = manageMessage('everyUnit', { count: plan.intervalCount, unit: plan.intervalUnit });
  return err(catalogError(manageMessage('intervalLocked', { running, every }), 'intervalCount'));
}
