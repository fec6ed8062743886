import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { amountOwedSql } from '@/db/amount-owed-sql';
import { coupons, customerBalances, invoices, plans, products } from '@/db/schema';
import { balanceToApply } from '@/lib/billing/balance-to-apply';
import { chargeLine } from '@/lib/billing/charge-line';
import { invoiceTotals } from '@/lib/billing/invoice-totals';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { err, ok, type Result } from '@/lib/billing/result';
import { aheadInvoiceOnStop } from '@/lib/billing/stop-credits';
import {
  commitmentTermsLeft,
  earlyExitFee,
  earlyExitRuleFor,
  inCommitment,
  stopCreditUse,
  stopNowRefusal,
  termsLeftInCommitment,
  type CommitmentTerm,
} from '@/lib/billing/stop-now';
import { planLineDescription } from '@/lib/billing/line-description';
import { variantNameOf } from '@/lib/services/catalog/variant-name';
import { couponRulesOf } from '@/lib/services/checkout/price-cart';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf } from '@/lib/billing/vat/line-vat';
import { domainError } from '@/lib/errors/domain-error';
import { planUnusedTermCredit } from '@/lib/services/credit-notes/credit-unused-period';
import { planUnusedProrationCredits } from '@/lib/services/credit-notes/credit-unused-prorations';
import { countryEvidenceOf, loadVatContext } from '@/lib/services/vat/vat-context-for';
import type { OwnSubscription } from './lock-own-subscription';
import { subscriptionDebts } from './stop-credit-debts';
import { stopNowRefusalError, type StopNowError } from './stop-now-errors';

/** One credit a stop at once gives: an invoice and the part of it that comes back. */
export type StopNowCredit = {
  invoiceId: string;
  invoiceNumber: string | null;
  /** term: the running term's unused days; upgrade: those of a proration invoice; ahead: a next term paid before it began. */
  kind: 'term' | 'upgrade' | 'ahead';
  daysUnused: number | null;
  daysInPeriod: number | null;
  amountMinor: number;
};

/** How the early-exit fee was reached, for the preview to say. */
export type EarlyExitFeeBasis =
  | { kind: 'fixed' }
  | {
      kind: 'rest_of_commitment';
      /** The running term's credit, given back in the fee (staying would not have refunded it). */
      runningCreditMinor: number;
      /** Each term left, at what its invoice would have been (campaign price, coupon, VAT). */
      terms: CommitmentTerm[];
    };

/** Where the credit that would go to the balance goes: the fee and open invoices first. */
export type StopCreditUsePlan = {
  /** Paid of the early-exit fee invoice. */
  feeMinor: number;
  invoices: { invoiceId: string; number: string | null; amountMinor: number }[];
  /** Kept as the customer's balance for coming invoices. */
  keptMinor: number;
};

export type StopNowQuote = {
  currency: string;
  credits: StopNowCredit[];
  creditMinor: number;
  /** The early-exit fee invoice as it would be written (null: no fee). */
  fee: PricedInvoice | null;
  feeMinor: number;
  feeBasis: EarlyExitFeeBasis | null;
  creditUse: StopCreditUsePlan;
  commitmentEndsAt: Date | null;
};

/**
 * What a customer's stop of `own` at `now` would do, written nowhere: whether it is allowed
 * (stopNowRefusal), each credit note it would issue (the running term's unused days, those of each
 * proration invoice of the term, a next term paid ahead), and inside a commitment the early-exit
 * fee as its invoice would carry it (VAT decided for this buyer like the plan's own). Min Side
 * shows it before the customer confirms; the stop refuses other amounts than these.
 */
