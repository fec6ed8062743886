import type { Tx } from '@/db/client';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { useCustomerBalance } from '@/lib/services/payments/use-customer-balance';
import { balanceToApply } from '@/lib/billing/balance-to-apply';
import { planLineDescription } from '@/lib/billing/line-description';
import { bulkInsert } from '@/db/bulk-insert';
import { recordEvents } from '@/lib/services/events/record-event';
import type { PricedInvoice } from '@/lib/billing/pricing';
import { priceRenewal } from '@/lib/billing/renewal-invoice';
import type { CountryEvidence } from '@/lib/billing/vat/country-evidence';
import { documentVat } from '@/lib/billing/vat/document-vat';
import { lineVat, supplyKindOf } from '@/lib/billing/vat/line-vat';
import { countryEvidenceOf, placedByEvidence, vatContextFor } from '@/lib/services/vat/vat-context-for';
import type { TermDates } from '@/lib/billing/schedule';
import { couponRulesOf } from '@/lib/services/checkout/price-cart';
import { snapshotOf } from '@/lib/services/invoices/create-order-invoice';
import { paymentReferenceFor } from '@/lib/services/payments/assign-payment-reference';
import { documentVatColumns } from '@/lib/services/invoices/priced-line-columns';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { takeInvoiceNumbers, type InvoiceNumber } from '@/lib/services/invoices/take-invoice-number';
import type { EngineContext } from './engine-context';
import type { RenewalStepDue } from './plan-renewal-steps';
import type { RenewalCustomer } from './select-due-renewals';

/** A renewal invoice priced in memory, written by insertRenewalInvoices. */
export type PendingInvoice = {
  id: string;
  subscriptionId: string;
  term: number;
  customer: RenewalCustomer;
  seriesId: string;
  priced: PricedInvoice;
  dates: TermDates;
  issuedAt: Date;
  /** The customer's credit balance used on it (paid at once; the rest is charged or e-mailed). */
  balanceAppliedMinor: number;
  /** Set by the `issue` step when it runs in the same batch: the invoice is born issued. */
  status: 'open' | 'paid';
  paidAt: Date | null;
  nextDunningStep: number | null;
  nextDunningAt: Date | null;
  /** Set by a same-batch `issue` step that e-mails the invoice (no mandate to charge). */
  emailPending: boolean;
};

/**
 * The `invoice` step, priced: each term's invoice by the pure core (coupon uses counted in term
 * order, so two terms in one batch use a coupon twice). Ids are made here so the lines, a
 * same-batch `issue` and the charge can name the invoice before it is written.
 *
 * NOTE: time-ordered ids (UUIDv7, as for the lines): a bill run inserts thousands of invoices per
 * batch, and random ids would put each one on a random page of the primary key and the lines'
 * invoice index; ordered ones fill the last page, so the indexes stay in memory as they grow.
 */
