import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { invalidRequest } from '@/lib/api/api-error';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getInvoiceEinvoice } from '@/lib/api/operations/invoices';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';

/** The invoice as EHF / Peppol BIS Billing 3.0 XML; refused with what to fix when it cannot be one. */
export const GET = apiHandler(getInvoiceEinvoice, async ({ params }) => {
  const { invoice } = found(await getApiInvoice(REAL_TIME, pathId(params.id, 'invoice')), 'invoice');
  const einvoice = found(await loadInvoiceEinvoice(invoice.id), 'invoice');
  if (!einvoice.ok) throw invalidRequest(einvoice.error.code, einvoice.error.message, einvoice.error.field ?? null);
  return new Response(einvoice.value.xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${einvoice.value.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
