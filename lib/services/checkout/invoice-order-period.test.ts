import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoiceLines, invoices, subscriptions } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';

// This file's own years (3766–3767).
const ORDERED = new Date('3766-03-01T09:00:00Z');

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

describe('pay by invoice with access on payment: the first invoice names its period', () => {
  test('at order the plan line carries the term paying today gives; the e-mail and PDF show it; paid later, the term served from the payment day', async () => {
    const { customerId, email } = await newCustomer('period-buyer');
    const plan = await planByCode('trendhouse-monthly');
    const settings = await getShopSettings(db);
    const placed = await placeOrder({
      customerId,
      cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'bank_transfer' }),
      paymentMethod: 'bank_transfer',
      now: ORDERED,
      settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'bank_transfer'], invoiceAccess: 'payment', creditCheckUrl: null },
    });
    if (!placed.ok) throw new Error(placed.error.message);
    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toEqual([]);
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
    const planLine = async () => (await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoice!.id), eq(invoiceLines.kind, 'plan'))))[0]!;

    // One month from the order day, as a subscription started now would run.
    const ordered = await planLine();
    expect(ordered.periodStart).toEqual(ORDERED);
    expect(ordered.periodEnd!.toISOString().slice(0, 10)).toBe('3766-04-01');
    const pdf = await loadInvoicePdfInput(invoice!.id);
    expect(pdf!.invoice.lines.find((l) => l.periodStart)).toMatchObject({ periodStart: ORDERED.toISOString() });
    const [mail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, 'invoice')));
    expect(mail!.text).toContain("Trendhouse — Monthly · Period: 1 March 3766 –");

    // Paid nine days later: the subscription starts that day and the line names the term served.
    const staff = await createStaffUser('admin');
    const paid = await registerManualPayment(
      { invoiceId: invoice!.id, amount: (invoice!.totalMinor / 100).toFixed(2), currency: 'EUR', paidOn: '3766-03-10', method: 'bank_transfer' },
      { staffUserId: staff.id, now: new Date('3766-03-10T12:00:00Z') },
    );
    expect(paid).toMatchObject({ ok: true, value: { paidInFull: true } });
    const [started] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    const served = await planLine();
    expect(served).toMatchObject({ subscriptionId: started!.id, term: 0, periodStart: started!.currentPeriodStart, periodEnd: started!.currentPeriodEnd });
    expect(served.periodStart!.toISOString().slice(0, 10)).toBe('3766-03-10');
  });
});
