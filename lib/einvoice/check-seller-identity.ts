import { err, ok, type Result } from '@/lib/billing/result';
import type { EinvoiceInput, SellerIdentity } from './document';

/** A shop setting a Peppol document needs, with the label the settings page shows for it. */
export type SellerSetting = { key: string; label: string };

export type MissingSellerSettings = { code: 'missing-seller-settings'; missing: SellerSetting[]; message: string };

/** Countries whose register number the Peppol rules (or their tax authority) expect on every invoice. */
const REGISTER_NUMBER_REQUIRED = new Set(['NO', 'NL', 'BE', 'DK', 'SE']);

const present = (value: string | undefined) => value !== undefined && value.trim() !== '';

/**
 * Checks that the shop's identity has everything this document needs, and names each missing
 * setting (so the message can say "set the VAT number and the bank account in Settings").
 * What is needed depends on the document: a VAT id unless every category is outside VAT (O);
 * a bank account for credit transfers; a register number where the country requires it.
 */
export function checkSellerIdentity(input: EinvoiceInput): Result<SellerIdentity, MissingSellerSettings> {
  const seller = input.seller;
  const missing: SellerSetting[] = [];
  const need = (condition: boolean, key: string, label: string) => {
    if (!condition) missing.push({ key, label });
  };
  need(present(seller.legalName), 'legalName', 'legal name');
  need(present(seller.address?.street), 'address.street', 'street address');
  need(present(seller.address?.city), 'address.city', 'city');
  need(present(seller.address?.postalCode), 'address.postalCode', 'postal code');
  need(present(seller.address?.country), 'address.country', 'country');
  const categories = [...input.lines, ...(input.allowanceCharges ?? [])].map((item) => item.category.code);
  need(categories.every((code) => code === 'O') || present(seller.vatId), 'vatId', 'VAT number');
  const country = seller.address?.country ?? '';
  need(!REGISTER_NUMBER_REQUIRED.has(country) || present(seller.organisationNumber), 'organisationNumber', 'organisation number');
  need(present(seller.peppolId?.scheme) && present(seller.peppolId?.value), 'peppolId', 'Peppol participant id');
  const transfer = !input.payment || input.payment.means !== 'card';
  const account = seller.bankAccount;
  need(!transfer || present(account?.iban) || present(account?.domesticAccount), 'bankAccount', 'bank account (IBAN or account number)');
  need(present(seller.contact?.email), 'contact.email', 'contact e-mail');

  if (missing.length > 0) {
    return err({
      code: 'missing-seller-settings',
      missing,
      message: `The shop's identity is incomplete for an e-invoice. Set in Settings: ${missing.map((m) => m.label).join(', ')}.`,
    });
  }
  return ok(seller as SellerIdentity);
}
