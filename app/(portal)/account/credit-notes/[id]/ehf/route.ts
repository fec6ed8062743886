import type { NextRequest } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { einvoiceResponse } from '@/lib/http/einvoice-response';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';

/**
 * The customer's own credit note as EHF / Peppol BIS Billing 3.0 XML, for their accounting system.
 * Someone else's note or a malformed id is a 404.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute({ who: 'customer' }, {
    signedOut: 'Sign in to download your credit notes.',
    forbidden: 'Only customers can download credit notes here.',
  });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return einvoiceResponse(await loadCreditNoteEinvoice(id, { customerId: guard.viewer.customerId }), 'Credit note not found.');
}
