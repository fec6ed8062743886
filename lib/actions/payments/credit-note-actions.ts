'use server';

import { manageText, requestLocale } from '@/lib/actions/request-locale';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { intlLocales } from '@/lib/i18n/locales';
import { manageCode } from '@/lib/i18n/manage-messages';
import { z } from 'zod';
import { getInvoiceCurrency } from '@/db/queries/invoices/get-invoice-currency';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney, parseMoney } from '@/lib/billing/money';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { amountProblemCode } from '@/lib/validations/catalog-problem-codes';

const CREDIT_REASON_MAX = 500;

const creditNoteFormSchema = z
  .object({
    invoiceId: z.uuid({ error: manageCode('invoiceMissing') }),
    scope: z.enum(['full', 'partial'], { error: manageCode('creditScopeRequired') }),
    amount: z.string().trim().optional(),
    reason: z
      .string({ error: manageCode('creditReasonRequired') })
      .trim()
      .min(1, { error: manageCode('creditReasonRequired') })
      .max(CREDIT_REASON_MAX, { error: manageCode('creditReasonTooLong') }),
    disposition: z.enum(['auto', 'refund', 'balance'], { error: manageCode('creditDispositionRequired') }),
  })
  .refine((form) => form.scope === 'full' || Boolean(form.amount), { error: manageCode('creditAmountRequired'), path: ['amount'] });

/**
 * Merchant staff only: credits all or part of an invoice (the amount typed as a decimal in the
 * invoice's currency). A refund the provider refuses still leaves the credit note issued: the
 * answer says so, with the provider's reason, and the credit notes page shows it too.
 */
export const issueCreditNoteAction = merchantAction(
  { to: 'credit invoices', permission: 'credit-notes:write', schema: creditNoteFormSchema, revalidate: ['/dashboard/credit-notes', '/dashboard/invoices'] },
  async (form, { viewer }) => {
    const currency = await getInvoiceCurrency(form.invoiceId);
    if (!currency) return { error: manageCode('invoiceMissing') };
    let amountMinor: number | 'full' = 'full';
    if (form.scope === 'partial') {
      const amount = parseMoney(form.amount ?? '', currency);
      if (!amount.ok) return { error: manageCode('correctFields'), fieldErrors: { amount: amountProblemCode(amount.error, 'credit') } };
      amountMinor = amount.value;
    }

    const issued = await issueCreditNote({
      invoiceId: form.invoiceId,
      amountMinor,
      reason: form.reason,
      disposition: form.disposition,
      staffUserId: viewer.userId,
      now: new Date(),
    });
    const locale = await requestLocale();
    if (!issued.ok) {
      // The service's coded refusal, its amounts too, in the staff member's language (English where it has none).
      const { code, message, text } = issued.error;
      const shown = text ? bankNoteText(locale, text) : message;
      return code === 'amount' ? { error: shown, fieldErrors: { amount: shown } } : { error: shown };
    }
    const { creditNote, refunds } = issued.value;
    const money = (minor: number, currency: string) => formatMoney(minor, currency, intlLocales[locale]);
    const total = money(creditNote.totalMinor, creditNote.currency);
    const failed = refunds.find((refund) => refund.status === 'failed');
    if (failed) {
      return {
        error: await manageText('creditRefundFailed', {
          number: creditNote.number,
          total,
          amount: money(failed.amountMinor, failed.currency),
          reason: failed.failureReason ?? '',
        }),
      };
    }
    const where =
      creditNote.disposition === 'refund'
        ? refunds.every((refund) => refund.status === 'refunded')
          ? 'creditIssuedRefunded'
          : 'creditIssuedRefunding'
        : creditNote.disposition === 'balance'
          ? 'creditIssuedBalance'
          : 'creditIssuedDeducted';
    return { notice: await manageText(where, { number: creditNote.number, total }) };
  },
);
