import type { CustomerSnapshot, SellerIdentityRow, ShopSettings } from '@/db/schema';
import type { InvoicePdfParty, PdfShop } from '@/lib/pdf/invoice-pdf-input';
import { pickSellerIdentity } from '@/lib/validations/seller-identity';

/**
 * The two parties every document (invoice, credit note) names, read the same way for both: the
 * seller from the shop's settings and the legal identity in force on the issue date, the buyer
 * from the snapshot frozen on the document.
 */
export function documentShop(settings: ShopSettings, identity: SellerIdentityRow | null): PdfShop {
  return {
    name: settings.name,
    supportEmail: settings.supportEmail,
    timeZone: settings.timeZone,
    identity: identity && pickSellerIdentity(identity),
  };
}

export function billedTo(party: Pick<CustomerSnapshot, keyof InvoicePdfParty>): InvoicePdfParty {
  return {
    name: party.name,
    companyName: party.companyName,
    vatId: party.vatId,
    addressLine1: party.addressLine1,
    addressLine2: party.addressLine2,
    postalCode: party.postalCode,
    city: party.city,
    country: party.country,
    customerType: party.customerType,
    organisationNumber: party.organisationNumber ?? null,
    peppolScheme: party.peppolScheme ?? null,
    peppolId: party.peppolId ?? null,
    phone: party.phone ?? null,
  };
}
