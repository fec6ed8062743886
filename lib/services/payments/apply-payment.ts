import { eq, sql } from 'drizzle-orm';
import { builtOnceQuery, placeholders, setValueFor, valueFor } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { payments, type Invoice, type Payment } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { markInvoicePaid } from '@/lib/services/billing/mark-invoice-paid';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { startInvoicedOrder } from '@/lib/services/checkout/start-invoiced-order';
import { creditBalance } from './credit-balance';
import { isLapsedOrderInvoice } from './lapsed-order-invoice';
import { lockInvoice } from '@/lib/services/invoices/lock-invoice';
import { recordEvent } from '@/lib/services/events/record-event';

// NOTE: this file's statements are built once (db/built-once.ts): each payment runs them, thousands
// in the demo history and in a bill run's autopay.
const insertPaidStatement = builtOnceQuery<Payment>(() =>
  db
    .insert(payments)
    .values({
      ...placeholders('customerId', 'invoiceId', 'attempt', 'provider', 'providerPaymentId', 'method', 'amountMinor', 'currency', 'source'),
      ...placeholders('reference', 'note', 'recordedBy', 'settledAt'),
      status: 'paid',
    })
    .returning(),
);
const settled = () => ({ status: 'paid' as const, settledAt: setValueFor(payments.settledAt, 'at'), failureReason: null, failureKind: null });
const settleStatement = builtOnceQuery<Payment>(() =>
  db.update(payments).set(settled()).where(eq(payments.id, valueFor(payments.id, 'id'))).returning(),
);
const settleWithProviderIdStatement = builtOnceQuery<Payment>(() =>
  db
    .update(payments)
    .set({ ...settled(), providerPaymentId: setValueFor(payments.providerPaymentId, 'providerPaymentId') })
    .where(eq(payments.id, valueFor(payments.id, 'id')))
    .returning(),
);
const lastAttemptStatement = builtOnceQuery<{ max: number }>(() =>
  db
    .select({ max: sql<number>`coalesce(max(${payments.attempt}), 0)::int` })
    .from(payments)
    .where(eq(payments.invoiceId, valueFor(payments.invoiceId, 'invoiceId'))),
);

export type AppliedPayment = {
  payment: Payment;
  invoice: Invoice;
  paidInFull: boolean;
  restored: boolean;
  /** Money beyond what the invoice still owed: credited to the customer's balance. */
  overpaidMinor: number;
};

export type PaymentReceived = {
  invoiceId: string;
  amountMinor: number;
  currency: string;
  at: Date;
  source: Payment['source'];
  method: Payment['method'];
  provider?: string;
  providerPaymentId?: string | null;
  reference?: string | null;
  note?: string | null;
  recordedBy?: string | null;
  /** A pending payment row this money settles (an autopay attempt, a checkout for the invoice). */
  paymentId?: string;
};

/** A pending payment row of an invoice that its provider now reports paid, as money received. */
export function providerPaymentReceived(payment: Payment, providerPaymentId: string, at: Date): PaymentReceived {
  return {
    paymentId: payment.id,
    invoiceId: payment.invoiceId!,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    at,
    source: payment.source,
    method: payment.method,
    providerPaymentId,
  };
}

/**
 * A payment the invoice cannot take. Its message is a dashboard.manage.messages code with its
 * values (manageMessage), so staff read it in their language: bankNoteText or the action wrapper
 * words it; an API answer words it in English.
 */
export class PaymentRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentRejected';
  }
}

/** Why an invoice cannot take a payment now (a draft, or void), coded. */
export const invoiceUnpayable = (invoice: { number: string | null; status: string }): string =>
  manageMessage('paymentInvoiceUnpayable', { number: invoice.number ?? '', status: invoice.status });

/** A payment in another currency than its invoice's, coded. */
export const currencyMismatch = (paymentCurrency: string, invoice: { number: string | null; currency: string }): string =>
  manageMessage('paymentCurrencyMismatch', { currency: paymentCurrency, number: invoice.number ?? '', invoiceCurrency: invoice.currency });

