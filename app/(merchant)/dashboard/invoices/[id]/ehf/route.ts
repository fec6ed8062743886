import type { NextRequest } from 'next/server';
import { guardStaffRoute } from '@/lib/auth/guard-staff-route';
import { einvoiceResponse } from '@/lib/http/einvoice-response';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';

/** Any issued invoice as EHF / Peppol BIS Billing 3.0 XML, for the shop's staff; refusals in their language. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardStaffRoute(request, { who: 'merchant', permission: 'read' }, 'invoice');
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return einvoiceResponse(guard.locale, await loadInvoiceEinvoice(id));
}
