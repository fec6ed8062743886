import type { PeppolId } from '@/lib/validations/tax-ids/check-peppol-id';
import type { BuyerParty, SellerIdentity } from './document';

/** Peppol schemes built from a VAT id, by the id's country. */
const VAT_SCHEMES: Readonly<Record<string, string>> = {
  AT: '9914', BE: '9925', DE: '9930', ES: '9920', FR: '9957', IT: '9906', NL: '9944',
};

/** Register-number schemes by country, for a buyer's legal id without its own scheme. */
const REGISTER_SCHEMES: Readonly<Record<string, string>> = { NO: '0192', NL: '0106', BE: '0208', SE: '0007', DK: '0184' };

/**
 * The buyer's electronic address (BT-49, mandatory in Peppol: PEPPOL-EN16931-R010), and whether
 * a document can be sent there. A business's own Peppol id is routable; without one, an address is
 * derived from its VAT id or register number (what the Peppol directory usually lists it under).
 *
 * NOTE: a consumer has no electronic address in the Peppol scheme list (e-mail, EAS "EM", is not
 * on it). A consumer's document is a download/archive copy, never sent over Peppol, so its buyer
 * address is the seller's own id: valid, and should it ever be sent, it can only reach the seller.
 */
export function resolveBuyerEndpoint(buyer: BuyerParty, seller: SellerIdentity): { id: PeppolId; routable: boolean } {
  if (buyer.peppolId) return { id: buyer.peppolId, routable: true };
  if (buyer.kind === 'business') {
    const country = buyer.address.country;
    const vatScheme = VAT_SCHEMES[country];
    if (buyer.vatId && vatScheme) return { id: { scheme: vatScheme, value: buyer.vatId }, routable: false };
    const registerScheme = buyer.legalId?.scheme ?? REGISTER_SCHEMES[country];
    if (buyer.legalId && registerScheme) return { id: { scheme: registerScheme, value: buyer.legalId.value }, routable: false };
  }
  return { id: seller.peppolId, routable: false };
}
