import { NextResponse, type NextRequest } from 'next/server';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { customerAnswer } from '@/lib/http/customer-answer';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

/**
 * The customer's own credit note as a PDF download. Someone else's note or a malformed id is a
 * 404, so an id reveals nothing about notes that are not yours. Refusals are plain text in the
 * customer's language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_download_credit_notes', forbidden: 'credit_notes_for_customers' });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  // The loader checks the id's form itself: a malformed one is simply not found.
  const input = await loadCreditNotePdfInput(id, { customerId: guard.viewer.customerId });
  if (!input) return customerAnswer(guard.locale, 'credit_note_not_found', 404);
  const pdf = await renderCreditNotePdf(input);
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${invoicePdfFilename(input.creditNote.number)}"`,
      'Content-Length': String(pdf.length),
      'Cache-Control': 'private, no-store',
    },
  });
}
