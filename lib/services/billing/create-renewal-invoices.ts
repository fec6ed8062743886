import type { Tx } from '@/db/client';
import { bulkInsert } from '@/db/bulk-insert';
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
  // Ids made here, so the lines can name their invoice without a round trip for RETURNING.
  const ids = priced.map(() => crypto.randomUUID());
  const iso = (d: Date) => d.toISOString();
  await bulkInsert(
    tx,
    'invoices',
    [
      { name: 'id', type: 'uuid', value: (i: number) => ids[i] },
      { name: 'customer_id', type: 'uuid', value: (i) => priced[i]!.customer.id },
      { name: 'subscription_id', type: 'uuid', value: (i) => priced[i]!.row.subscription.id },
      { name: 'term', type: 'int', value: (i) => priced[i]!.term },
      { name: 'status', type: 'invoice_status', value: () => 'open' },
      { name: 'series_id', type: 'text', value: (i) => seriesOf[i] },
      { name: 'sequence_number', type: 'int', value: (i) => numbers[i]!.sequenceNumber },
      { name: 'number', type: 'text', value: (i) => numbers[i]!.number },
      { name: 'currency', type: 'char(3)', value: (i) => priced[i]!.invoice.currency },
      { name: 'subtotal_minor', type: 'bigint', value: (i) => priced[i]!.invoice.subtotalMinor },
      { name: 'tax_minor', type: 'bigint', value: (i) => priced[i]!.invoice.taxMinor },
      { name: 'total_minor', type: 'bigint', value: (i) => priced[i]!.invoice.totalMinor },
      { name: 'customer_snapshot', type: 'jsonb', value: (i) => snapshotOf(priced[i]!.customer) },
      { name: 'issued_at', type: 'timestamptz', value: (i) => iso(priced[i]!.issuedAt) },
      { name: 'due_at', type: 'timestamptz', value: (i) => iso(priced[i]!.dates.dueAt) },
    ],
    priced.map((_, i) => i),
  );

  type Line = { invoiceId: string; position: number; p: (typeof priced)[number]; line: (typeof priced)[number]['invoice']['lines'][number] };
  const lines: Line[] = priced.flatMap((p, i) => p.invoice.lines.map((line, position) => ({ invoiceId: ids[i]!, position, p, line })));
  const isPlan = (l: Line) => l.line.kind === 'plan';
  await bulkInsert(
    tx,
    'invoice_lines',
    [
      { name: 'invoice_id', type: 'uuid', value: (l: Line) => l.invoiceId },
      { name: 'position', type: 'int', value: (l) => l.position },
      { name: 'kind', type: 'invoice_line_kind', value: (l) => l.line.kind },
      { name: 'description', type: 'text', value: (l) => l.line.description },
      { name: 'quantity', type: 'int', value: (l) => l.line.quantity },
      { name: 'unit_amount_minor', type: 'bigint', value: (l) => l.line.unitAmountMinor },
      { name: 'amount_minor', type: 'bigint', value: (l) => l.line.amountMinor },
      { name: 'tax_rate_bp', type: 'int', value: (l) => l.line.taxRateBp },
      { name: 'tax_minor', type: 'bigint', value: (l) => l.line.taxMinor },
      { name: 'subscription_id', type: 'uuid', value: (l) => l.p.row.subscription.id },
      { name: 'term', type: 'int', value: (l) => (isPlan(l) ? l.p.term : null) },
      { name: 'period_start', type: 'timestamptz', value: (l) => (isPlan(l) ? iso(l.p.dates.start) : null) },
      { name: 'period_end', type: 'timestamptz', value: (l) => (isPlan(l) ? iso(l.p.dates.end) : null) },
    ],
    lines,
  );
}
