import { err, ok, type Result } from '../result';
import { type VatCategory, type VatCategoryCode, vatCategory } from './vat-category';
import { isEuCountry } from './vat-countries';
import { DEFAULT_VAT_RATES, rateFor, type TaxClass, type VatRateTable } from './vat-rates';
import { reasonLegalNote, reasonMessage, type VatReasonCode } from './vat-reasons';

export type SupplyKind = 'digital' | 'physical' | 'service';

export type VatDecisionInput = {
  /**
   * `ossRegistered`: for an EU seller, registered for the Union OSS (or past the EUR 10,000
   * threshold of cross-border consumer sales, which obliges it); for a Norwegian seller,
   * registered for the non-Union OSS for digital services to EU consumers.
   */
  seller: { country: string; ossRegistered: boolean };
  /** `hasValidVatId`: a VAT id that passed the format and check-digit test (and VIES where on). */
  buyer: {
    country: string;
    kind: 'business' | 'consumer';
    hasValidVatId: boolean;
    /**
     * Where the OSS evidence places a consumer (consumerCountry), when it is not the billing
     * address's country. It decides a digital service to a consumer; everything else goes by `country`.
     */
    evidencedCountry?: string;
  };
  supply: SupplyKind;
  taxClass: TaxClass;
  rates?: VatRateTable;
};

export type VatDecision = {
  category: VatCategory;
  /** The country whose rate applies, null when no VAT is charged. */
  rateCountry: string | null;
  reason: VatReasonCode;
  /** True when a business customer had no valid VAT id and is therefore taxed as a consumer. */
  taxedAsConsumer: boolean;
  /** For staff: why, in a sentence. */
  message: string;
  /** For the invoice, where the law wants the ground for 0 % printed. */
  legalNote: string | null;
  /** OSS: the customer's country must be backed by evidence kept with the invoice. */
  requiresCountryEvidence: boolean;
};

export type VatDecisionError =
  | { code: 'unsupported-seller-country'; message: string }
  | { code: 'no-rate'; message: string };

type Outcome = { reason: VatReasonCode; code: VatCategoryCode; rateCountry: string | null };

const charged = (reason: VatReasonCode, country: string): Outcome => ({ reason, code: 'S', rateCountry: country });
const notCharged = (reason: VatReasonCode, code: VatCategoryCode): Outcome => ({ reason, code, rateCountry: null });

/** An EU seller: the VAT Directive's place-of-supply rules as they apply to a subscription shop. */
function decideForEuSeller(input: VatDecisionInput, asBusiness: boolean): Outcome {
  const { seller, buyer, supply } = input;
  if (buyer.country === seller.country) return charged('domestic', seller.country);
  if (isEuCountry(buyer.country)) {
    if (asBusiness) {
      return supply === 'physical'
        ? notCharged('eu-intra-community-goods', 'K')
        : notCharged('eu-reverse-charge', 'AE');
    }
    // Consumers: digital services (Art. 58) and distance sales of goods (Art. 33) are taxed where
    // the consumer is once the seller is in OSS; other services where the seller is (Art. 45).
    if (supply === 'service') return charged('eu-consumer-service-origin', seller.country);
    return seller.ossRegistered
      ? charged('eu-oss-destination', buyer.country)
      : charged('eu-origin-below-oss', seller.country);
  }
  if (supply === 'physical') return notCharged('export-goods', 'G');
  if (!asBusiness && supply === 'service') return charged('consumer-service-outside-eu', seller.country);
  return notCharged('export-services', 'G');
}

/**
 * NOTE: a Norwegian seller. Norway is in the EEA but not in the EU VAT area, so every sale to a
 * customer outside Norway is an export for Norwegian VAT: goods under mval. § 6-21, services to
 * businesses abroad and remote-deliverable services to anyone abroad under § 6-22. There is no
 * intra-EU reverse charge (AE) for it: an EU business buying from Norway self-assesses the
 * import of services in its own country, so the invoice carries G with that note. Digital
 * services to EU consumers are taxed by the consumer's EU country through the non-Union OSS.
 * Services performed in person for a consumer abroad stay taxable in Norway.
 */
