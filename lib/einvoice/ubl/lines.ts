import type { EinvoiceDocument } from '../document';
import type { AmountWriter } from './amounts';
import { taxCategoryXml } from './tax-category';
import { leaf, node } from './xml';

/**
 * Invoice lines (or credit-note lines). The price is the net unit price: with VAT-inclusive
 * prices it is the line's net divided by the quantity, so quantity x price = line net within the
 * 0.02 that PEPPOL-EN16931-R120 allows. Prices are never negative (BR-27): a credit on an invoice
 * is a negative quantity.
 */
export function linesXml(doc: EinvoiceDocument, money: AmountWriter): string {
  const creditNote = doc.kind === 'credit-note';
  const lineName = creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityName = creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  const currencyID = doc.currency;
  let xml = '';
  doc.lines.forEach((line, index) => {
    const netMinor = doc.totals.lines[index].netMinor;
    const price = !doc.pricesIncludeVat
      ? money.price(BigInt(line.unitPriceMinor), 1n)
      : line.quantity === 0
        ? money.price(BigInt(line.unitPriceMinor) * 10_000n, BigInt(10_000 + line.category.rateBp))
        : money.price(BigInt(Math.abs(netMinor)), BigInt(Math.abs(line.quantity)));
    xml += node(
      lineName,
      leaf('cbc:ID', line.id),
      leaf(quantityName, line.quantity, { unitCode: line.unitCode ?? 'C62' }),
      leaf('cbc:LineExtensionAmount', money.amount(netMinor), { currencyID }),
      line.period ? node('cac:InvoicePeriod', leaf('cbc:StartDate', line.period.start), leaf('cbc:EndDate', line.period.end)) : '',
      node(
        'cac:Item',
        leaf('cbc:Description', line.description),
        leaf('cbc:Name', line.name),
        taxCategoryXml('cac:ClassifiedTaxCategory', line.category),
      ),
      node('cac:Price', leaf('cbc:PriceAmount', price, { currencyID })),
    );
  });
  return xml;
}
