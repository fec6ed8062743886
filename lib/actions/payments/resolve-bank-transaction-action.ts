'use server';

import { z } from 'zod';
import { merchantAction } from '@/lib/actions/safe-action';
import { domainError } from '@/lib/errors/domain-error';
import { findInvoiceByNumber } from '@/lib/services/payments/bank-import/find-invoice-by-number';
import { resolveBankTransaction } from '@/lib/services/payments/bank-import/resolve-bank-transaction';

const resolveSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      transactionId: z.guid({ error: 'That bank transaction does not exist.' }),
      decision: z.literal('apply'),
      invoiceNumber: z
        .string({ error: 'Enter the invoice number.' })
        .trim()
        .min(1, { error: 'Enter the invoice number.' })
        .max(40, { error: 'That is not an invoice number.' }),
    }),
    z.object({ transactionId: z.guid({ error: 'That bank transaction does not exist.' }), decision: z.literal('ignore') }),
  ],
  { error: 'Choose whether to apply the payment to an invoice or to ignore it.' },
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
