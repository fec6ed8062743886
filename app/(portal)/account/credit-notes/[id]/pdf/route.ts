import { NextResponse, type NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

/**
 * The customer's own credit note as a PDF download. Someone else's note or a malformed id is a
 * 404, so an id reveals nothing about notes that are not yours.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: 'Sign in to download your credit notes.' }, { status: 401 });
  if (!viewer.customerId) return NextResponse.json({ error: 'Only customers can download credit notes here.' }, { status: 403 });
  const { id } = await params;
  // The loader checks the id's form itself: a malformed one is simply not found.
  const input = await loadCreditNotePdfInput(id, { customerId: viewer.customerId });
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
