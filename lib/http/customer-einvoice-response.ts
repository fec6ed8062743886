import type { Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import type { Locale } from '@/lib/i18n/locales';
import type { ErrorKey } from '@/lib/i18n/localize-message';
import type { InvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';
import { customerAnswer } from './customer-answer';
import { einvoiceFile } from './einvoice-response';

/**
 * A customer's e-invoice download (Min Side): the XML, or a refusal in their language: 404
 * (`notFound`) for no such document of theirs, 422 when it cannot be made. What the shop would
 * have to fix (its identity, a buyer reference) is the merchant's business, not the customer's:
 * they are told only that there is no e-invoice now and that the PDF is there.
 */
export function customerEinvoiceResponse(locale: Locale, result: Result<InvoiceEinvoice, DomainErrorShape> | null, notFound: ErrorKey): Response {
  if (!result) return customerAnswer(locale, notFound, 404);
  if (!result.ok) return customerAnswer(locale, result.error.code === 'invoice-void' ? 'einvoice_void' : 'einvoice_unavailable', 422);
  return einvoiceFile(result.value);
}
