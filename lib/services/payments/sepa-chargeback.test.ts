import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox, invoices, orders, paymentMethods, payments, subscriptions } from '@/db/schema';
import { getAutopayMethod } from '@/db/queries/payments/get-autopay-method';
import { getCustomerInvoice } from '@/db/queries/portal/get-customer-invoice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { listPaymentsPage, PAYMENT_LIST } from '@/db/queries/dashboard/list-payments-page';
import { defaultListQuery } from '@/lib/validations/list-query';
import { createMollieProvider } from '@/lib/payments/mollie/mollie-provider';
import { startFakeMollieApi, type FakeMollieApi } from '@/lib/payments/mollie/test-support/fake-mollie-api';
import type { PaymentProvider } from '@/lib/payments/types';
import { fakeProviderSlot } from '@/test/support/fake-provider';
import { paidMollieSepaOrder } from '@/test/support/mollie-sepa-order';
import { getMerchantInvoice } from './get-merchant-invoice';
import { syncProviderPayment } from './sync-provider-payment';

vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));

// This file's own years (3885–3889).
const ORDERED = new Date('3885-03-01T09:00:00Z');
const SETTLED = new Date('3885-03-04T06:00:00Z');
/** Seven weeks after the debit: the bank returned it (SEPA allows eight). */
const CHARGED_BACK = new Date('3885-04-22T10:00:00Z');
/** Mollie's webhook reaches us two days later (it retried while we were down). */
const TOLD = new Date('3885-04-24T08:00:00Z');

let api: FakeMollieApi;
let mollie: PaymentProvider;
beforeAll(async () => {
  api = await startFakeMollieApi({ runId: crypto.randomUUID().replace(/-/g, '').slice(0, 10) });
  mollie = createMollieProvider({ apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', apiEndpoint: api.apiEndpoint, timeoutMs: 5_000 });
});
afterAll(() => api.close());
beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example.org');
  fakeProviderSlot.provider = mollie;
});
afterEach(() => {
  vi.unstubAllEnvs();
  fakeProviderSlot.provider = null;
});

const paidSepaOrder = () => paidMollieSepaOrder(api, { ordered: ORDERED, settled: SETTLED });

/** Mollie's payment once the bank returned it: still `paid`, with the chargeback listed (recorded shape). */
function chargeBack(debit: Record<string, unknown>, reason: { code: string; description: string } | null, settlementValue?: string) {
  const amount = debit.amount as { currency: string; value: string };
  Object.assign(debit, {
    amountChargedBack: amount,
    _embedded: {
      chargebacks: [
        {
          resource: 'chargeback',
          id: `chb_${String(debit.id).slice(3, 12)}`,
          amount,
          settlementAmount: { currency: amount.currency, value: settlementValue ?? `-${amount.value}` },
          createdAt: CHARGED_BACK.toISOString(),
          reason,
          reversedAt: null,
          paymentId: debit.id,
        },
      ],
    },
  });
}

const sync = (debit: Record<string, unknown>, now = TOLD) => syncProviderPayment({ provider: 'mollie', providerPaymentId: debit.id as string, now });
const invoiceOf = async (paymentInvoiceId: string) => (await db.select().from(invoices).where(eq(invoices.id, paymentInvoiceId)))[0]!;
const subscriptionOf = async (customerId: string) => (await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId)))[0]!;
async function mailsTo(customerId: string, template: string) {
  const [customer] = await db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId));
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.template, template), eq(emailOutbox.toAddress, customer!.email)));
}

