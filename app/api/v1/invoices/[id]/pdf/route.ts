import { getApiInvoice } from '@/db/queries/api/invoice-reads';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { apiHandler } from '@/lib/api/api-handler';
import { found, pathId } from '@/lib/api/found';
import { getInvoicePdf } from '@/lib/api/operations/invoices';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';

/** The invoice's PDF, the same document the customer receives; a draft has none (404). */
export const GET = apiHandler(getInvoicePdf, async ({ params }) => {
  const { invoice } = found(await getApiInvoice(REAL_TIME, pathId(params.id, 'invoice')), 'invoice');
  const input = found(await loadInvoicePdfInput(invoice.id), 'invoice');
  const pdf = await renderInvoicePdf(input);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${invoicePdfFilename(input.invoice.number)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
