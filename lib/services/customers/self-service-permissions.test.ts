import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, shopSettings } from '@/db/schema';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { saveCustomersCanStop } from '@/lib/services/settings/save-customers-can-stop';
import { saveStopNowSettings } from '@/lib/services/settings/save-stop-now-settings';
import { setCustomerCanStop } from './set-customer-can-stop';
import { setCustomerSelfService } from './set-customer-self-service';

describe('the merchant allows or forbids the self-service stop', () => {
  test('for one customer: saved and audited; the same value again writes nothing; an unknown customer is not found', async () => {
    const staff = await createStaffUser('admin');
    const customer = await createTestCustomer();
    expect(await setCustomerCanStop({ customerId: customer.id, canStop: false, staffUserId: staff.id })).toEqual({ ok: true, value: { changed: true } });
    expect((await db.select().from(customers).where(eq(customers.id, customer.id)))[0]!.canCancel).toBe(false);
    expect(await setCustomerCanStop({ customerId: customer.id, canStop: false, staffUserId: staff.id })).toEqual({ ok: true, value: { changed: false } });
    expect(await auditEntriesOf('customer', customer.id)).toEqual([
      expect.objectContaining({ action: 'customer.self-service', actorUserId: staff.id, before: { canCancel: true }, after: { canCancel: false } }),
    ]);
    expect(await setCustomerCanStop({ customerId: crypto.randomUUID(), canStop: false, staffUserId: staff.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  test('for the whole shop: saved and audited', async () => {
    const staff = await createStaffUser('owner');
    try {
      expect(await saveCustomersCanStop({ customersCanStop: false, staffUserId: staff.id })).toEqual({ changed: true });
      expect((await db.select().from(shopSettings))[0]!.customersCanStop).toBe(false);
      const entries = await auditEntriesOf('settings', 'customers-can-stop');
      expect(entries.at(-1)).toEqual(expect.objectContaining({ action: 'settings.update', actorUserId: staff.id, after: { customersCanStop: false } }));
    } finally {
      await saveCustomersCanStop({ customersCanStop: true, staffUserId: staff.id });
    }
    expect((await db.select().from(shopSettings))[0]!.customersCanStop).toBe(true);
  });

  test('stop at once, for one customer: saved and audited like the others', async () => {
    const staff = await createStaffUser('admin');
    const customer = await createTestCustomer();
    expect((await db.select().from(customers).where(eq(customers.id, customer.id)))[0]!.canStopNow).toBe(true);
    expect(await setCustomerSelfService({ customerId: customer.id, key: 'canStopNow', value: false, staffUserId: staff.id })).toEqual({ ok: true, value: { changed: true } });
    expect((await db.select().from(customers).where(eq(customers.id, customer.id)))[0]!.canStopNow).toBe(false);
    expect(await auditEntriesOf('customer', customer.id)).toEqual([expect.objectContaining({ before: { canStopNow: true }, after: { canStopNow: false } })]);
  });

  test('stop at once and the early-exit fee, for the whole shop: saved and audited; the same again writes nothing', async () => {
    const staff = await createStaffUser('owner');
    const [before] = await db.select().from(shopSettings);
    const was = { customersCanStopNow: before!.customersCanStopNow, earlyExitFee: before!.earlyExitFee, earlyExitFeeAmounts: before!.earlyExitFeeAmounts };
    const next = { customersCanStopNow: !was.customersCanStopNow, earlyExitFee: 'fixed' as const, earlyExitFeeAmounts: { EUR: 2500, NOK: 25000 } };
    try {
      expect(await saveStopNowSettings({ ...next, staffUserId: staff.id })).toEqual({ changed: true });
      expect((await db.select().from(shopSettings))[0]).toMatchObject(next);
      expect(await saveStopNowSettings({ ...next, staffUserId: staff.id })).toEqual({ changed: false });
      const entries = await auditEntriesOf('settings', 'customers-can-stop-now');
      expect(entries.at(-1)).toEqual(expect.objectContaining({ action: 'settings.update', actorUserId: staff.id, after: next }));
    } finally {
      await saveStopNowSettings({ ...was, staffUserId: staff.id });
    }
  });
});