export async function quoteStopNow(tx: Tx, own: OwnSubscription, now: Date): Promise<Result<StopNowQuote, StopNowError>> {
  const { sub, plan, customer, settings } = own;
  const rule = earlyExitRuleFor(settings.earlyExitFee, settings.earlyExitFeeAmounts, sub.currency);
  const refusal = stopNowRefusal({
    status: sub.status,
    commitmentEndsAt: sub.commitmentEndsAt,
    now,
    shopAllows: settings.customersCanStopNow,
    customerAllows: customer.canStopNow,
    rule,
  });
  if (refusal) return err(stopNowRefusalError(refusal));

  // NOTE: the shop's zone, as the credit notes themselves count the days (creditUnusedPeriod).
  const credits: StopNowCredit[] = [];
  const term = await planUnusedTermCredit(tx, sub.id, now, settings.timeZone);
  if (term.ok) {
    const { invoice } = term.value.term;
    credits.push({ invoiceId: invoice.id, invoiceNumber: invoice.number, kind: 'term', ...term.value.share });
  }
  for (const upgrade of await planUnusedProrationCredits(tx, sub.id, now, settings.timeZone)) {
    credits.push({ invoiceId: upgrade.invoiceId, invoiceNumber: upgrade.invoiceNumber, kind: 'upgrade', ...upgrade.share });
  }
  const runningCreditMinor = credits.reduce((sum, credit) => sum + credit.amountMinor, 0);
  const ahead = await tx.select().from(invoices).where(and(eq(invoices.subscriptionId, sub.id), gt(invoices.term, sub.currentTerm)));
  for (const invoice of ahead) {
    if (aheadInvoiceOnStop(invoice) !== 'credit') continue;
    credits.push({ invoiceId: invoice.id, invoiceNumber: invoice.number, kind: 'ahead', daysUnused: null, daysInPeriod: null, amountMinor: invoice.totalMinor - invoice.creditedMinor });
  }

  const committed = inCommitment(sub.commitmentEndsAt, now);
  const [product] = await tx.select({ name: products.name, kind: products.kind }).from(products).where(eq(products.id, plan.productId));
  const context = await loadVatContext(tx, customer, now, settings.vatOssRegistered);
  const vat = lineVat(context, { taxClass: plan.taxClass, supply: supplyKindOf(product!.kind), shopRateBp: plan.taxRateBp });
  const billed = planLineDescription({ productName: product!.name, variantName: await variantNameOf(tx, plan.variantId), planName: plan.name });
  let terms: CommitmentTerm[] = [];
  if (committed && rule.kind === 'rest_of_commitment') {
    if (!vat.ok) return err(domainError('vat', vat.error));
    const priced = commitmentTermsLeft({
      currency: sub.currency,
      description: billed,
      firstTerm: sub.currentTerm + 1,
      count: termsLeftInCommitment({
        anchorAt: sub.anchorAt,
        anchorTerm: sub.anchorTerm,
        interval: { unit: plan.intervalUnit, count: plan.intervalCount },
        timeZone: own.timeZone,
        currentTerm: sub.currentTerm,
        commitmentEndsAt: sub.commitmentEndsAt,
      }),
      quantity: sub.quantity,
      listPriceMinor: sub.unitPriceMinor,
      offerPriceMinor: sub.offerPriceMinor,
      offerTerms: sub.offerTerms,
      nextPlanPriceMinor: await nextPlanPrice(tx, sub.nextPlanId, sub.planId),
      taxRateBp: vat.value.rateBp,
      vatCategory: vat.value.category,
      coupon: await couponOf(tx, sub.couponId),
      couponUses: sub.couponUses,
      mode: { pricesIncludeVat: settings.pricesIncludeVat },
    });
    if (!priced.ok) return err(domainError('stop_unpriceable', priced.error));
    terms = priced.value;
  }
  const feeMinor = earlyExitFee({ rule, inCommitment: committed, runningCreditMinor, termAmountsMinor: terms.map((term) => term.amountMinor) });
  let fee: PricedInvoice | null = null;
  if (feeMinor > 0) {
    if (!vat.ok) return err(domainError('vat', vat.error));
    const line = chargeLine('one_off', null, `Early exit from the commitment of ${billed}`, 1, feeMinor, vat.value.rateBp, vat.value.category);
    fee = { currency: sub.currency, lines: [line], ...invoiceTotals([line]), vat: documentVat(context, [vat.value], countryEvidenceOf(customer)) };
  }
  const feeBasis: EarlyExitFeeBasis | null = feeMinor === 0 ? null : rule.kind === 'fixed' ? { kind: 'fixed' } : { kind: 'rest_of_commitment', runningCreditMinor, terms };
  const creditUse = await planCreditUse(tx, own, credits, feeMinor);
  return ok({
    currency: sub.currency,
    credits,
    creditMinor: credits.reduce((sum, credit) => sum + credit.amountMinor, 0),
    fee,
    feeMinor,
    feeBasis,
    creditUse,
    commitmentEndsAt: sub.commitmentEndsAt,
  });
}

