import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { orderPaymentSettingsSchema, type OrderPaymentSettingsInput } from '@/lib/validations/order-payment-settings';
import { getShopSettings } from './get-shop-settings';
import { saveOrderPaymentSettings } from './save-order-payment-settings';
import { manageLocalizer } from '@/lib/i18n/manage-messages';

/** The form as it stands now, so a test changes only what it means to (the settings row is shared). */
async function currentForm(): Promise<OrderPaymentSettingsInput> {
  const s = await getShopSettings(db);
  return {
    enabledPaymentMethods: s.enabledPaymentMethods as OrderPaymentSettingsInput['enabledPaymentMethods'],
    invoiceAccess: s.invoiceAccess,
    creditCheckUrl: s.creditCheckUrl,
    creditCheckTimeoutSeconds: s.creditCheckTimeoutMs / 1000,
    creditCheckFallback: s.creditCheckFallback,
    requirePassword: s.requirePassword,
  };
}

describe('Settings → Orders and payment', () => {
  test('a changed timeout is saved in milliseconds and audited with before and after; the same form again changes nothing', async () => {
    const staff = await createStaffUser('admin');
    const form = await currentForm();
    const was = (await getShopSettings(db)).creditCheckTimeoutMs;
    try {
      expect(await saveOrderPaymentSettings({ ...form, creditCheckTimeoutSeconds: 4.5, staffUserId: staff.id })).toEqual({ ok: true, value: { changed: true } });
      expect((await getShopSettings(db)).creditCheckTimeoutMs).toBe(4500);
      expect(await saveOrderPaymentSettings({ ...form, creditCheckTimeoutSeconds: 4.5, staffUserId: staff.id })).toEqual({ ok: true, value: { changed: false } });
      const entries = (await auditEntriesOf('settings', 'orders-and-payment')).filter((entry) => entry.actorUserId === staff.id);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'settings.update',
          before: expect.objectContaining({ creditCheckTimeoutMs: was }),
          after: expect.objectContaining({ creditCheckTimeoutMs: 4500 }),
        }),
      ]);
    } finally {
      await db.update(shopSettings).set({ creditCheckTimeoutMs: was });
    }
  });

  test('in production a plain-http credit check is refused, and nothing is written', async () => {
    const staff = await createStaffUser('admin');
    const form = await currentForm();
    const saved = await saveOrderPaymentSettings(
      { ...form, creditCheckUrl: 'http://credit.example/check', staffUserId: staff.id },
      { NODE_ENV: 'production' },
    );
    expect(saved).toMatchObject({ ok: false, error: { field: 'creditCheckUrl', message: expect.stringContaining('https://') } });
    expect((await getShopSettings(db)).creditCheckUrl).toBe(form.creditCheckUrl);
    expect((await auditEntriesOf('settings', 'orders-and-payment')).filter((entry) => entry.actorUserId === staff.id)).toEqual([]);
  });

  test.each([
    ['no payment method', { enabledPaymentMethods: [] }, 'Offer at least one payment method.'],
    ['an unknown method', { enabledPaymentMethods: ['cash'] }, 'Choose payment methods from the list.'],
    ['a timeout of 0 seconds', { creditCheckTimeoutSeconds: '0' }, 'The credit check’s timeout is a number of seconds from 0.5 to 30.'],
    ['a credit check address that is no URL', { creditCheckUrl: 'credit check' }, 'Enter the credit check’s full address, starting with https://, or leave it empty.'],
    ['an unknown fallback', { creditCheckFallback: 'maybe' }, 'Choose what happens when the credit check does not answer.'],
  ])('the form refuses %s with a message', (_what, change, message) => {
    const form = {
      enabledPaymentMethods: ['card'],
      invoiceAccess: 'order',
      creditCheckUrl: '',
      creditCheckTimeoutSeconds: '3',
      creditCheckFallback: 'allow',
      requirePassword: 'true',
      ...change,
    };
    const parsed = orderPaymentSettingsSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    // The schema answers with a message code; the dashboard shows its English text by default.
    expect(manageLocalizer('en').issue(parsed.error!.issues[0]!)).toBe(message);
  });
});
