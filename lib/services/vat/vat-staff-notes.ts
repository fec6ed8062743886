import { db } from '@/db/client';
import type { Customer, Invoice } from '@/db/schema';
import { missedReverseChargeNote } from '@/lib/billing/vat/missed-reverse-charge';
import { countryEvidenceNotes } from '@/lib/billing/vat/country-evidence';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { loadVatContext, type VatBuyer } from './vat-context-for';

/**
 * What staff are told about a customer's VAT on the customer page: why a business is charged VAT
 * where reverse charge (or the 0 % of an export to a business) would apply. Null when nothing is odd.
 */
export async function customerVatNote(customer: VatBuyer, at: Date = new Date()): Promise<string | null> {
  const { vatOssRegistered } = await getShopSettings(db);
  return missedReverseChargeNote(await loadVatContext(db, customer, at, vatOssRegistered));
}

/**
 * What staff are told about an invoice's VAT: the same note for the buyer it was issued to (its
 * frozen snapshot, under the seller identity in force on its issue date), and any doubt about the
 * OSS country evidence kept with it (missing or contradicting pieces).
 */
export async function invoiceVatNotes(
  invoice: Pick<Invoice, 'customerSnapshot' | 'issuedAt' | 'vatEvidence'>,
  customer: Pick<Customer, 'country' | 'vatId' | 'customerType'>,
): Promise<string[]> {
  const snapshot = invoice.customerSnapshot;
  const buyer: VatBuyer = snapshot?.customerType
    ? { country: snapshot.country, vatId: snapshot.vatId, customerType: snapshot.customerType }
    : customer;
  const missed = await customerVatNote(buyer, invoice.issuedAt ?? new Date());
  return [...(missed ? [missed] : []), ...countryEvidenceNotes(invoice.vatEvidence)];
}
