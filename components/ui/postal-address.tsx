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
export function PostalAddressText({ address, testId }: { address: PostalAddress; testId?: string }) {
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
          VAT {address.vatId}
        </>
      )}
    </p>
  );
}
