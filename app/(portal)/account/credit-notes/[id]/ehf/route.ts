import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { guardCustomerRoute } from '@/lib/auth/guards';
import { customerAnswer } from '@/lib/http/customer-answer';
import { customerEinvoiceResponse } from '@/lib/http/customer-einvoice-response';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';

const creditNoteId = z.uuid();

/**
 * The customer's own credit note as EHF / Peppol BIS Billing 3.0 XML, for their accounting system.
 * Someone else's note or a malformed id is a 404. Refusals are plain text in the customer's language.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardCustomerRoute(request, { signedOut: 'sign_in_to_download_credit_notes', forbidden: 'credit_notes_for_customers' });
  if (!guard.ok) return guard.response;
  const parsed = creditNoteId.safeParse((await params).id);
  if (!parsed.success) return customerAnswer(guard.locale, 'credit_note_not_found', 404);
  return customerEinvoiceResponse(guard.locale, await loadCreditNoteEinvoice(parsed.data, { customerId: guard.viewer.customerId }), 'credit_note_not_found');
}
