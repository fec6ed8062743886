import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoices, payments, plans, subscriptions, testProviderPayments } from '@/db/schema';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { paidOnlineInvoice } from '@/lib/services/credit-notes/credit-note-fixtures';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';
import { applyPayment } from './apply-payment';
import { camt053File } from './bank-import/camt053-test-file';
import { importBankFile } from './bank-import/import-bank-file';
import { creditBalance, loadCustomerBalances } from './credit-balance';
import { createPayableInvoice, paymentsOf, uniqueIban } from './payment-test-fixtures';
import { registerManualPayment } from './register-manual-payment';
import { reversePayment } from './reverse-payment';
import { settleInvoicePayment } from './settle-invoice-payment';
import { startInvoicePayment } from './start-invoice-payment';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'http://shop.test');
});
afterEach(() => vi.unstubAllEnvs());

/** Where a customer's balance per currency and the sum of their ledger rows per currency differ. */
async function ledgerMismatches(customerId: string) {
  return db.execute(sql`
    select coalesce(b.currency, l.currency) as currency, b.balance_minor as balance, l.sum as ledger
    from (select currency, balance_minor from customer_balances where customer_id = ${customerId}) b
    full join (
      select currency, sum(amount_minor) as sum from customer_balance_entries where customer_id = ${customerId} group by currency
    ) l on l.currency = b.currency
    where b.balance_minor is distinct from l.sum and not (b.balance_minor = 0 and l.sum is null)`);
}

const balances = async (customerId: string) => Object.fromEntries(await loadCustomerBalances(db, customerId));

async function clockCustomer(planCode: string, options: { autopay: boolean; startAt?: string }) {
  const clock = await createTestClock({ name: `ledger ${planCode}`, startAt: new Date(options.startAt ?? '2026-03-01T09:00:00Z') });
  const plan = await planByCode(planCode);
  const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: options.autopay });
  if (!subscribed.ok) throw new Error(subscribed.error);
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, subscribed.value.customerId));
  return { clock, customerId: subscribed.value.customerId, sub: sub! };
}

/** A second paid attempt for an order that is already paid (another tab, another provider). */
async function payOrderTwice() {
  const { customerId, order } = await paidOnlineInvoice();
  const [second] = await db
    .insert(payments)
    .values({ customerId, orderId: order.id, attempt: 2, provider: 'none', method: 'ideal', amountMinor: 3200, currency: 'EUR' })
    .returning();
  expect(await settlePayment({ paymentId: second!.id, now: new Date() })).toMatchObject({ status: 'paid', orderId: order.id });
  return { customerId, payment: second! };
}

