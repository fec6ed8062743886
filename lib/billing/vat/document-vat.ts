import { checkCountryEvidence, type CountryEvidence } from './country-evidence';
import type { LineVat, VatContext } from './line-vat';
import type { VatCategoryCode } from './vat-category';

/** The legal note printed for each VAT category of a document that needs one (reverse charge, export...). */
export type VatNotes = Partial<Record<VatCategoryCode, string>>;

/** OSS: the evidence of the consumer's country kept with the invoice, and what was missing. */
export type StoredVatEvidence = { country: string; evidence: CountryEvidence[]; problem: string | null };

/** What a document keeps of its lines' VAT decisions besides each line's category and rate. */
export type DocumentVat = { notes: VatNotes; evidence: StoredVatEvidence | null };

/**
 * The notes and evidence of a document from its lines' decisions: one legal note per category
 * (EN 16931 has one exemption reason per VAT breakdown group, BT-120), and when any line charges
 * another country's VAT through OSS, the evidence of the customer's country with the verdict of
 * checkCountryEvidence (a problem is kept and shown to staff; it does not stop the invoice).
 */
export function documentVat(context: VatContext | null, decided: readonly LineVat[], evidence: readonly CountryEvidence[]): DocumentVat {
  const notes: VatNotes = {};
  for (const line of decided) {
    if (line.legalNote && !notes[line.category]) notes[line.category] = line.legalNote;
  }
  if (!context || !decided.some((line) => line.requiresCountryEvidence)) return { notes, evidence: null };
  // The country the VAT was charged for: where the evidence placed the consumer (consumerCountry).
  const country = context.buyer.evidencedCountry ?? context.buyer.country;
  const checked = checkCountryEvidence(country, evidence);
  return { notes, evidence: { country, evidence: [...evidence], problem: checked.ok ? null : checked.error } };
}
