import { decideVat, type SupplyKind } from './decide-vat';
import type { VatContext } from './line-vat';

/**
 * For staff: why a business customer is charged VAT where a business abroad usually is not. A
 * business without a valid VAT id cannot get reverse charge (or the intra-Community / export 0 %
 * for businesses): it is taxed as a consumer. Null when the customer is not in that position (a
 * consumer, a valid VAT id, a domestic sale where VAT is due anyway, or no seller country).
 */
export function missedReverseChargeNote(context: VatContext | null, supply: SupplyKind = 'digital'): string | null {
  if (!context || context.buyer.kind !== 'business' || context.buyer.hasValidVatId) return null;
  const asGiven = decideVat({ ...context, supply, taxClass: 'standard' });
  const withVatId = decideVat({ ...context, buyer: { ...context.buyer, hasValidVatId: true }, supply, taxClass: 'standard' });
  if (!asGiven.ok || !withVatId.ok || asGiven.value.category.code === withVatId.value.category.code) return null;
  return (
    `Business customer without a valid VAT id: charged ${asGiven.value.category.code === 'S' ? 'VAT' : asGiven.value.category.code} ` +
    `as a consumer, where a valid VAT id would give ${withVatId.value.category.code} (${withVatId.value.message}) ` +
    'Add their VAT id to invoice them without VAT from the next invoice on.'
  );
}
