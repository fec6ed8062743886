import type { NextRequest } from 'next/server';
import { guardRoute } from '@/lib/auth/guards';
import { einvoiceResponse } from '@/lib/http/einvoice-response';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';

/**
 * The customer's own invoice as EHF / Peppol BIS Billing 3.0 XML, for their accounting system.
 * Someone else's invoice, a draft or a malformed id is a 404.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardRoute({ who: 'customer' }, {
    signedOut: 'Sign in to download your invoices.',
    forbidden: 'Only customers can download invoices here.',
  });
  if (!guard.ok) return guard.response;
  const { id } = await params;
  return einvoiceResponse(await loadInvoiceEinvoice(id, { customerId: guard.viewer.customerId }));
}
