import type { NextRequest } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { einvoiceResponse } from '@/lib/http/einvoice-response';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';

/** Any credit note as EHF / Peppol BIS Billing 3.0 XML, for the shop's staff. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute({ who: 'merchant', permission: 'read' }, {
    signedOut: 'Sign in to download credit notes.',
    forbidden: 'Only the shop’s staff can download any credit note.',
  });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return einvoiceResponse(await loadCreditNoteEinvoice(id), 'Credit note not found.');
}
