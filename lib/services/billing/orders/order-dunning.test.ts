import { and, asc, eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import {
  billingActions,
  creditNotes,
  customerBalances,
  customers,
  emailOutbox,
  invoiceLines,
  invoices,
  orders,
  subscriptions,
} from '@/db/schema';
import { ENGINE_LOG_LIST, listEngineLog } from '@/db/queries/dashboard/list-engine-log';
import { getOrderFollowUp } from '@/db/queries/invoices/get-order-follow-up';
import { orderReference } from '@/lib/services/email/load-order-confirmation';
import { parseListQuery } from '@/lib/validations/list-query';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { newCustomer, orderMagazineByInvoice } from '@/test/support/checkout-fixtures';
import { tick } from '../tick';

// This file's own years (3890–3899), each order on a test clock of its own.
const DAY = 86_400_000;

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

/** A customer on a clock of their own orders the Trendhouse magazine by invoice, access on payment. */
async function orderAwaitingPayment(start: string) {
  const startAt = new Date(start);
  const clock = await createTestClock({ name: 'order reminders', startAt });
  const { customerId, email } = await newCustomer('order-reminders');
  await db.update(customers).set({ testClockId: clock.id }).where(eq(customers.id, customerId));
  const { order, invoice } = await orderMagazineByInvoice(customerId, { now: startAt, access: 'payment' });
  const scope = { kind: 'test-clock' as const, clockId: clock.id };
  const advance = (days: number) => advanceTestClock({ clockId: clock.id, to: new Date(invoice.dueAt!.getTime() + days * DAY) });
  return { clock, scope, customerId, email, order, invoice, advance };
}

const mailsTo = (email: string, template: string) =>
  db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, template))).orderBy(asc(emailOutbox.createdAt));
const invoiceNow = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const orderNow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const notesOf = (invoiceId: string) => db.select().from(creditNotes).where(eq(creditNotes.invoiceId, invoiceId));
const logOf = async (orderId: string) =>
  (await db.select().from(billingActions).where(eq(billingActions.subscriptionId, orderId)).orderBy(asc(billingActions.dueAt))).map((row) => row.action);

async function pay(invoiceId: string, amountMinor: number, paidOn: string) {
  const staff = await createStaffUser('admin');
  return registerManualPayment(
    { invoiceId, amount: (amountMinor / 100).toFixed(2), currency: 'EUR', paidOn, method: 'bank_transfer' },
    { staffUserId: staff.id, now: new Date(`${paidOn}T12:00:00Z`) },
  );
}

