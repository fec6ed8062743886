import { NextResponse, type NextRequest } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

/**
 * The customer's own credit note as a PDF download. Someone else's note or a malformed id is a
 * 404, so an id reveals nothing about notes that are not yours.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute({ who: 'customer' }, {
    signedOut: 'Sign in to download your credit notes.',
    forbidden: 'Only customers can download credit notes here.',
  });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  // The loader checks the id's form itself: a malformed one is simply not found.
  const input = await loadCreditNotePdfInput(id, { customerId: guard.viewer.customerId });
  if (!input) return NextResponse.json({ error: 'Credit note not found.' }, { status: 404 });
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
