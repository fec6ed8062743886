import { sendInvoicePeppol } from '@/lib/services/einvoice/send-invoice-peppol';
import { inngest } from '../client';
import { invoiceFinalized } from '../events';

/**
 * Sends a finalized invoice over Peppol when its buyer has a participant id and the shop has an
 * access point configured.
 *
 * Idempotent: the access point receives the document under its invoice number, and the folder
 * adapter takes the same document again as already delivered; a failure is thrown so the step retries.
 */
export const sendInvoicePeppolFunction = inngest.createFunction(
  { id: 'send-invoice-peppol', triggers: [invoiceFinalized] },
  ({ event, step }) =>
    step.run('send-invoice-peppol', async () => {
      const outcome = await sendInvoicePeppol(event.data.invoiceId);
      if (outcome.status === 'failed') throw new Error(outcome.message);
      return outcome;
    }),
);