function decideForNorwegianSeller(input: VatDecisionInput, asBusiness: boolean): Outcome {
  const { seller, buyer, supply } = input;
  if (buyer.country === 'NO') return charged('domestic', 'NO');
  if (supply === 'physical') return notCharged('no-export-goods', 'G');
  if (asBusiness) return notCharged('no-export-services', 'G');
  if (supply === 'service') return charged('no-consumer-service-abroad', 'NO');
  if (!isEuCountry(buyer.country)) return notCharged('no-export-services', 'G');
  return seller.ossRegistered ? charged('no-non-union-oss', buyer.country) : notCharged('no-export-oss-missing', 'G');
}

/**
 * Which VAT category and rate apply to one line, and why. Exempt products are exempt wherever
 * they go; zero-rated products are Z where VAT would otherwise be charged; a business customer
 * without a valid VAT id is taxed as a consumer (and the decision says so).
 */
export function decideVat(input: VatDecisionInput): Result<VatDecision, VatDecisionError> {
  const { seller, buyer, taxClass } = input;
  const rates = input.rates ?? DEFAULT_VAT_RATES;
  if (!isEuCountry(seller.country) && seller.country !== 'NO') {
    return err({
      code: 'unsupported-seller-country',
      message: `VAT rules for a seller in ${seller.country} are not built in (EU countries and Norway are).`,
    });
  }
  const asBusiness = buyer.kind === 'business' && buyer.hasValidVatId;
  const taxedAsConsumer = buyer.kind === 'business' && !buyer.hasValidVatId;
  // NOTE: a digital service to a consumer is supplied where the consumer is (Art. 58), which is
  // what the evidence shows, not necessarily the address they typed.
  const placed = !asBusiness && input.supply === 'digital' && buyer.evidencedCountry ? { ...input, buyer: { ...buyer, country: buyer.evidencedCountry } } : input;
  const outcome =
    taxClass === 'exempt'
      ? notCharged('exempt-supply', 'E')
      : seller.country === 'NO'
        ? decideForNorwegianSeller(placed, asBusiness)
        : decideForEuSeller(placed, asBusiness);

  let category: VatCategory;
  if (outcome.code !== 'S') category = vatCategory(outcome.code);
  else if (taxClass === 'zero') category = vatCategory('Z');
  else {
    const country = outcome.rateCountry as string;
    const rateBp = rateFor(rates, country, taxClass === 'reduced' ? 'reduced' : 'standard');
    if (rateBp === null) {
      return err({ code: 'no-rate', message: `No ${taxClass} VAT rate is set for ${country}.` });
    }
    category = vatCategory('S', rateBp);
  }
  const prefix = taxedAsConsumer ? 'Business customer without a valid VAT id: taxed as a consumer. ' : '';
  return ok({
    category,
    rateCountry: category.code === 'S' || category.code === 'Z' ? outcome.rateCountry : null,
    reason: outcome.reason,
    taxedAsConsumer,
    message: prefix + reasonMessage(outcome.reason, outcome.rateCountry),
    legalNote: reasonLegalNote(outcome.reason),
    requiresCountryEvidence: outcome.reason === 'eu-oss-destination' || outcome.reason === 'no-non-union-oss',
  });
}

/** A dunning (reminder) fee: compensation for late payment, not a supply, so category O. */
export function decideReminderFeeVat(): VatDecision {
  return {
    category: vatCategory('O'),
    rateCountry: null,
    reason: 'reminder-fee',
    taxedAsConsumer: false,
    message: reasonMessage('reminder-fee', null),
    legalNote: reasonLegalNote('reminder-fee'),
    requiresCountryEvidence: false,
  };
}
