import { describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import type { Viewer } from '@/lib/auth/viewer';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

const viewer = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => viewer.current }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { saveInvoicingSettingsAction } = await import('./save-invoicing-settings-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

// Only refusals and an unchanged save: the shop's settings row is shared by every test file.
describe('saveInvoicingSettingsAction', () => {
  test('an unknown time zone, payment terms outside 1–120 and a bad prefix are refused beside their field; nothing is written', async () => {
    const owner = await createStaffUser('owner');
    viewer.current = { userId: owner.id, email: owner.email, role: 'owner', customerId: null };
    const before = await getShopSettings(db);
    const series = await db.query.invoiceSeries.findFirst({ where: (s, { eq }) => eq(s.id, before.invoiceSeriesId) });
    const fields = { timeZone: before.timeZone, invoiceSeriesId: before.invoiceSeriesId, invoicePrefix: series!.prefix, paymentTermsDays: String(before.paymentTermsDays) };

    expect((await saveInvoicingSettingsAction({}, form({ ...fields, timeZone: 'Mars/Olympus_Mons' }))).fieldErrors?.timeZone).toMatch(/^That is not a time zone/);
    for (const paymentTermsDays of ['0', '121', '-1', '7.5']) {
      expect((await saveInvoicingSettingsAction({}, form({ ...fields, paymentTermsDays }))).fieldErrors?.paymentTermsDays).toBe(
        'Payment terms are a whole number of days from 1 to 120.',
      );
    }
    for (const invoicePrefix of ['', 'has space', '-lead', 'x'.repeat(17)]) {
      expect((await saveInvoicingSettingsAction({}, form({ ...fields, invoicePrefix }))).fieldErrors?.invoicePrefix).toMatch(/^The prefix is 1 to 16/);
    }
    expect(await saveInvoicingSettingsAction({}, form(fields))).toEqual({ notice: 'Nothing changed.' });
    expect(await getShopSettings(db)).toEqual(before);

    const accountant = await createStaffUser('accountant');
    viewer.current = { userId: accountant.id, email: accountant.email, role: 'accountant', customerId: null };
    expect(await saveInvoicingSettingsAction({}, form({ ...fields, paymentTermsDays: '30' }))).toEqual({ error: expect.stringMatching(/^Your role does not allow/) });
    expect(await getShopSettings(db)).toEqual(before);
  });
});
