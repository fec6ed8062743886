import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';

/** A name and postal address as plain data (a customer's, or an invoice's frozen copy of it). */
export type PostalAddress = {
  name: string;
  companyName?: string | null;
  addressLine1: string;
  postalCode: string;
  city: string;
  country: string;
  vatId?: string | null;
};

/** An address block: name, company, street, postal code and city, country, and VAT id when known. */
export function PostalAddressText({ address, testId, locale = 'en' }: { address: PostalAddress; testId?: string; locale?: Locale }) {
  return (
    <p data-testid={testId}>
      {address.name}
      <br />
      {address.companyName && (
        <>
          {address.companyName}
          <br />
        </>
      )}
      {address.addressLine1}
      <br />
      {address.postalCode} {address.city}, {address.country}
      {address.vatId && (
        <>
          <br />
          {getTranslator(locale, 'documents')('vatId', { vat_id: address.vatId })}
        </>
      )}
    </p>
  );
}
