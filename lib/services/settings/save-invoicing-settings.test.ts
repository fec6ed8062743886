import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, invoiceSeries } from '@/db/schema';
import { createStaffUser, rolledBack } from '@/lib/services/audit/audit-test-fixtures';
import { takeInvoiceNumber } from '@/lib/services/invoices/take-invoice-number';
import { getShopSettings } from './get-shop-settings';
import { saveInvoicingSettings } from './save-invoicing-settings';

// Rolled back: the shop's settings are one row every test shares.
describe('Settings → Invoicing', () => {
  test('a new prefix applies from the next number on: the counter goes on without a gap and the number taken before keeps its prefix; audited', async () => {
    const staff = await createStaffUser('owner');
    const tag = crypto.randomUUID().slice(0, 6).toUpperCase();
    await rolledBack(async (tx) => {
      const seriesId = `inv-test-${tag}`;
      await tx.insert(invoiceSeries).values({ id: seriesId, prefix: `A${tag}-`, nextNumber: 41 });
      const before = await getShopSettings(tx);
      const first = await takeInvoiceNumber(tx, seriesId);
      expect(first).toEqual({ sequenceNumber: 41, number: `A${tag}-000041` });

      const input = { timeZone: 'America/New_York', invoiceSeriesId: seriesId, invoicePrefix: `B${tag}-`, paymentTermsDays: 30, staffUserId: staff.id };
      expect(await saveInvoicingSettings(input, tx)).toEqual({ ok: true, value: { changed: true } });
      expect(await getShopSettings(tx)).toMatchObject({ timeZone: 'America/New_York', invoiceSeriesId: seriesId, paymentTermsDays: 30 });
      expect(await takeInvoiceNumber(tx, seriesId)).toEqual({ sequenceNumber: 42, number: `B${tag}-000042` });
      const entries = await tx.select().from(auditLog).where(and(eq(auditLog.recordId, 'invoicing'), eq(auditLog.actorUserId, staff.id)));
      expect(entries).toMatchObject([
        { action: 'settings.update', before: { timeZone: before.timeZone, invoicePrefix: `A${tag}-` }, after: { timeZone: 'America/New_York', invoicePrefix: `B${tag}-`, paymentTermsDays: 30 } },
      ]);
      // The same values again write nothing.
      expect(await saveInvoicingSettings(input, tx)).toEqual({ ok: true, value: { changed: false } });
    });
  });

  test('an unknown series, a clock’s series, or a prefix another series uses is refused beside its field, and nothing changes', async () => {
    const staff = await createStaffUser('owner');
    const tag = crypto.randomUUID().slice(0, 6).toUpperCase();
    await rolledBack(async (tx) => {
      await tx.insert(invoiceSeries).values([
        { id: `inv-test-${tag}`, prefix: `C${tag}-` },
        { id: `clock:test-${tag}`, prefix: `S${tag}-` },
      ]);
      const before = await getShopSettings(tx);
      const base = { timeZone: 'Europe/Oslo', invoicePrefix: `D${tag}-`, paymentTermsDays: 14, staffUserId: staff.id };
      expect(await saveInvoicingSettings({ ...base, invoiceSeriesId: 'nope' }, tx)).toMatchObject({ ok: false, error: { field: 'invoiceSeriesId' } });
      expect(await saveInvoicingSettings({ ...base, invoiceSeriesId: `clock:test-${tag}` }, tx)).toMatchObject({ ok: false, error: { field: 'invoiceSeriesId' } });
      expect(await saveInvoicingSettings({ ...base, invoiceSeriesId: `inv-test-${tag}`, invoicePrefix: `S${tag}-` }, tx)).toMatchObject({
        ok: false,
        error: { code: 'prefix_taken', field: 'invoicePrefix' },
      });
      expect(await getShopSettings(tx)).toEqual(before);
      expect((await tx.select().from(invoiceSeries).where(eq(invoiceSeries.id, `inv-test-${tag}`)))[0]!.prefix).toBe(`C${tag}-`);
    });
  });
});