describe('an order waiting for its money is followed up by the bill run', () => {
  test('reminded at each step of its plan’s process without fees, then lapsed: invoice voided by one credit note, order cancelled, the customer told once even when the run repeats', async () => {
    const { scope, email, order, invoice, advance, customerId } = await orderAwaitingPayment('3890-03-02T09:00:00Z');
    // Nothing started, the invoice open on the standard process's dates (first step a day after due).
    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toEqual([]);
    expect(invoice).toMatchObject({ status: 'open', subscriptionId: null, nextDunningStep: 0 });
    expect(invoice.nextDunningAt!.getTime() - invoice.dueAt!.getTime()).toBe(DAY);

    await advance(2);
    const [first] = await mailsTo(email, 'reminder');
    expect(first!.subject).toContain('Payment reminder');
    expect(first!.text).toContain(invoice.number!);

    // The second reminder (the process adds EUR 2.50 to a subscription's invoice): no fee before delivery.
    await advance(15);
    expect(await mailsTo(email, 'reminder')).toHaveLength(2);
    expect(await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoice.id), eq(invoiceLines.kind, 'reminder_fee')))).toEqual([]);
    expect((await invoiceNow(invoice.id)).totalMinor).toBe(invoice.totalMinor);

    // Suspension and warning days remind too; day 42 (the process's termination) lapses the order.
    await advance(41);
    expect(await mailsTo(email, 'reminder')).toHaveLength(4);
    expect(await orderNow(order.id)).toMatchObject({ status: 'pending_payment' });
    await advance(43);

    const lapsed = await invoiceNow(invoice.id);
    expect(lapsed).toMatchObject({ status: 'void', creditedMinor: invoice.totalMinor, amountPaidMinor: 0, nextDunningAt: null, number: invoice.number });
    const [note] = await notesOf(invoice.id);
    expect(note).toMatchObject({ totalMinor: invoice.totalMinor, disposition: 'reduce_open' });
    expect(await orderNow(order.id)).toMatchObject({ status: 'canceled', paidAt: null });
    const [cancelled] = await mailsTo(email, 'order-lapsed');
    expect(cancelled!.subject).toContain('has been cancelled');
    expect(cancelled!.text).toContain(invoice.number!);
    expect(cancelled!.text).toContain(note!.number);
    expect(await logOf(order.id)).toEqual(['order:remind:0', 'order:remind:1', 'order:remind:2', 'order:remind:3', 'order:lapse']);
    // What the invoice pages show (Min Side: only the customer's own).
    // Day 42 after the due date (16 March, CET), in the shop's zone: 27 April, CEST.
    const lapseAt = new Date('3890-04-27T08:00:00Z');
    expect(await getOrderFollowUp(invoice.id, { kind: 'customer', customerId })).toMatchObject({ reminders: 4, cancelledAt: lapseAt });
    expect(await getOrderFollowUp(invoice.id, { kind: 'customer', customerId: order.id })).toBeNull();
    // The dashboard's engine log lists the order's steps, for its customer, under its reference.
    const logged = await listEngineLog(scope, parseListQuery({ action: 'order' }, ENGINE_LOG_LIST).query);
    expect(logged.rows.map((row) => [row.action, row.isOrder, row.customerEmail, row.planName, row.status])).toEqual(
      ['order:lapse', 'order:remind:3', 'order:remind:2', 'order:remind:1', 'order:remind:0'].map((action) => [action, true, email, orderReference(order.id), null]),
    );
    // Searched by the customer's e-mail: the order's steps are found through the order.
    const searched = await listEngineLog(scope, parseListQuery({ action: 'order', q: email }, ENGINE_LOG_LIST).query);
    expect(searched.rows.map((row) => row.id)).toEqual(logged.rows.map((row) => row.id));

    // The run repeated, twice at once: no second credit note, reminder or e-mail.
    const again = new Date(invoice.dueAt!.getTime() + 43 * DAY);
    await Promise.all([tick({ now: again, scope }), tick({ now: again, scope })]);
    await advance(60);
    expect(await notesOf(invoice.id)).toHaveLength(1);
    expect(await mailsTo(email, 'order-lapsed')).toHaveLength(1);
    expect(await mailsTo(email, 'reminder')).toHaveLength(4);
    expect(await db.select().from(billingActions).where(and(eq(billingActions.subscriptionId, order.id), like(billingActions.action, 'order:%')))).toHaveLength(5);
  });

  test('a transfer arriving after the lapse is kept as the customer’s balance; the order stays cancelled', async () => {
    const { email, order, invoice, advance, customerId } = await orderAwaitingPayment('3891-05-04T09:00:00Z');
    await advance(43);
    expect((await invoiceNow(invoice.id)).status).toBe('void');

    const late = await pay(invoice.id, invoice.totalMinor, '3891-07-20');
    expect(late).toMatchObject({ ok: true, value: { paidInFull: false, overpaidMinor: invoice.totalMinor, openMinor: 0 } });
    const [balance] = await db.select().from(customerBalances).where(eq(customerBalances.customerId, customerId));
    expect(balance).toMatchObject({ currency: 'EUR', balanceMinor: invoice.totalMinor });
    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'void', amountPaidMinor: 0 });
    expect(await orderNow(order.id)).toMatchObject({ status: 'canceled' });
    expect(await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId))).toEqual([]);
    // The receipt says where the money went, not that the cancelled invoice is paid.
    const [receipt] = await mailsTo(email, 'payment-received');
    expect(receipt!.text).toContain('had already been cancelled');
    expect(receipt!.text).not.toContain('paid in full');
  });

  test('paid between two reminders: the subscription starts as on any payment, and the reminders stop', async () => {
    const { email, order, invoice, advance, customerId } = await orderAwaitingPayment('3892-09-01T09:00:00Z');
    await advance(2);
    expect(await mailsTo(email, 'reminder')).toHaveLength(1);

    const paidOn = new Date(invoice.dueAt!.getTime() + 5 * DAY).toISOString().slice(0, 10);
    expect(await pay(invoice.id, invoice.totalMinor, paidOn)).toMatchObject({ ok: true, value: { paidInFull: true } });
    expect(await orderNow(order.id)).toMatchObject({ status: 'paid' });
    const [started] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
    expect(started).toMatchObject({ status: 'active' });

    await advance(50);
    expect(await mailsTo(email, 'reminder')).toHaveLength(1);
    expect(await mailsTo(email, 'order-lapsed')).toEqual([]);
    expect(await notesOf(invoice.id)).toEqual([]);
    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'paid', nextDunningAt: null });
    expect(await logOf(order.id)).toEqual(['order:remind:0']);
  });

  test('part of the money paid: the order is not lapsed at the end of its reminders; that is the merchant’s call, and the log says why', async () => {
    const { email, order, invoice, advance } = await orderAwaitingPayment('3893-06-01T09:00:00Z');
    const paidOn = new Date(invoice.dueAt!.getTime() + 3 * DAY).toISOString().slice(0, 10);
    expect(await pay(invoice.id, 1000, paidOn)).toMatchObject({ ok: true, value: { paidInFull: false } });
    await advance(50);

    expect(await invoiceNow(invoice.id)).toMatchObject({ status: 'open', amountPaidMinor: 1000, nextDunningAt: null });
    expect(await orderNow(order.id)).toMatchObject({ status: 'pending_payment' });
    expect(await notesOf(invoice.id)).toEqual([]);
    expect(await mailsTo(email, 'order-lapsed')).toEqual([]);
    const [lapse] = await db.select().from(billingActions).where(and(eq(billingActions.subscriptionId, order.id), eq(billingActions.action, 'order:lapse')));
    expect(lapse!.result).toEqual({ invoiceId: invoice.id, lapsed: false, reason: 'partly_paid' });
  });
});
