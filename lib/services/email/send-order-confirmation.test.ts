import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, orders } from '@/db/schema';
import { orderReference } from './load-order-confirmation';
import { sendOrderConfirmation } from './send-order-confirmation';
import { createTestOrder } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

describe('sendOrderConfirmation', () => {
  test('stores one confirmation per order, in the customer’s language', async () => {
    const { customer, order } = await createTestOrder('de');

    const first = await sendOrderConfirmation(order.id);
    const second = await sendOrderConfirmation(order.id);
    expect(first).toMatchObject({ created: true, status: 'stored' });
    expect(second).toEqual({ ...first, created: false });

    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      template: 'order-confirmation',
      locale: 'de',
      toAddress: customer.email,
      subject: `Bestellbestätigung ${orderReference(order.id)} – Kadens Demo Shop`,
    });
    expect(row!.text).toMatch(/36,95\s€/);
    expect(row!.text).toContain('Shipping: PostNL standard');
    expect(row!.html).toContain('href="https://shop.example/account"');
  });

  test('a plan on trial is listed at zero, before its setup fee', async () => {
    const { order } = await createTestOrder('en');
    const setupFee = { kind: 'setup_fee', ref: '0', description: 'Setup fee: Trendhouse — Monthly', quantity: 1, unitAmountMinor: 4900, amountMinor: 4900, taxRateBp: 900, taxMinor: 405 };
    await db
      .update(orders)
      .set({ pricing: { currency: 'EUR', lines: [setupFee], subtotalMinor: 4495, taxMinor: 405, totalMinor: 4900 }, totalMinor: 4900, taxMinor: 405 })
      .where(eq(orders.id, order.id));

    await sendOrderConfirmation(order.id);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(row!.text).toMatch(/Trendhouse — Monthly\s+1\s+€0\.00\nSetup fee: Trendhouse — Monthly\s+1\s+€49\.00/);
    expect(row!.text).not.toContain('PostNL');
  });

  test('an unknown order is an error', async () => {
    await expect(sendOrderConfirmation('00000000-0000-4000-8000-000000000000')).rejects.toThrow('does not exist');
  });
});
