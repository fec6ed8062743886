import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { subDays } from 'date-fns/subDays';
import type { VatNotes } from '@/lib/billing/vat/document-vat';
import { lineCategory } from '@/lib/billing/vat/line-category';
import type { VatCategory } from '@/lib/billing/vat/vat-category';
import type { InvoicePdfLine } from '@/lib/pdf/invoice-pdf-input';
import type { AllowanceChargeInput, EinvoiceLineInput } from './document';
import { shopDay } from './einvoice-parties';

/** A stored line's category: as decided when it was written, or (older lines) S above 0 %, Z at 0 %. */
export function storedCategory(line: Pick<InvoicePdfLine, 'taxRateBp' | 'vatCategory'>): VatCategory {
  return lineCategory(line);
}

/**
 * Stored lines as e-invoice lines, stated in the document's price mode: VAT-inclusive amounts, or
 * (`pricesIncludeVat` false) each line's net, its amount less its VAT, so the e-invoice adds VAT
 * per category on the nets exactly as the invoice did (settleNetVat). Each line keeps each with the VAT category it was
 * the VAT category it was written with and the document's legal note for that category as its exemption reason (reverse
 * charge, export...). A negative line (a discount) becomes a document allowance of the same
 * category, since a Peppol line's price may not be negative (BR-27).
 */
export function einvoiceLinesOf(
  stored: readonly InvoicePdfLine[],
  timeZone: string,
  notes: VatNotes | null | undefined,
  pricesIncludeVat = true,
): { lines: EinvoiceLineInput[]; allowances: AllowanceChargeInput[] } {
  const lines: EinvoiceLineInput[] = [];
  const allowances: AllowanceChargeInput[] = [];
  stored.forEach((line, index) => {
    const category = storedCategory(line);
    const note = notes?.[category.code];
    const exemption = note ? { exemptionNote: note } : {};
    const amountMinor = pricesIncludeVat ? line.amountMinor : line.amountMinor - line.taxMinor;
    if (amountMinor < 0) {
      allowances.push({ kind: 'allowance', amountMinor: -amountMinor, reason: line.description, reasonCode: '95', category, ...exemption });
      return;
    }
    // A line whose amount is not quantity × unit price (a prorated part) is stated as one unit.
    const exact = line.quantity * line.unitAmountMinor === amountMinor;
    lines.push({
      id: String(index + 1),
      name: line.description,
      quantity: exact ? line.quantity : 1,
      unitCode: 'C62',
      unitPriceMinor: exact ? line.unitAmountMinor : amountMinor,
      category,
      ...exemption,
      ...(line.periodStart && line.periodEnd
        ? { period: { start: shopDay(line.periodStart, timeZone), end: format(subDays(new TZDate(line.periodEnd, timeZone), 1), 'yyyy-MM-dd') } }
        : {}),
    });
  });
  return { lines, allowances };
}

/**
 * Splits a stored document's lines into what it charged and the reminder fees outside the scope
 * of VAT (O) added to it later: EN 16931 allows no other category beside O on one document
 * (BR-O-11..14), so the fees are e-invoiced on a document of their own.
 */
export function splitOutsideScope<T extends Pick<InvoicePdfLine, 'taxRateBp' | 'vatCategory'>>(lines: readonly T[]): { charged: T[]; outside: T[] } {
  const outside = lines.filter((line) => line.vatCategory === 'O');
  if (outside.length === 0 || outside.length === lines.length) return { charged: [...lines], outside: [] };
  return { charged: lines.filter((line) => line.vatCategory !== 'O'), outside };
}
