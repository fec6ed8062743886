'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { manageCode } from '@/lib/i18n/manage-code';
import { domainError } from '@/lib/errors/domain-error';
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
      if (!invoice) return domainError('invoice_unknown', `No invoice has the number ${input.invoiceNumber}.`, 'invoiceNumber');
      invoiceId = invoice.id;
    }
    const resolved = await resolveBankTransaction({ transactionId: input.transactionId, invoiceId, staffUserId: viewer.userId });
    if (!resolved.ok) return { error: resolved.error };
    return { notice: resolved.value.note };
  },
);