async function nextPlanPrice(tx: Tx, nextPlanId: string | null, planId: string): Promise<number | null> {
  if (!nextPlanId || nextPlanId === planId) return null;
  const [next] = await tx.select({ priceMinor: plans.priceMinor }).from(plans).where(eq(plans.id, nextPlanId));
  return next?.priceMinor ?? null;
}

async function couponOf(tx: Tx, couponId: string | null) {
  if (!couponId) return null;
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.id, couponId));
  return coupon ? couponRulesOf(coupon) : null;
}

/**
 * What the stop's credit would pay, as stopNowByCustomer will apply it: the credit notes on paid
 * invoices go to the balance, those on open invoices first lower what those owe; of what reaches
 * the balance, the early-exit fee (after any balance the customer already had, which pays a new
 * invoice first) and the subscription's other open invoices are paid first (stopCreditUse).
 */
async function planCreditUse(tx: Tx, own: OwnSubscription, credits: StopNowCredit[], feeMinor: number): Promise<StopCreditUsePlan> {
  const { sub, customer } = own;
  const debts = await subscriptionDebts(tx, { subscriptionId: sub.id, currentTerm: sub.currentTerm, currency: sub.currency });
  const owed = new Map(debts.map((debt) => [debt.invoiceId, debt.owedMinor]));
  const statuses = new Map(
    credits.length
      ? (await tx.select({ id: invoices.id, status: invoices.status, owed: amountOwedSql(invoices) }).from(invoices).where(inArray(invoices.id, credits.map((c) => c.invoiceId)))).map((row) => [row.id, row])
      : [],
  );
  let toBalance = 0;
  for (const credit of credits) {
    const invoice = statuses.get(credit.invoiceId);
    // A note on an open invoice lowers what it owes first; only the rest reaches the balance.
    const reduces = invoice?.status === 'open' ? Math.min(Number(invoice.owed), credit.amountMinor) : 0;
    if (owed.has(credit.invoiceId)) owed.set(credit.invoiceId, owed.get(credit.invoiceId)! - reduces);
    toBalance += credit.amountMinor - reduces;
  }
  const [balance] = await tx
    .select({ balanceMinor: customerBalances.balanceMinor })
    .from(customerBalances)
    .where(and(eq(customerBalances.customerId, customer.id), eq(customerBalances.currency, sub.currency)));
  const feeOwed = feeMinor - balanceToApply(balance?.balanceMinor ?? 0, feeMinor);
  const use = stopCreditUse(toBalance, [{ invoiceId: 'fee', owedMinor: feeOwed }, ...debts.map((debt) => ({ invoiceId: debt.invoiceId, owedMinor: owed.get(debt.invoiceId)! }))]);
  const numbers = new Map(debts.map((debt) => [debt.invoiceId, debt.number]));
  return {
    feeMinor: use.paid.find((paid) => paid.invoiceId === 'fee')?.amountMinor ?? 0,
    invoices: use.paid.filter((paid) => paid.invoiceId !== 'fee').map((paid) => ({ ...paid, number: numbers.get(paid.invoiceId) ?? null })),
    keptMinor: use.keptMinor,
  };
}
