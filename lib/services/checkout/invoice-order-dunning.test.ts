import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices, subscriptions, type ShopSettings } from '@/db/schema';
import { runDunningStep } from '@/lib/services/billing/run-subscription-step';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';

// This file's own years (3762–3763).
const ORDERED = new Date('3762-03-01T09:00:00Z');

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

async function invoiceShop(): Promise<ShopSettings> {
  const settings = await getShopSettings(db);
  return { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'bank_transfer'], invoiceAccess: 'order', creditCheckUrl: null };
}

/** An order of two subscriptions (a magazine and a snack box) paid by invoice, access on order. */
async function twoSubscriptionsByInvoice() {
  const { customerId, email } = await newCustomer('two-by-invoice');
  const magazine = await planByCode('trendhouse-monthly');
  const snacks = await planByCode('snack-box-monthly');
  const cart = cartOf(
    [
      { planId: magazine.id, quantity: 1 },
      { planId: snacks.id, quantity: 1 },
    ],
    { paymentMethod: 'bank_transfer' },
  );
  const placed = await placeOrder({ customerId, cart, paymentMethod: 'bank_transfer', now: ORDERED, settings: await invoiceShop() });
  if (!placed.ok) throw new Error(placed.error.message);
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
  return { customerId, email, invoice: invoice! };
}

const mailsTo = (email: string, template: string) =>
  db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, template)));
const statuses = async (customerId: string) =>
  (await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).map((s) => s.status).sort();

/** Runs the invoice's due dunning steps up to `until`, as the sweep would, one at a time. */
async function dunUntil(invoiceId: string, until: Date) {
  for (let step = 0; step < 10; step += 1) {
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
    if (!invoice!.nextDunningAt || invoice!.nextDunningAt > until) return;
    expect((await runDunningStep({ invoiceId, at: invoice!.nextDunningAt })).applied).toBe(true);
  }
}

describe('an order of several subscriptions paid by invoice is followed up', () => {
  test('reminded after its due date like any invoice; not paying suspends every subscription it started; paying brings them all back', async () => {
    const { customerId, email, invoice } = await twoSubscriptionsByInvoice();
    expect(await statuses(customerId)).toEqual(['active', 'active']);
    // One invoice for both, dunned on the first plan's reminder process from its due date (+1 day).
    expect(invoice).toMatchObject({ status: 'open', subscriptionId: null, nextDunningStep: 0 });
    expect(invoice.nextDunningAt!.getTime()).toBeGreaterThan(invoice.dueAt!.getTime());

    await dunUntil(invoice.id, new Date(invoice.dueAt!.getTime() + 2 * 86_400_000));
    const [reminder] = await mailsTo(email, 'reminder');
    expect(reminder?.text).toContain(invoice.number!);
    expect(await statuses(customerId)).toEqual(['past_due', 'past_due']);

    // The process's suspension (21 days after the due date) reaches both subscriptions.
    await dunUntil(invoice.id, new Date(invoice.dueAt!.getTime() + 22 * 86_400_000));
    expect(await statuses(customerId)).toEqual(['suspended', 'suspended']);
    expect(await mailsTo(email, 'suspension-notice')).toHaveLength(1);

    const [owed] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
    const staff = await createStaffUser('admin');
    const paid = await registerManualPayment(
      { invoiceId: invoice.id, amount: (owed!.totalMinor / 100).toFixed(2), currency: 'EUR', paidOn: '3762-04-10', method: 'bank_transfer' },
      { staffUserId: staff.id, now: new Date('3762-04-10T12:00:00Z') },
    );
    expect(paid).toMatchObject({ ok: true, value: { paidInFull: true } });
    expect(await statuses(customerId)).toEqual(['active', 'active']);
    expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]).toMatchObject({ status: 'paid', nextDunningAt: null });
  });
});
