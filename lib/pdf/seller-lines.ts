import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { PdfShop } from './invoice-pdf-input';
import type { PdfSeller } from './pdf-document';

/** "86011117947" → "8601.11.17947", as Norwegian account numbers are written. */
const norwegianAccount = (account: string) => `${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}`;
/** "NO9386011117947" → "NO93 8601 1117 947": an IBAN in groups of four, as printed. */
const groupsOfFour = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Where the seller takes bank transfers, as printed: the IBAN in groups of four (with the BIC),
 * or a Norwegian account number; null when the identity names no account.
 */
export function bankAccountLine(identity: Pick<NonNullable<PdfShop['identity']>, 'iban' | 'bic' | 'domesticAccount'>, locale: Locale): string | null {
  const d = getTranslator(locale, 'documents');
  if (identity.iban) return d('bankIban', { iban: groupsOfFour(identity.iban), bic: identity.bic ?? '', has_bic: identity.bic ? 'yes' : 'no' });
  return identity.domesticAccount ? d('bankAccount', { account: norwegianAccount(identity.domesticAccount) }) : null;
}

/**
 * Who issues a document, as its header prints it: the legal name and form, the address, the VAT
 * and organisation numbers, where to pay, and how to reach them. A Norwegian company in the
 * Register of Business Enterprises must say "Foretaksregisteret" (foretaksregisterloven § 10-2),
 * in Norwegian whatever the reader's language. Also the footer's one line.
 */
export function sellerParts(shop: PdfShop, locale: Locale): { seller: PdfSeller; footer: string } {
  const identity = shop.identity;
  if (!identity) return { seller: { name: shop.name, lines: [shop.supportEmail] }, footer: `${shop.name} · ${shop.supportEmail}` };
  const d = getTranslator(locale, 'documents');
  const name = identity.legalForm ? `${identity.legalName} ${identity.legalForm}` : identity.legalName;
  const organisation = identity.organisationNumber ? d('organisationNumber', { number: identity.organisationNumber }) : null;
  const bank = bankAccountLine(identity, locale);
  const lines = [
    name === shop.name ? null : shop.name,
    identity.addressLine1,
    identity.addressLine2,
    `${identity.postalCode} ${identity.city}`,
    identity.country,
    identity.country === 'NO' && identity.organisationNumber ? `${organisation} Foretaksregisteret` : organisation,
    identity.vatId ? d('vatId', { vat_id: identity.vatId }) : null,
    bank,
    [identity.contactEmail, identity.contactPhone].filter(Boolean).join(' · '),
  ].filter((line): line is string => Boolean(line));
  return {
    seller: { name, lines },
    footer: [name, organisation, identity.vatId ? d('vatId', { vat_id: identity.vatId }) : null, identity.contactEmail].filter(Boolean).join(' · '),
  };
}
