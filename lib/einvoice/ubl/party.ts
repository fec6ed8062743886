import type { BuyerParty, Contact, PostalAddress, SellerIdentity } from '../document';
import { leaf, node } from './xml';
import type { PeppolId } from '@/lib/validations/tax-ids/check-peppol-id';

export function addressXml(name: string, address: PostalAddress): string {
  return node(
    name,
    leaf('cbc:StreetName', address.street),
    leaf('cbc:AdditionalStreetName', address.additionalStreet),
    leaf('cbc:CityName', address.city),
    leaf('cbc:PostalZone', address.postalCode),
    leaf('cbc:CountrySubentity', address.countrySubentity),
    node('cac:Country', leaf('cbc:IdentificationCode', address.country)),
  );
}

function contactXml(contact: Contact | undefined): string {
  if (!contact) return '';
  return node(
    'cac:Contact',
    leaf('cbc:Name', contact.name),
    leaf('cbc:Telephone', contact.phone),
    leaf('cbc:ElectronicMail', contact.email),
  );
}

/** A VAT id as a PartyTaxScheme; left out entirely on an all-O document (BR-O-02..04). */
function vatSchemeXml(vatId: string | undefined, withVatIds: boolean): string {
  if (!vatId || !withVatIds) return '';
  return node('cac:PartyTaxScheme', leaf('cbc:CompanyID', vatId), node('cac:TaxScheme', leaf('cbc:ID', 'VAT')));
}

export function supplierPartyXml(seller: SellerIdentity, withVatIds: boolean): string {
  return node(
    'cac:AccountingSupplierParty',
    node(
      'cac:Party',
      leaf('cbc:EndpointID', seller.peppolId.value, { schemeID: seller.peppolId.scheme }),
      seller.tradingName ? node('cac:PartyName', leaf('cbc:Name', seller.tradingName)) : '',
      addressXml('cac:PostalAddress', seller.address),
      vatSchemeXml(seller.vatId, withVatIds),
      seller.taxRegistration
        ? node('cac:PartyTaxScheme', leaf('cbc:CompanyID', seller.taxRegistration), node('cac:TaxScheme', leaf('cbc:ID', 'TAX')))
        : '',
      node(
        'cac:PartyLegalEntity',
        leaf('cbc:RegistrationName', seller.legalName),
        leaf('cbc:CompanyID', seller.organisationNumber, { schemeID: seller.organisationScheme }),
        leaf('cbc:CompanyLegalForm', seller.legalForm),
      ),
      contactXml(seller.contact),
    ),
  );
}

export function customerPartyXml(buyer: BuyerParty, endpoint: PeppolId, withVatIds: boolean): string {
  return node(
    'cac:AccountingCustomerParty',
    node(
      'cac:Party',
      leaf('cbc:EndpointID', endpoint.value, { schemeID: endpoint.scheme }),
      addressXml('cac:PostalAddress', buyer.address),
      vatSchemeXml(buyer.vatId, withVatIds),
      node(
        'cac:PartyLegalEntity',
        leaf('cbc:RegistrationName', buyer.name),
        leaf('cbc:CompanyID', buyer.legalId?.value, { schemeID: buyer.legalId?.scheme }),
      ),
      contactXml(buyer.contact),
    ),
  );
}
