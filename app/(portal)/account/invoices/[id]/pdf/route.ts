import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { customerAnswer } from '@/lib/http/customer-answer';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';

const invoiceId = z.uuid();

/**
 * The customer's own invoice as a PDF download. Someone else's invoice, a draft or a malformed id
 * is a 404, so an id reveals nothing about invoices that are not yours. Refusals are plain text in
 * the customer's language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_download_invoices', forbidden: 'invoices_for_customers' });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  const parsed = invoiceId.safeParse(id);
  if (!parsed.success) return customerAnswer(guard.locale, 'invoice_not_found', 404);

  const input = await loadInvoicePdfInput(parsed.data, { customerId: guard.viewer.customerId });
  if (!input) return customerAnswer(guard.locale, 'invoice_not_found', 404);
  const pdf = await renderInvoicePdf(input);
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${invoicePdfFilename(input.invoice.number)}"`,
      'Content-Length': String(pdf.length),
      // A customer's invoice: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}