export function priceRenewalInvoices(
  steps: RenewalStepDue[],
  ctx: EngineContext,
  /** Evidence of each customer's country besides the billing address (paymentCountryEvidence). */
  evidence: ReadonlyMap<string, CountryEvidence[]> = new Map(),
): PendingInvoice[] {
  // A customer's credit balance in each currency, spent invoice by invoice in term order.
  const balanceLeft = new Map<string, number>();
  return steps.map((step) => {
    const { row, term, patch } = step;
    const { subscription: sub, coupon } = row;
    const { dates, unitPriceMinor, billedAs, quantity } = step.termInfo!;
    // The VAT of the term for this customer as they are now (reverse charge, OSS, export).
    const held = countryEvidenceOf(row.customer, evidence.get(row.customer.id));
    const own = vatContextFor(ctx.seller, ctx.settings.vatOssRegistered, row.customer);
    const context = own && placedByEvidence(own, held);
    const vat = lineVat(context, { taxClass: billedAs.taxClass, supply: supplyKindOf(billedAs.productKind), shopRateBp: billedAs.taxRateBp });
    if (!vat.ok) throw new Error(`Subscription ${sub.id}: ${vat.error}`);
    const result = priceRenewal({
      currency: sub.currency,
      description: planLineDescription(billedAs),
      quantity,
      unitPriceMinor,
      taxRateBp: vat.value.rateBp,
      vatCategory: vat.value.category,
      coupon: coupon ? couponRulesOf(coupon) : null,
      couponUses: patch.couponUses,
      mode: { pricesIncludeVat: ctx.settings.pricesIncludeVat },
    });
    if (!result.ok) throw new Error(`Subscription ${sub.id}: ${result.error}`);
    result.value.invoice.vat = documentVat(context, [vat.value], held);
    if (result.value.couponUsed) patch.couponUses += 1;
    // NOTE: only the balance in the invoice's currency pays it: credit in EUR never pays NOK.
    const balanceKey = `${row.customer.id}|${sub.currency}`;
    const balance = balanceLeft.get(balanceKey) ?? row.balanceMinor;
    const balanceAppliedMinor = balanceToApply(balance, result.value.invoice.totalMinor);
    balanceLeft.set(balanceKey, balance - balanceAppliedMinor);
    const paidByBalance = balanceAppliedMinor > 0 && balanceAppliedMinor === result.value.invoice.totalMinor;
    return {
      id: timeOrderedId(),
      subscriptionId: sub.id,
      term,
      customer: row.customer,
      seriesId: seriesFor(row.customer, ctx.settings),
      priced: result.value.invoice,
      dates,
      // Dated on the step's own date (not the moment the sweep ran): every driver writes the same rows.
      issuedAt: step.at,
      balanceAppliedMinor,
      status: paidByBalance ? 'paid' : 'open',
      paidAt: paidByBalance ? step.at : null,
      nextDunningStep: null,
      nextDunningAt: null,
      emailPending: false,
    };
  });
}

/**
 * Finalizes the priced invoices: one batch of gapless numbers per series, then the invoices and
 * their lines in one statement each, and a `billing/invoice.finalized` event for each (one
 * statement for all).
 *
 * NOTE: call it last in the transaction. Taking numbers locks the series counter until commit,
 * and a second batch running beside this one waits on that lock: the less that follows it, the
 * less the two batches queue.
 */
