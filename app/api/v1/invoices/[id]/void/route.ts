import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { voidInvoice } from '@/lib/api/operations/invoices';
import { presentInvoice, presentInvoiceLine } from '@/lib/api/present';
import { serviceRefusal } from '@/lib/api/service-refusal';
import { voidInvoice as voidByCreditNote } from '@/lib/services/invoices/void-invoice';

/** Voids an open, unpaid invoice by a full credit note (the credit-note service's rules and audit). */
export const POST = apiHandler(voidInvoice, async ({ params, body, caller, now }) => {
  const { invoice } = found(await getApiInvoice(REAL_TIME, pathId(params.id, 'invoice')), 'invoice');
  const voided = await voidByCreditNote({ invoiceId: invoice.id, reason: body.reason, staffUserId: caller.ownerUserId, now });
  if (!voided.ok) throw serviceRefusal(voided.error, { what: 'invoice', unprocessable: [] });
  const after = found(await getApiInvoice(REAL_TIME, invoice.id), 'invoice');
  return { body: { ...presentInvoice(after.invoice), lines: after.lines.map(presentInvoiceLine) } };
});
