import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { InvoicePdfParty } from './invoice-pdf-input';

/**
 * The address block of whom a document is for, one line each, as the PDFs and the invoice e-mail
 * print it: company, name, address, country, the organisation number, and the VAT id under its name in the customer's
 * language ("VAT", "Btw", "MwSt.", "Mva.").
 */
export function partyLines(party: InvoicePdfParty, locale: Locale): string[] {
  const d = getTranslator(locale, 'documents');
  return [
    party.companyName,
    party.name,
    party.addressLine1,
    party.addressLine2,
    `${party.postalCode} ${party.city}`,
    party.country,
    party.vatId ? d('vatId', { vat_id: party.vatId }) : null,
    party.organisationNumber ? d('organisationNumber', { number: party.organisationNumber }) : null,
  ].filter((line): line is string => Boolean(line));
}
