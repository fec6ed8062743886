import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoices, products } from '@/db/schema';
import { chargeLine } from '@/lib/billing/charge-line';
import { invoiceTotals } from '@/lib/billing/invoice-totals';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { err, ok, type Result } from '@/lib/billing/result';
import { aheadInvoiceOnStop } from '@/lib/billing/stop-credits';
import { earlyExitFee, earlyExitRuleFor, inCommitment, stopNowRefusal, termsLeftInCommitment } from '@/lib/billing/stop-now';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf } from '@/lib/billing/vat/line-vat';
import { domainError } from '@/lib/errors/domain-error';
import { planUnusedTermCredit } from '@/lib/services/credit-notes/credit-unused-period';
import { planUnusedProrationCredits } from '@/lib/services/credit-notes/credit-unused-prorations';
import { countryEvidenceOf, loadVatContext } from '@/lib/services/vat/vat-context-for';
import type { OwnSubscription } from './lock-own-subscription';
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

export type StopNowQuote = {
  currency: string;
  credits: StopNowCredit[];
  creditMinor: number;
  /** The early-exit fee invoice as it would be written (null: no fee). */
  fee: PricedInvoice | null;
  feeMinor: number;
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

  const feeMinor = earlyExitFee({
    rule,
    inCommitment: inCommitment(sub.commitmentEndsAt, now),
    runningCreditMinor,
    termsLeft: termsLeftInCommitment({
      anchorAt: sub.anchorAt,
      anchorTerm: sub.anchorTerm,
      interval: { unit: plan.intervalUnit, count: plan.intervalCount },
      timeZone: own.timeZone,
      currentTerm: sub.currentTerm,
      commitmentEndsAt: sub.commitmentEndsAt,
    }),
    termAmountMinor: sub.unitPriceMinor * sub.quantity,
  });
  let fee: PricedInvoice | null = null;
  if (feeMinor > 0) {
    const [product] = await tx.select({ name: products.name, kind: products.kind }).from(products).where(eq(products.id, plan.productId));
    const context = await loadVatContext(tx, customer, now, settings.vatOssRegistered);
    const vat = lineVat(context, { taxClass: plan.taxClass, supply: supplyKindOf(product!.kind), shopRateBp: plan.taxRateBp });
    if (!vat.ok) return err(domainError('vat', vat.error));
    const line = chargeLine('one_off', null, `Early exit from the commitment of ${product!.name} — ${plan.name}`, 1, feeMinor, vat.value.rateBp, vat.value.category);
    fee = { currency: sub.currency, lines: [line], ...invoiceTotals([line]), vat: documentVat(context, [vat.value], countryEvidenceOf(customer)) };
  }
  return ok({
    currency: sub.currency,
    credits,
    creditMinor: credits.reduce((sum, credit) => sum + credit.amountMinor, 0),
    fee,
    feeMinor,
    commitmentEndsAt: sub.commitmentEndsAt,
  });
}