describe('a SEPA debit charged back weeks after it settled', () => {
  test('disputed by the payer (MD06): reversed, owed again without the fee, dunned from the chargeback, told once, never debited again by itself', async () => {
    const { customerId, orderId, payment, debit } = await paidSepaOrder();
    const paidInvoice = await invoiceOf(payment.invoiceId!);
    expect(paidInvoice).toMatchObject({ status: 'paid', amountPaidMinor: payment.amountMinor });
    expect(await getAutopayMethod(db, customerId)).toMatchObject({ type: 'sepa_debit', mandateRef: `cst_8wmqcHMN4U/${debit.mandateId as string}` });

    // Mollie deducts the amount and its €3.50 fee from the merchant's balance.
    const settlement = `-${((payment.amountMinor + 350) / 100).toFixed(2)}`;
    chargeBack(debit, { code: 'MD06', description: 'Disputed by the debtor' }, settlement);
    // The same webhook twice (Mollie retries), then once more from the sweep: one reversal.
    for (let i = 0; i < 3; i += 1) await sync(debit, new Date(TOLD.getTime() + i * 3_600_000));

    expect((await db.select().from(payments).where(eq(payments.orderId, orderId)))).toMatchObject([
      { id: payment.id, status: 'charged_back', reversedAt: CHARGED_BACK, reversalCode: 'MD06', chargebackFeeMinor: 350, failureReason: 'Disputed by the debtor', failureKind: 'permanent' },
    ]);
    // The invoice owes the debit's amount again, not the merchant's fee; its dunning counts from the chargeback.
    const reopened = await invoiceOf(payment.invoiceId!);
    expect(reopened).toMatchObject({ status: 'open', paidAt: null, amountPaidMinor: 0, totalMinor: paidInvoice.totalMinor, dunningRound: 1, dunningFrom: CHARGED_BACK, nextDunningStep: 0 });
    // Its first step counted from the chargeback, not from the old due date in March (or from when we were told).
    expect(reopened.nextDunningAt!.getTime()).toBeGreaterThan(CHARGED_BACK.getTime());
    expect(reopened.nextDunningAt!.getTime()).toBeLessThan(TOLD.getTime());
    expect(await subscriptionOf(customerId)).toMatchObject({ status: 'past_due' });
    expect(await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId))).toEqual([{ status: 'paid' }]);

    // Staff see the chargeback with its date, code and fee; the customer sees it on their invoice, dated the chargeback.
    expect((await getMerchantInvoice(payment.invoiceId!))!.payments).toMatchObject([
      { id: payment.id, status: 'charged_back', reversedAt: CHARGED_BACK.toISOString(), reversalCode: 'MD06', chargebackFeeMinor: 350 },
    ]);
    const listed = await listPaymentsPage(REAL_TIME, { from: ORDERED, to: CHARGED_BACK, status: 'charged_back' }, { ...defaultListQuery(PAYMENT_LIST), q: payment.providerPaymentId! });
    expect(listed.rows).toMatchObject([{ id: payment.id, status: 'charged_back', reversedAt: CHARGED_BACK.toISOString(), chargebackFeeMinor: 350, failureReason: 'Disputed by the debtor' }]);
    const customerView = await getCustomerInvoice(customerId, payment.invoiceId!);
    expect(customerView).toMatchObject({ openMinor: paidInvoice.totalMinor, payments: [{ id: payment.id, status: 'charged_back', date: CHARGED_BACK }] });

    // One e-mail, in the customer's language, with the link to pay and the new-method link.
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    const mails = await mailsTo(customerId, 'payment-returned');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      locale: customer!.locale,
      props: {
        kind: 'debit',
        disputed: true,
        amountMinor: payment.amountMinor,
        returnedAt: CHARGED_BACK.toISOString(),
        reason: 'Disputed by the debtor',
        paymentMethodLabel: 'SEPA direct debit DE89 •••• 3000',
        payUrl: expect.stringMatching(/^https:\/\/shop\.example\.org\/pay\//),
        updatePaymentMethodUrl: `https://shop.example.org/account/payment-methods?invoice=${payment.invoiceId!}`,
      },
    });
    expect(await mailsTo(customerId, 'payment-failed')).toEqual([]);

    // The disputed mandate is no autopay method any more: still listed, never debited by itself.
    expect(await getAutopayMethod(db, customerId)).toBeNull();
    expect(await db.select({ isDefault: paymentMethods.isDefault, mandateRef: paymentMethods.mandateRef }).from(paymentMethods).where(eq(paymentMethods.customerId, customerId))).toEqual([
      { isDefault: false, mandateRef: `cst_8wmqcHMN4U/${debit.mandateId as string}` },
    ]);
  });

  test('returned for insufficient funds (AM04): reversed and dunned the same way, but the mandate stays the autopay method', async () => {
    const { customerId, payment, debit } = await paidSepaOrder();
    chargeBack(debit, { code: 'AM04', description: 'Insufficient funds' });
    await sync(debit);
    await sync(debit);

    expect((await db.select().from(payments).where(eq(payments.id, payment.id)))[0]).toMatchObject({ status: 'charged_back', reversalCode: 'AM04', chargebackFeeMinor: null, failureKind: 'temporary' });
    expect(await invoiceOf(payment.invoiceId!)).toMatchObject({ status: 'open', dunningFrom: CHARGED_BACK, dunningRound: 1 });
    expect(await getAutopayMethod(db, customerId)).toMatchObject({ mandateRef: `cst_8wmqcHMN4U/${debit.mandateId as string}` });
    expect(await mailsTo(customerId, 'payment-returned')).toMatchObject([{ props: { disputed: false, updatePaymentMethodUrl: null } }]);
  });

  test('returned with no reason code: treated as disputed by the payer', async () => {
    const { customerId, payment, debit } = await paidSepaOrder();
    chargeBack(debit, null);
    await sync(debit);

    expect((await db.select().from(payments).where(eq(payments.id, payment.id)))[0]).toMatchObject({ status: 'charged_back', reversalCode: null, failureKind: 'permanent' });
    expect(await getAutopayMethod(db, customerId)).toBeNull();
    expect(await mailsTo(customerId, 'payment-returned')).toMatchObject([{ props: { disputed: true } }]);
  });
});
