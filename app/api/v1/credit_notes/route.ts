import { getApiCreditNote, listApiCreditNotes } from '@/db/queries/api/credit-note-reads';
import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { invalidRequest, notFound } from '@/lib/api/api-error';
import { apiHandler } from '@/lib/api/api-handler';
import { found } from '@/lib/api/found';
import { listBody, pageRequest } from '@/lib/api/list-page';
import { createCreditNote, listCreditNotes } from '@/lib/api/operations/others';
import { presentCreditNote } from '@/lib/api/present';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';

export const GET = apiHandler(listCreditNotes, async ({ query }) => {
  const filter = { customerId: query.customer, invoiceId: query.invoice };
  return { body: listBody('credit_notes', await listApiCreditNotes(REAL_TIME, pageRequest('credit_notes', query), filter), presentCreditNote) };
});

/** Credits an invoice through the dashboard's service (its rules, refunds and audit entry). */
export const POST = apiHandler(createCreditNote, async ({ body, caller, now }) => {
  const invoice = await getApiInvoice(REAL_TIME, body.invoice);
  if (!invoice) throw notFound('invoice', 'invoice');
  const issued = await issueCreditNote({
    invoiceId: invoice.invoice.id,
    amountMinor: body.amount,
    reason: body.reason,
    disposition: body.disposition,
    staffUserId: caller.ownerUserId,
    now,
  });
  if (!issued.ok) {
    const param = issued.error.code === 'amount' ? 'amount' : issued.error.code === 'not_refundable' ? 'disposition' : 'invoice';
    throw invalidRequest(issued.error.code, issued.error.message, param);
  }
  return { body: presentCreditNote(found(await getApiCreditNote(REAL_TIME, issued.value.creditNote.id), 'credit note')) };
});
