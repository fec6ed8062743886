import { and, eq, ne } from 'drizzle-orm';
import { db as defaultDb, type DbOrTx } from '@/db/client';
import { invoiceSeries, shopSettings } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { listShopInvoiceSeries } from '@/db/queries/settings/list-shop-invoice-series';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import type { InvoicingSettingsInput } from '@/lib/validations/invoicing-settings';
import { getShopSettings } from './get-shop-settings';
import { CREDIT_NOTE_SERIES_ID } from '@/lib/services/credit-notes/take-credit-note-number';

type Saved = { timeZone: string; invoiceSeriesId: string; invoicePrefix: string; paymentTermsDays: number };

/**
 * Staff set the shop's time zone, the series its invoices are numbered in and that series'
 * prefix, and the payment terms. Audited; unchanged values write nothing.
 *
 * NOTE: a prefix lives on the series row and is read when a number is taken
 * (takeInvoiceNumbers), under the same row lock as the counter: a change applies from the next
 * number on, the counter is never touched (no gap, no renumbering) and every issued invoice keeps
 * the number it was issued with. A prefix another series uses is refused: two documents could
 * otherwise carry the same number.
 */
export async function saveInvoicingSettings(
  input: InvoicingSettingsInput & { staffUserId: string },
  db: DbOrTx = defaultDb,
): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    const series = await listShopInvoiceSeries([CREDIT_NOTE_SERIES_ID], tx);
    const chosen = series.find((s) => s.id === input.invoiceSeriesId);
    if (!chosen) return err(domainError('not_found', 'Choose an invoice series from the list.', 'invoiceSeriesId'));
    const clash = await tx
      .select({ id: invoiceSeries.id })
      .from(invoiceSeries)
      .where(and(eq(invoiceSeries.prefix, input.invoicePrefix), ne(invoiceSeries.id, chosen.id)));
    if (clash.length > 0) return err(domainError('prefix_taken', 'Another series (or the credit notes) uses that prefix: choose another.', 'invoicePrefix'));
    const was: Saved = { timeZone: before.timeZone, invoiceSeriesId: before.invoiceSeriesId, invoicePrefix: chosen.prefix, paymentTermsDays: before.paymentTermsDays };
    const after: Saved = { timeZone: input.timeZone, invoiceSeriesId: chosen.id, invoicePrefix: input.invoicePrefix, paymentTermsDays: input.paymentTermsDays };
    if (JSON.stringify(was) === JSON.stringify(after)) return ok({ changed: false });
    await tx.update(shopSettings).set({ timeZone: after.timeZone, invoiceSeriesId: after.invoiceSeriesId, paymentTermsDays: after.paymentTermsDays });
    if (after.invoicePrefix !== chosen.prefix) await tx.update(invoiceSeries).set({ prefix: after.invoicePrefix }).where(eq(invoiceSeries.id, chosen.id));
    await recordAudit(tx, { actorUserId: input.staffUserId, action: 'settings.update', record: { type: 'settings', id: 'invoicing' }, before: was, after });
    return ok({ changed: true });
  });
}
