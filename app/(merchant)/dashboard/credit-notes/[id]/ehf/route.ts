import type { NextRequest } from 'next/server';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { einvoiceResponse } from '@/lib/http/einvoice-response';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';

/** Any credit note as EHF / Peppol BIS Billing 3.0 XML, for the shop's staff; refusals in their language. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'read' }, 'creditNote');
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return einvoiceResponse(guard.locale, await loadCreditNoteEinvoice(id), 'creditNoteMissing');
}
