'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { requestLocale } from '@/lib/actions/request-locale';
import { bankNoteText } from '@/lib/i18n/bank-note-text';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import { findInvoiceByNumber } from '@/lib/services/payments/bank-import/find-invoice-by-number';
import { resolveBankTransaction } from '@/lib/services/payments/bank-import/resolve-bank-transaction';

const resolveSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      transactionId: z.guid({ error: manageCode('bankTransactionNotFound') }),
      decision: z.literal('apply'),
      invoiceNumber: z
        .string({ error: manageCode('invoiceNumberRequired') })
        .trim()
        .min(1, { error: manageCode('invoiceNumberRequired') })
        .max(40, { error: manageCode('invoiceNumberInvalid') }),
    }),
    z.object({ transactionId: z.guid({ error: manageCode('bankTransactionNotFound') }), decision: z.literal('ignore') }),
  ],
  { error: manageCode('bankDecisionRequired') },
);

/**
 * Merchant staff only: decides one line of the unmatched queue: apply it to the invoice with the
 * typed number, or ignore it (not a customer's payment).
 */
export const resolveBankTransactionAction = merchantAction(
  {
    to: 'match bank transactions',
    permission: 'payments:write',
    schema: resolveSchema,
    revalidate: ['/dashboard/payments/unmatched', '/dashboard/payments/bank-imports', '/dashboard/invoices/[id]'],
  },
  async (input, { viewer }) => {
    let invoiceId: string | 'ignore' = 'ignore';
    if (input.decision === 'apply') {
      const invoice = await findInvoiceByNumber(input.invoiceNumber);
      if (!invoice) {
        const unknown = manageMessage('bankInvoiceNumberUnknown', { number: input.invoiceNumber });
        return { error: unknown, fieldErrors: { invoiceNumber: unknown } };
      }
      invoiceId = invoice.id;
    }
    const resolved = await resolveBankTransaction({ transactionId: input.transactionId, invoiceId, staffUserId: viewer.userId });
    // Coded with amounts in minor units: worded here, amounts in the staff member's format.
    const locale = await requestLocale();
    if (!resolved.ok) return { error: bankNoteText(locale, resolved.error) };
    return { notice: bankNoteText(locale, resolved.value.note) };
  },
);
