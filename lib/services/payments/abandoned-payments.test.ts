import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices, orders, payments, subscriptions } from '@/db/schema';
import { pendingCheckout } from '@/lib/services/credit-notes/credit-note-fixtures';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { payerChooses } from '@/test/support/checkout-fixtures';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { ABANDONED_CHECKOUT_LIST, abandonedCheckoutBatches, type AbandonedCheckoutRow } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { defaultListQuery } from '@/lib/validations/list-query';
import { markAbandonedNotPaid, markAbandonedPaid } from './abandoned-payments';

/** Every row of the dashboard's abandoned checkouts list at `now`. */
async function listAbandonedPayments(input: { now: Date }): Promise<(AbandonedCheckoutRow & { paymentId: string })[]> {
  const rows: (AbandonedCheckoutRow & { paymentId: string })[] = [];
  for await (const batch of abandonedCheckoutBatches(REAL_TIME, defaultListQuery(ABANDONED_CHECKOUT_LIST), input.now)) {
    rows.push(...batch.map((row) => ({ ...row, paymentId: row.id })));
  }
  return rows;
}

const HOUR = 60 * 60_000;
const twoHoursAgo = () => new Date(Date.now() - 2 * HOUR);

describe('abandoned checkout payments', () => {
  test('listed only when pending for over an hour on an order still waiting for payment', async () => {
    const old = await pendingCheckout(twoHoursAgo());
    const fresh = await pendingCheckout(new Date(Date.now() - 10 * 60_000));
    const listed = (await listAbandonedPayments({ now: new Date() })).map((row) => row.paymentId);
    expect(listed).toContain(old.payment.id);
    expect(listed).not.toContain(fresh.payment.id);
    const row = (await listAbandonedPayments({ now: new Date() })).find((r) => r.paymentId === old.payment.id);
    expect(row).toMatchObject({ orderId: old.order.id, amountMinor: 3200, currency: 'EUR', method: 'ideal', provider: 'test' });
  });

  test('marked paid: the order is fulfilled as a real payment would be', async () => {
    const { customerId, order, payment } = await pendingCheckout(twoHoursAgo());
    const now = new Date();
    const result = await markAbandonedPaid({ paymentId: payment.id, staffUserId: 'staff-1', now });
    if (!result.ok) throw new Error(result.error);

    const [paidOrder] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(paidOrder!.status).toBe('paid');
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    expect(sub!.status).toBe('active');
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, order.id));
    expect(invoice).toMatchObject({ id: result.value.invoiceId, status: 'paid', totalMinor: 3200, amountPaidMinor: 3200 });
    const [after] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(after).toMatchObject({ status: 'paid', invoiceId: invoice!.id, recordedBy: 'staff-1', settledAt: now });
    // The merchant's notice of the new order, as for any paid order.
    const notices = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `merchant-new-order:${order.id}`));
    expect(notices).toHaveLength(1);
    // And the customer's e-mails, sent by the same events a reported payment emits.
    const confirmation = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(confirmation).toHaveLength(1);
    expect((await listAbandonedPayments({ now })).map((r) => r.paymentId)).not.toContain(payment.id);

    // Staff said it was paid; the provider never had the money, so a credit cannot go back there.
    const credited = await issueCreditNote({ invoiceId: invoice!.id, amountMinor: 500, reason: 'x', disposition: 'auto', staffUserId: null, now });
    expect(credited).toMatchObject({ ok: true, value: { creditNote: { disposition: 'balance' }, refunds: [] } });

    // A second click changes nothing.
    expect(await markAbandonedPaid({ paymentId: payment.id, staffUserId: 'staff-1', now })).toEqual({ ok: false, error: 'This payment is already paid.' });
    expect(await db.select().from(invoices).where(eq(invoices.orderId, order.id))).toHaveLength(1);
  });

  test('marked not paid: the payment and the order are canceled, nothing is fulfilled', async () => {
    const { customerId, order, payment } = await pendingCheckout(twoHoursAgo());
    const result = await markAbandonedNotPaid({ paymentId: payment.id, staffUserId: 'staff-1', now: new Date() });
    expect(result).toEqual({ ok: true, value: { orderCanceled: true, invoiceVoided: false } });
    const [canceled] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(canceled!.status).toBe('canceled');
    const [after] = await db.select().from(payments).where(eq(payments.id, payment.id));
    expect(after).toMatchObject({ status: 'canceled', recordedBy: 'staff-1' });
    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toEqual([]);
  });

  test('a payment the provider reports as paid is settled, not canceled', async () => {
    const { order, payment } = await pendingCheckout(twoHoursAgo());
    await payerChooses(payment.providerPaymentId!, 'paid');
    const result = await markAbandonedNotPaid({ paymentId: payment.id, staffUserId: 'staff-1', now: new Date() });
    expect(result.ok).toBe(false);
    const [paid] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(paid!.status).toBe('paid');
  });
});