/**
 * Money received for an invoice, however it came (autopay, the pay link, by hand, a bank file),
 * in the caller's transaction. What the invoice still owes is paid (a partial payment leaves the
 * rest open); anything beyond goes to the customer's balance with an entry saying why. Paid in
 * full, the invoice's dunning stops and a suspended or past-due subscription is active again.
 *
 * After the transaction commits, call afterPaymentApplied with the result.
 *
 * `locked`: the invoice as the caller locked it (lockInvoice) in this transaction and has not
 * changed since, so it is not read again (a bank transfer registered by hand locks it first for
 * its audit entry).
 */
export async function applyPayment(tx: Tx, input: PaymentReceived, locked?: Invoice): Promise<AppliedPayment> {
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw new PaymentRejected(manageCode('paymentAmountNotPositive'));
  }
  const invoice = locked?.id === input.invoiceId ? locked : await lockInvoice(tx, input.invoiceId);
  if (!invoice) throw new PaymentRejected(manageCode('invoiceMissing'));
  // NOTE: a lapsed order's invoice is void, but money for it is the customer's all the same: it
  // is taken, and all of it goes to their balance (it owes nothing), as any overpayment does.
  if (invoice.status === 'draft' || (invoice.status === 'void' && !(await isLapsedOrderInvoice(tx, invoice)))) {
    throw new PaymentRejected(invoiceUnpayable(invoice));
  }
  if (invoice.currency !== input.currency) {
    throw new PaymentRejected(currencyMismatch(input.currency, invoice));
  }

  const payment = input.paymentId
    ? await settleExisting(tx, input)
    : (
        await insertPaidStatement(tx, {
          customerId: invoice.customerId,
          invoiceId: invoice.id,
          attempt: await nextAttempt(tx, invoice.id),
          provider: input.provider ?? 'none',
          providerPaymentId: input.providerPaymentId ?? null,
          method: input.method,
          amountMinor: input.amountMinor,
          currency: input.currency,
          source: input.source,
          reference: input.reference ?? null,
          note: input.note ?? null,
          recordedBy: input.recordedBy ?? null,
          settledAt: input.at,
        })
      )[0]!;

  await recordEvent(tx, { name: 'payment/succeeded', data: { paymentId: payment.id, invoiceId: invoice.id, subscriptionId: invoice.subscriptionId } });
  const applied = invoice.status === 'paid' ? 0 : Math.min(amountOwed(invoice), input.amountMinor);
  const overpaidMinor = input.amountMinor - applied;
  const { timeZone } = await getShopSettings(tx);
  const marked =
    applied > 0
      ? await markInvoicePaid(tx, { invoiceId: invoice.id, amountMinor: applied, at: input.at, timeZone, locked: invoice })
      : { invoice, paidInFull: invoice.status === 'paid', restored: false };
  // The first invoice of an order paid by invoice: now paid, the order is (and may start).
  if (applied > 0 && marked.paidInFull) await startInvoicedOrder(tx, { invoice: marked.invoice, at: input.at });
  if (overpaidMinor > 0) {
    await creditBalance(tx, {
      customerId: invoice.customerId,
      amountMinor: overpaidMinor,
      currency: input.currency,
      reason: applied === 0 && invoice.status === 'paid' ? 'duplicate_payment' : 'overpayment',
      invoiceId: invoice.id,
      paymentId: payment.id,
    });
  }
  return { payment, invoice: marked.invoice, paidInFull: marked.paidInFull, restored: marked.restored, overpaidMinor };
}

async function settleExisting(tx: Tx, input: PaymentReceived): Promise<Payment> {
  const values = { id: input.paymentId!, at: input.at };
  const [updated] = input.providerPaymentId
    ? await settleWithProviderIdStatement(tx, { ...values, providerPaymentId: input.providerPaymentId })
    : await settleStatement(tx, values);
  if (!updated) throw new Error(`Payment ${input.paymentId} does not exist`);
  return updated;
}

/** The next attempt number of an invoice's payments (attempts are unique per invoice). */
export async function nextAttempt(tx: Tx, invoiceId: string): Promise<number> {
  const [row] = await lastAttemptStatement(tx, { invoiceId });
  return (row?.max ?? 0) + 1;
}