/** Each payment path, run for a customer of its own: the customer and the balance it should leave. */
const paths: [string, () => Promise<{ customerId: string; expected: Record<string, number> }>][] = [
  ['checkout', async () => ({ customerId: (await paidOnlineInvoice()).customerId, expected: {} })],
  ['a duplicate checkout payment', async () => ({ customerId: (await payOrderTwice()).customerId, expected: { EUR: 3200 } })],
  [
    'autopay, after the balance paid part of the renewal',
    async () => {
      const { clock, customerId } = await clockCustomer('trendhouse-monthly', { autopay: true, startAt: '2026-01-15T10:00:00Z' });
      await db.transaction((tx) => creditBalance(tx, { customerId, amountMinor: 1000, currency: 'EUR', reason: 'credit_note' }));
      await advanceTestClock({ clockId: clock.id, to: new Date('2026-02-16T12:00:00Z') });
      return { customerId, expected: { EUR: 0 } };
    },
  ],
  [
    'the pay link, paid after the invoice was settled by hand',
    async () => {
      const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
      const started = await startInvoicePayment({ invoiceId: invoice.id, customerId: customer.id, method: 'card', baseUrl: 'http://shop.test' });
      if (!started.ok) throw new Error(started.error.message);
      const manual = await registerManualPayment(
        { invoiceId: invoice.id, amount: '32.00', currency: 'EUR', paidOn: '2026-03-09', method: 'bank_transfer', note: '' },
        { staffUserId: 'staff-user-1', now: new Date('2026-03-10T10:00:00Z') },
      );
      expect(manual.ok).toBe(true);
      const providerPaymentId = started.value.redirectUrl.split('/').pop()!;
      await db.update(testProviderPayments).set({ status: 'paid' }).where(eq(testProviderPayments.id, providerPaymentId));
      const [link] = await db.select().from(payments).where(eq(payments.providerPaymentId, providerPaymentId));
      expect(await settleInvoicePayment({ paymentId: link!.id, now: new Date('2026-03-10T11:00:00Z') })).toMatchObject({ status: 'paid' });
      return { customerId: customer.id, expected: { EUR: 3200 } };
    },
  ],
  [
    'a manual payment of more than the invoice owes',
    async () => {
      const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
      const result = await registerManualPayment(
        { invoiceId: invoice.id, amount: '40.00', currency: 'EUR', paidOn: '2026-03-09', method: 'bank_transfer', note: '' },
        { staffUserId: 'staff-user-1', now: new Date('2026-03-10T10:00:00Z') },
      );
      expect(result.ok).toBe(true);
      return { customerId: customer.id, expected: { EUR: 800 } };
    },
  ],
  [
    'a bank file paying more than the invoice owes',
    async () => {
      const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
      const content = camt053File({
        accountIban: uniqueIban(),
        entries: [{ amountMinor: 3500, bankReference: 'OVER-1', reference: invoice.paymentReference }],
      });
      const imported = await importBankFile({ filename: 'over.xml', content, importedBy: 'staff-user-1', now: new Date('2026-03-06T08:00:00Z') });
      expect(imported).toMatchObject({ ok: true, value: { counts: { matched: 1 } } });
      return { customerId: customer.id, expected: { EUR: 300 } };
    },
  ],
  [
    'a credit note kept as balance',
    async () => {
      const { invoice, customer } = await createTestInvoice('en', 'paid');
      const noted = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 1200, reason: 'Damaged', disposition: 'balance', staffUserId: null, now: new Date() });
      expect(noted.ok).toBe(true);
      return { customerId: customer.id, expected: { EUR: 1200 } };
    },
  ],
  [
    'a subscription stopped now',
    async () => {
      const { clock, customerId, sub } = await clockCustomer('trendhouse-monthly', { autopay: false });
      await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-25T12:00:00Z') });
      const stopped = await stopSubscriptionNow({ subscriptionId: sub.id, staffUserId: null, now: new Date('2026-03-25T12:00:00Z') });
      expect(stopped).toMatchObject({ ok: true, value: { creditedMinor: 619 } });
      return { customerId, expected: { EUR: 619 } };
    },
  ],
  [
    'a reversal of a payment that overpaid',
    async () => {
      const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
      const at = new Date('2026-03-10T10:00:00Z');
      await db.transaction((tx) => applyPayment(tx, { invoiceId: invoice.id, amountMinor: 3500, currency: 'EUR', at, source: 'manual', method: 'bank_transfer' }));
      const [payment] = await paymentsOf(invoice.id);
      await db.transaction((tx) => reversePayment(tx, { paymentId: payment!.id, at, reasonCode: 'AM04' }));
      return { customerId: customer.id, expected: { EUR: 300 } };
    },
  ],
];

describe('the customer balance and its ledger', () => {
  test.each(paths)('after %s, the balance in each currency is the sum of its ledger rows', async (_path, run) => {
    const { customerId, expected } = await run();
    expect(await ledgerMismatches(customerId)).toEqual([]);
    expect(await balances(customerId)).toEqual(expected);
  });

  test('a payment for an order that is already paid is credited with a ledger row saying so', async () => {
    const { customerId, payment } = await payOrderTwice();
    expect(await db.execute(sql`select amount_minor::int as amount, currency, reason, payment_id from customer_balance_entries where customer_id = ${customerId}`)).toEqual([
      { amount: 3200, currency: 'EUR', reason: 'duplicate_payment', payment_id: payment.id },
    ]);
  });

  test('a balance in EUR never pays a NOK invoice; a balance in NOK does', async () => {
    const trendhouse = await planByCode('trendhouse-monthly');
    const [nok] = await db
      .insert(plans)
      .values({ ...trendhouse, id: undefined, code: `nok-${Date.now()}`, name: 'Monthly (NOK)', priceMinor: 34900, currency: 'NOK' })
      .returning();
    const clock = await createTestClock({ name: 'nok balance', startAt: new Date('2026-03-01T09:00:00Z') });
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: nok!.id, autopay: false });
    if (!subscribed.ok) throw new Error(subscribed.error);
    const { customerId } = subscribed.value;
    await db.transaction((tx) => creditBalance(tx, { customerId, amountMinor: 50000, currency: 'EUR', reason: 'credit_note' }));
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-03-26T09:00:00Z') });

    const termInvoice = async (term: number) =>
      (await db.select().from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.term, term))))[0]!;
    expect(await termInvoice(1)).toMatchObject({ currency: 'NOK', status: 'open', amountPaidMinor: 0 });
    expect(await balances(customerId)).toEqual({ EUR: 50000 });

    await db.transaction((tx) => creditBalance(tx, { customerId, amountMinor: 10000, currency: 'NOK', reason: 'credit_note' }));
    await advanceTestClock({ clockId: clock.id, to: new Date('2026-04-26T09:00:00Z') });
    expect(await termInvoice(2)).toMatchObject({ currency: 'NOK', status: 'open', amountPaidMinor: 10000 });
    expect(await balances(customerId)).toEqual({ EUR: 50000, NOK: 0 });
    expect(await ledgerMismatches(customerId)).toEqual([]);
    await db.update(plans).set({ active: false }).where(eq(plans.id, nok!.id));
  });
});
