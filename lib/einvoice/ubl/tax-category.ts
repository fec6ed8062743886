import type { VatCategory } from '@/lib/billing/vat/vat-category';
import { percentText } from './amounts';
import { leaf, node } from './xml';

const VAT_SCHEME = '<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>';

/**
 * A TaxCategory / ClassifiedTaxCategory. Category O states no rate (BR-O-05, -06, -07); every
 * other category does, 0 included (BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05).
 */
export function taxCategoryXml(
  name: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory',
  category: VatCategory,
  exemption?: { code: string; text: string } | null,
): string {
  return node(
    name,
    leaf('cbc:ID', category.code),
    category.code === 'O' ? '' : leaf('cbc:Percent', percentText(category.rateBp)),
    leaf('cbc:TaxExemptionReasonCode', exemption?.code),
    leaf('cbc:TaxExemptionReason', exemption?.text),
    VAT_SCHEME,
  );
}
