import type { Tx } from '@/db/client';
import { invoiceLines, invoices, type NewInvoiceLine } from '@/db/schema';
import { priceRenewal } from '@/lib/billing/renewal-invoice';
import { snapshotOf } from '@/lib/services/invoices/create-order-invoice';
import { seriesFor } from '@/lib/services/invoices/series-for';
import { takeInvoiceNumbers, type InvoiceNumber } from '@/lib/services/invoices/take-invoice-number';
import { couponRulesOf } from '@/lib/services/checkout/price-cart';
import type { EngineContext } from './engine-context';
import { dueTerm } from './due-term';
import type { DueRenewal } from './select-due-renewals';
import type { SubscriptionPatch } from './write-subscription-patches';

/**
 * The `invoice` step for many subscriptions at once: each term's invoice is priced by the pure
 * core, finalized with a gapless number from one batch of numbers, and inserted with its lines in
 * two statements. Dated on the step's own date (not the moment the sweep ran), so every driver
 * produces the same rows.
 */
export async function createRenewalInvoices(
  tx: Tx,
  due: DueRenewal[],
  patches: Map<string, SubscriptionPatch>,
  ctx: EngineContext,
): Promise<void> {
  if (due.length === 0) return;
  const priced = due.map((row) => {
    const { subscription: sub, plan, customer, coupon } = row;
    const { term, dates, unitPriceMinor } = dueTerm(row, ctx);
    const result = priceRenewal({
      currency: sub.currency,
      description: `${row.product.name} — ${plan.name}`,
      quantity: sub.quantity,
      unitPriceMinor,
      taxRateBp: plan.taxRateBp,
      coupon: coupon ? couponRulesOf(coupon) : null,
      couponUses: sub.couponUses,
    });
    if (!result.ok) throw new Error(`Subscription ${sub.id}: ${result.error}`);
    if (result.value.couponUsed) patches.get(sub.id)!.couponUses = sub.couponUses + 1;
    return { row, term, dates, invoice: result.value.invoice, customer, issuedAt: sub.nextActionAt! };
  });

  // One batch of numbers per series (the shop's, or a test clock's for simulated customers).
  const seriesOf = priced.map((p) => seriesFor(p.customer, ctx.settings));
  const numbers = new Array<InvoiceNumber>(priced.length);
  for (const series of new Set(seriesOf)) {
    const indexes = seriesOf.flatMap((s, i) => (s === series ? [i] : []));
    const taken = await takeInvoiceNumbers(tx, series, indexes.length);
    indexes.forEach((index, k) => (numbers[index] = taken[k]!));
  }
  const inserted = await tx
    .insert(invoices)
    .values(
      priced.map((p, i) => ({
        customerId: p.customer.id,
        subscriptionId: p.row.subscription.id,
        term: p.term,
        status: 'open' as const,
        seriesId: seriesOf[i]!,
        sequenceNumber: numbers[i]!.sequenceNumber,
        number: numbers[i]!.number,
        currency: p.invoice.currency,
        subtotalMinor: p.invoice.subtotalMinor,
        taxMinor: p.invoice.taxMinor,
        totalMinor: p.invoice.totalMinor,
        customerSnapshot: snapshotOf(p.customer),
        issuedAt: p.issuedAt,
        dueAt: p.dates.dueAt,
      })),
    )
    .returning({ id: invoices.id, subscriptionId: invoices.subscriptionId });
  const invoiceIdOf = new Map(inserted.map((r) => [r.subscriptionId!, r.id]));

  const lines: NewInvoiceLine[] = priced.flatMap((p) =>
    p.invoice.lines.map((line, position) => ({
      invoiceId: invoiceIdOf.get(p.row.subscription.id)!,
      position,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitAmountMinor: line.unitAmountMinor,
      amountMinor: line.amountMinor,
      taxRateBp: line.taxRateBp,
      taxMinor: line.taxMinor,
      subscriptionId: p.row.subscription.id,
      term: line.kind === 'plan' ? p.term : null,
      periodStart: line.kind === 'plan' ? p.dates.start : null,
      periodEnd: line.kind === 'plan' ? p.dates.end : null,
    })),
  );
  await tx.insert(invoiceLines).values(lines);
}