export async function insertRenewalInvoices(tx: Tx, pending: PendingInvoice[]): Promise<void> {
  if (pending.length === 0) return;
  // Reported like an order's invoice (webhooks, Peppol), in one statement, before the series
  // counters are locked so that it adds nothing to the time a second batch waits on them.
  await recordEvents(
    tx,
    'billing/invoice.finalized',
    pending.map((p) => ({ invoiceId: p.id })),
  );
  const numbers = new Array<InvoiceNumber>(pending.length);
  // Sorted, so two batches needing the same series lock them in the same order (no deadlock).
  for (const series of [...new Set(pending.map((p) => p.seriesId))].sort()) {
    const indexes = pending.flatMap((p, i) => (p.seriesId === series ? [i] : []));
    const taken = await takeInvoiceNumbers(tx, series, indexes.length);
    indexes.forEach((index, k) => (numbers[index] = taken[k]!));
  }
  await bulkInsert(
    tx,
    'invoices',
    [
      { name: 'id', type: 'uuid', value: (i: number) => pending[i]!.id },
      { name: 'customer_id', type: 'uuid', value: (i) => pending[i]!.customer.id },
      { name: 'subscription_id', type: 'uuid', value: (i) => pending[i]!.subscriptionId },
      { name: 'term', type: 'int', value: (i) => pending[i]!.term },
      { name: 'status', type: 'invoice_status', value: (i) => pending[i]!.status },
      { name: 'series_id', type: 'text', value: (i) => pending[i]!.seriesId },
      { name: 'sequence_number', type: 'int', value: (i) => numbers[i]!.sequenceNumber },
      { name: 'number', type: 'text', value: (i) => numbers[i]!.number },
      { name: 'currency', type: 'char(3)', value: (i) => pending[i]!.priced.currency },
      { name: 'subtotal_minor', type: 'bigint', value: (i) => pending[i]!.priced.subtotalMinor },
      { name: 'tax_minor', type: 'bigint', value: (i) => pending[i]!.priced.taxMinor },
      { name: 'total_minor', type: 'bigint', value: (i) => pending[i]!.priced.totalMinor },
      { name: 'customer_snapshot', type: 'jsonb', value: (i) => snapshotOf(pending[i]!.customer) },
      {
        name: 'payment_reference',
        type: 'text',
        value: (i) =>
          paymentReferenceFor({ currency: pending[i]!.priced.currency, sequenceNumber: numbers[i]!.sequenceNumber, seriesId: pending[i]!.seriesId }),
      },
      { name: 'issued_at', type: 'timestamptz', value: (i) => pending[i]!.issuedAt },
      { name: 'due_at', type: 'timestamptz', value: (i) => pending[i]!.dates.dueAt },
      { name: 'amount_paid_minor', type: 'bigint', value: (i) => pending[i]!.balanceAppliedMinor },
      { name: 'paid_at', type: 'timestamptz', value: (i) => pending[i]!.paidAt },
      { name: 'next_dunning_step', type: 'int', value: (i) => pending[i]!.nextDunningStep },
      { name: 'next_dunning_at', type: 'timestamptz', value: (i) => pending[i]!.nextDunningAt },
      { name: 'email_pending', type: 'boolean', value: (i) => pending[i]!.emailPending },
      { name: 'vat_notes', type: 'jsonb', value: (i) => documentVatColumns(pending[i]!.priced).vatNotes },
      { name: 'vat_evidence', type: 'jsonb', value: (i) => documentVatColumns(pending[i]!.priced).vatEvidence },
      { name: 'prices_include_vat', type: 'boolean', value: (i) => documentVatColumns(pending[i]!.priced).pricesIncludeVat },
    ],
    pending.map((_, i) => i),
  );

  type Line = { id: string; p: PendingInvoice; position: number; line: PricedInvoice['lines'][number] };
  const lines: Line[] = pending.flatMap((p) => p.priced.lines.map((line, position) => ({ id: timeOrderedId(), p, position, line })));
  const isPlan = (l: Line) => l.line.kind === 'plan';
  await bulkInsert(
    tx,
    'invoice_lines',
    [
      { name: 'id', type: 'uuid', value: (l: Line) => l.id },
      { name: 'invoice_id', type: 'uuid', value: (l) => l.p.id },
      { name: 'position', type: 'int', value: (l) => l.position },
      { name: 'kind', type: 'invoice_line_kind', value: (l) => l.line.kind },
      { name: 'description', type: 'text', value: (l) => l.line.description },
      { name: 'quantity', type: 'int', value: (l) => l.line.quantity },
      { name: 'unit_amount_minor', type: 'bigint', value: (l) => l.line.unitAmountMinor },
      { name: 'amount_minor', type: 'bigint', value: (l) => l.line.amountMinor },
      { name: 'tax_rate_bp', type: 'int', value: (l) => l.line.taxRateBp },
      { name: 'tax_minor', type: 'bigint', value: (l) => l.line.taxMinor },
      { name: 'vat_category', type: 'text', value: (l) => l.line.vatCategory ?? null },
      { name: 'subscription_id', type: 'uuid', value: (l) => l.p.subscriptionId },
      { name: 'term', type: 'int', value: (l) => (isPlan(l) ? l.p.term : null) },
      { name: 'period_start', type: 'timestamptz', value: (l) => (isPlan(l) ? l.p.dates.start : null) },
      { name: 'period_end', type: 'timestamptz', value: (l) => (isPlan(l) ? l.p.dates.end : null) },
    ],
    lines,
  );
  // The credit balance used on new invoices: rare (a customer with credit), so per row.
  for (const p of pending.filter((p) => p.balanceAppliedMinor > 0)) {
    await useCustomerBalance(tx, { customerId: p.customer.id, invoiceId: p.id, amountMinor: p.balanceAppliedMinor, currency: p.priced.currency, at: p.issuedAt });
  }
}
