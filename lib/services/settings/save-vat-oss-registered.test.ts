import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog } from '@/db/schema';
import { createStaffUser, rolledBack } from '@/lib/services/audit/audit-test-fixtures';
import { vatOssRegisteredSchema, vatSettingsSchema } from '@/lib/validations/vat-settings';
import { getShopSettings } from './get-shop-settings';
import { saveShopSwitch } from './save-shop-switch';
import { saveVatSettings } from './save-vat-settings';

// Rolled back: the shop's settings are one row every test shares.
describe('the shop’s OSS registration (Settings → VAT)', () => {
  test('is saved and audited with its old and new value; saving the same value again writes nothing', async () => {
    const staff = await createStaffUser('owner');
    await rolledBack(async (tx) => {
      const before = (await getShopSettings(tx)).vatOssRegistered;
      const entries = () =>
        tx.select().from(auditLog).where(and(eq(auditLog.recordType, 'settings'), eq(auditLog.recordId, 'vat-oss-registered'), eq(auditLog.actorUserId, staff.id)));
      expect(await saveShopSwitch({ key: 'vatOssRegistered', value: !before, staffUserId: staff.id }, tx)).toEqual({ changed: true });
      expect((await getShopSettings(tx)).vatOssRegistered).toBe(!before);
      expect(await entries()).toMatchObject([{ action: 'settings.update', before: { vatOssRegistered: before }, after: { vatOssRegistered: !before } }]);
      expect(await saveShopSwitch({ key: 'vatOssRegistered', value: !before, staffUserId: staff.id }, tx)).toEqual({ changed: false });
      expect(await entries()).toHaveLength(1);
    });
  });

  test('the form must say yes or no: anything else is refused with a message', () => {
    expect(vatOssRegisteredSchema.parse({ vatOssRegistered: 'true' })).toEqual({ vatOssRegistered: true });
    expect(vatOssRegisteredSchema.parse({ vatOssRegistered: 'false' })).toEqual({ vatOssRegistered: false });
    const refused = vatOssRegisteredSchema.safeParse({});
    expect(manageLocalizer('en').issue(refused.error!.issues[0]!)).toBe('Choose whether the shop is registered for OSS.');
    expect(vatOssRegisteredSchema.safeParse({ vatOssRegistered: 'on' }).success).toBe(false);
  });
});

describe('whether the prices entered include VAT (Settings → VAT, beside OSS)', () => {
  test('saved with the OSS registration in one go, each audited on its own record; the same values again write nothing', async () => {
    const staff = await createStaffUser('owner');
    await rolledBack(async (tx) => {
      const before = await getShopSettings(tx);
      expect(before.pricesIncludeVat).toBe(true);
      const entries = (recordId: string) =>
        tx.select().from(auditLog).where(and(eq(auditLog.recordType, 'settings'), eq(auditLog.recordId, recordId), eq(auditLog.actorUserId, staff.id)));
      const input = { vatOssRegistered: before.vatOssRegistered, pricesIncludeVat: false, staffUserId: staff.id };
      expect(await saveVatSettings(input, tx)).toEqual({ vatOssRegistered: false, pricesIncludeVat: true });
      expect((await getShopSettings(tx)).pricesIncludeVat).toBe(false);
      expect(await entries('prices-include-vat')).toMatchObject([{ action: 'settings.update', before: { pricesIncludeVat: true }, after: { pricesIncludeVat: false } }]);
      expect(await entries('vat-oss-registered')).toHaveLength(0);
      expect(await saveVatSettings(input, tx)).toEqual({ vatOssRegistered: false, pricesIncludeVat: false });
      expect(await entries('prices-include-vat')).toHaveLength(1);
    });
  });

  test('the form must say whether prices include VAT: a missing answer is refused with a message', () => {
    expect(vatSettingsSchema.parse({ vatOssRegistered: 'false', pricesIncludeVat: 'false' })).toEqual({ vatOssRegistered: false, pricesIncludeVat: false });
    const refused = vatSettingsSchema.safeParse({ vatOssRegistered: 'true' });
    expect(manageLocalizer('en').issue(refused.error!.issues[0]!)).toBe('Choose whether the prices you enter include VAT.');
    expect(vatSettingsSchema.safeParse({ vatOssRegistered: 'true', pricesIncludeVat: 'yes' }).success).toBe(false);
  });
});
