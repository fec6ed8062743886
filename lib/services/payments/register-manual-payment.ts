import { eq } from 'drizzle-orm';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { builtOnceQuery, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { invoices, type Invoice } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { isSupportedCurrency, parseMoney } from '@/lib/billing/money';
import { invoiceAuditState } from '@/lib/services/audit/invoice-audit-state';
import { lockInvoice } from '@/lib/services/invoices/lock-invoice';
import { paymentAuditState } from '@/lib/services/audit/payment-audit-state';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { amountProblemCode } from '@/lib/validations/catalog-problem-codes';
import { afterMoneyRecorded } from './after-money-recorded';
import { applyPayment, currencyMismatch, invoiceUnpayable, PaymentRejected } from './apply-payment';
import { isLapsedOrderInvoice } from './lapsed-order-invoice';
import { manualPaymentSchema, type ManualPaymentInput } from './manual-payment-input';
import { paymentInstant, shopDate } from './payment-instant';

/** NOTE: built once (db/built-once.ts): the demo history registers thousands of bank transfers. */
const invoiceStatement = builtOnceQuery<Invoice>(() => db.select().from(invoices).where(eq(invoices.id, valueFor(invoices.id, 'id'))));

export type RegisteredPayment = {
  paymentId: string;
  invoiceId: string;
  invoiceNumber: string | null;
  amountMinor: number;
  currency: string;
  paidInFull: boolean;
  /** What the invoice still owes after this payment. */
  openMinor: number;
  /** Paid beyond what was owed: credited to the customer's balance. */
  overpaidMinor: number;
};

export type RegisterManualPaymentResult =
  | { ok: true; value: RegisteredPayment }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

function refused(error: string, field?: string): RegisterManualPaymentResult {
  return { ok: false, error, fieldErrors: field ? { [field]: error } : {} };
}

/**
 * Money a merchant received outside the shop (a bank transfer they saw on their account),
 * registered by hand for one invoice, in one transaction through applyPayment: a partial
 * payment leaves the rest open, an overpayment goes to the customer's balance. Refused as a
 * whole, with nothing written, for an unknown or unpayable invoice, another currency, an amount
 * that is not exact in the invoice's currency, or a date in the future. After commit: the
 * billing engine is told and the customer gets a receipt.
 */
export async function registerManualPayment(
  input: ManualPaymentInput,
  context: { staffUserId: string; now: Date },
): Promise<RegisterManualPaymentResult> {
  const parsed = manualPaymentSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message;
    return { ok: false, error: manageCode('correctFields'), fieldErrors };
  }
  const payment = parsed.data;

  const [invoice] = await invoiceStatement(db, { id: payment.invoiceId });
  if (!invoice) return refused(manageCode('invoiceMissing'), 'invoiceId');
  if (invoice.status === 'draft' || (invoice.status === 'void' && !(await isLapsedOrderInvoice(db, invoice)))) {
    return refused(invoiceUnpayable(invoice));
  }
  if (!isSupportedCurrency(payment.currency)) return refused(manageMessage('paymentCurrencyUnknown', { currency: payment.currency }), 'currency');
  if (payment.currency !== invoice.currency) {
    return refused(currencyMismatch(payment.currency, invoice), 'currency');
  }
  const amount = parseMoney(payment.amount, invoice.currency);
  if (!amount.ok) return refused(amountProblemCode(amount.error, 'payment'), 'amount');
  if (amount.value === 0) return refused(manageCode('paymentAmountZero'), 'amount');

  const { timeZone } = await getShopSettings(db);
  if (payment.paidOn > shopDate(context.now, timeZone)) return refused(manageCode('paymentDateFuture'), 'paidOn');

  try {
    const applied = await db.transaction(async (tx) => {
      // Locked once, for the audit entry's "before" and the payment alike (lockInvoiceAuditState).
      const locked = await lockInvoice(tx, invoice.id);
      const before = locked ? invoiceAuditState(locked) : null;
      const applied = await applyPayment(
        tx,
        {
          invoiceId: invoice.id,
          amountMinor: amount.value,
          currency: invoice.currency,
          at: paymentInstant(payment.paidOn, { now: context.now, timeZone }),
          source: 'manual',
          method: payment.method,
          note: payment.note,
          recordedBy: context.staffUserId,
        },
        locked,
      );
      await recordAudit(tx, {
        actorUserId: context.staffUserId,
        action: 'payment.register',
        record: { type: 'invoice', id: invoice.id },
        before,
        after: { ...invoiceAuditState(applied.invoice), payment: paymentAuditState(applied.payment), overpaidMinor: applied.overpaidMinor },
      });
      return applied;
    });
    await afterMoneyRecorded([applied]);
    const after = applied.invoice;
    return {
      ok: true,
      value: {
        paymentId: applied.payment.id,
        invoiceId: after.id,
        invoiceNumber: after.number,
        amountMinor: applied.payment.amountMinor,
        currency: applied.payment.currency,
        paidInFull: applied.paidInFull,
        openMinor: amountOwed(after),
        overpaidMinor: applied.overpaidMinor,
      },
    };
  } catch (error) {
    // The invoice may have changed between the checks above and the lock (voided meanwhile).
    if (error instanceof PaymentRejected) return refused(error.message);
    throw error;
  }
}
