'use server';

import { z } from 'zod';
import { getInvoiceCurrency } from '@/db/queries/invoices/get-invoice-currency';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney, parseMoney } from '@/lib/billing/money';
import { domainError } from '@/lib/errors/domain-error';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';

const CREDIT_REASON_MAX = 500;

const creditNoteFormSchema = z
  .object({
    invoiceId: z.uuid({ error: 'That invoice does not exist.' }),
    scope: z.enum(['full', 'partial'], { error: 'Choose the whole invoice or an amount.' }),
    amount: z.string().trim().optional(),
    reason: z
      .string({ error: 'Say why the invoice is credited.' })
      .trim()
      .min(1, { error: 'Say why the invoice is credited.' })
      .max(CREDIT_REASON_MAX, { error: `Keep the reason under ${CREDIT_REASON_MAX} characters.` }),
    disposition: z.enum(['auto', 'refund', 'balance'], { error: 'Choose where the money goes.' }),
  })
  .refine((form) => form.scope === 'full' || Boolean(form.amount), { error: 'Enter the amount to credit.', path: ['amount'] });

/**
 * Merchant staff only: credits all or part of an invoice (the amount typed as a decimal in the
 * invoice's currency). A refund the provider refuses still leaves the credit note issued: the
 * answer says so, with the provider's reason, and the credit notes page shows it too.
 */
export const issueCreditNoteAction = merchantAction(
  { to: 'credit invoices', permission: 'credit-notes:write', schema: creditNoteFormSchema, revalidate: ['/dashboard/credit-notes', '/dashboard/invoices'] },
  async (form, { viewer }) => {
    const currency = await getInvoiceCurrency(form.invoiceId);
    if (!currency) return { error: 'That invoice does not exist.' };
    let amountMinor: number | 'full' = 'full';
    if (form.scope === 'partial') {
      const amount = parseMoney(form.amount ?? '', currency);
      if (!amount.ok) return { error: 'Please correct the marked fields.', fieldErrors: { amount: amount.error } };
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
    if (!issued.ok) {
      const { code, message } = issued.error;
      return domainError(code, message, code === 'amount' ? 'amount' : undefined);
    }
    const { creditNote, refunds } = issued.value;
    const total = formatMoney(creditNote.totalMinor, creditNote.currency);
    const failed = refunds.find((refund) => refund.status === 'failed');
    if (failed) {
      return {
        error: `Credit note ${creditNote.number} (${total}) is issued, but the refund of ${formatMoney(failed.amountMinor, failed.currency)} failed: ${failed.failureReason}`,
      };
    }
    const where =
      creditNote.disposition === 'refund'
        ? refunds.every((refund) => refund.status === 'refunded')
          ? 'refunded to the customer'
          : 'being refunded (the provider has not confirmed yet)'
        : creditNote.disposition === 'balance'
          ? 'added to the customer’s balance'
          : 'deducted from the open invoice';
    return { notice: `Credit note ${creditNote.number} issued: ${total} ${where}.` };
  },
);
