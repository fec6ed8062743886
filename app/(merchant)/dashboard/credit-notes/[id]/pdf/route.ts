import { NextResponse, type NextRequest } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

/** Any credit note as a PDF, for the shop's staff (the same document the customer downloads). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute({ who: 'merchant', permission: 'read' }, {
    signedOut: 'Sign in to download credit notes.',
    forbidden: 'Only the shop’s staff can download any credit note.',
  });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  const input = await loadCreditNotePdfInput(id);
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
