import { NextResponse } from 'next/server';
import type { Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import type { Locale } from '@/lib/i18n/locales';
import { manageLocalizer, type ManageCode } from '@/lib/i18n/manage-messages';
import type { InvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';
import { staffAnswer } from './staff-answer';

/** An e-invoice as a download: the XML, as an attachment named by the document's number. */
export function einvoiceFile(einvoice: InvoiceEinvoice): NextResponse {
  const body = Buffer.from(einvoice.xml, 'utf8');
  return new NextResponse(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${einvoice.filename}"`,
      'Content-Length': String(body.length),
      // A customer's invoice: never in a shared cache.
      'Cache-Control': 'private, no-store',
    },
  });
}

/** The e-invoice builder's refusals a merchant can fix, as their dashboard.manage.messages codes. */
const FIXABLE: Record<string, ManageCode> = {
  'invoice-void': 'einvoiceVoid',
  'reference-missing': 'einvoiceReferenceMissing',
  'buyer-vat-id-required': 'einvoiceBuyerVatId',
  'delivery-country-required': 'einvoiceDeliveryCountry',
  'outside-scope-mixed': 'einvoiceOutsideScopeMixed',
};

/** Why a document cannot be made, in the staff member's language: each missing setting named as Settings names it. */
function refusalText(locale: Locale, error: DomainErrorShape): string {
  const words = manageLocalizer(locale);
  if (error.code === 'missing-seller-settings' && typeof error.params?.missing === 'string') {
    const settings = error.params.missing.split(',').map((key) => words.text('einvoiceSetting', { key: key.replace('.', '_') }));
    return words.text('einvoiceSellerIncomplete', { settings: settings.join(', ') });
  }
  const code = FIXABLE[error.code];
  // Anything else is a fault in the document itself (no lines, a currency it cannot write): its own words.
  return code ? words.text(code) : words.text('einvoiceCannotBeMade', { detail: error.message });
}

/**
 * For the dashboard: an invoice's or credit note's e-invoice as a download, or 404 for no such
 * document, or 422 with what to fix when the document cannot be made (e.g. the shop's identity is
 * incomplete), as JSON in the staff member's language with the builder's `code`. Customers are
 * answered by customerEinvoiceResponse instead.
 */
export function einvoiceResponse(
  locale: Locale,
  result: Result<InvoiceEinvoice, DomainErrorShape> | null,
  notFound: 'invoiceMissing' | 'creditNoteMissing' = 'invoiceMissing',
): NextResponse {
  if (!result) return staffAnswer(locale, notFound, 404);
  if (!result.ok) return staffAnswer(locale, refusalText(locale, result.error), 422, { code: result.error.code });
  return einvoiceFile(result.value);
}
