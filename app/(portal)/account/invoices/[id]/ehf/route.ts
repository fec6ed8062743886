import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { customerAnswer } from '@/lib/http/customer-answer';
import { customerEinvoiceResponse } from '@/lib/http/customer-einvoice-response';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';

const invoiceId = z.uuid();

/**
 * The customer's own invoice as EHF / Peppol BIS Billing 3.0 XML, for their accounting system.
 * Someone else's invoice, a draft or a malformed id is a 404. Refusals are plain text in the
 * customer's language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_download_invoices', forbidden: 'invoices_for_customers' });
  if (!guard.ok) return guard.response;
  const parsed = invoiceId.safeParse((await params).id);
  if (!parsed.success) return customerAnswer(guard.locale, 'invoice_not_found', 404);
  return customerEinvoiceResponse(guard.locale, await loadInvoiceEinvoice(parsed.data, { customerId: guard.viewer.customerId }), 'invoice_not_found');
}
