import { NextResponse, type NextRequest } from 'next/server';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { staffAnswer } from '@/lib/http/staff-answer';
import { manageCode } from '@/lib/i18n/manage-code';
import { invoicePdfFilename } from '@/lib/pdf/invoice-pdf-filename';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';

/** Any credit note as a PDF, for the shop's staff (the same document the customer downloads); refusals in their language. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'read' }, 'creditNote');
  if (!guard.ok) return guard.response;
  const { id } = await params;
  const input = await loadCreditNotePdfInput(id);
  if (!input) return staffAnswer(guard.locale, manageCode('creditNoteMissing'), 404);
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
