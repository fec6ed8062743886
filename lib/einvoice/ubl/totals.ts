import type { EinvoiceDocument } from '../document';
import type { AmountWriter } from './amounts';
import { taxCategoryXml } from './tax-category';
import { leaf, node } from './xml';

/** Document-level allowances (a coupon) and charges, at their net amounts. */
export function allowanceChargesXml(doc: EinvoiceDocument, money: AmountWriter): string {
  const currencyID = doc.currency;
  return (doc.allowanceCharges ?? [])
    .map((entry, index) =>
      node(
        'cac:AllowanceCharge',
        leaf('cbc:ChargeIndicator', entry.kind === 'charge' ? 'true' : 'false'),
        leaf('cbc:AllowanceChargeReasonCode', entry.reasonCode),
        leaf('cbc:AllowanceChargeReason', entry.reason),
        leaf('cbc:Amount', money.amount(doc.totals.allowanceCharges[index].netMinor), { currencyID }),
        taxCategoryXml('cac:TaxCategory', entry.category),
      ),
    )
    .join('');
}

/** The VAT total and one subtotal per category and rate (BG-23), with exemption reasons. */
export function taxTotalXml(doc: EinvoiceDocument, money: AmountWriter): string {
  const currencyID = doc.currency;
  const subtotals = doc.totals.breakdown.map((entry, index) =>
    node(
      'cac:TaxSubtotal',
      leaf('cbc:TaxableAmount', money.amount(entry.taxableMinor), { currencyID }),
      leaf('cbc:TaxAmount', money.amount(entry.vatMinor), { currencyID }),
      taxCategoryXml('cac:TaxCategory', entry.category, doc.exemptions[index]),
    ),
  );
  return node('cac:TaxTotal', leaf('cbc:TaxAmount', money.amount(doc.totals.vatTotalMinor), { currencyID }), ...subtotals);
}

/** BG-22. Optional totals are stated only when not zero, as the Peppol examples do. */
export function monetaryTotalXml(doc: EinvoiceDocument, money: AmountWriter): string {
  const t = doc.totals;
  const currencyID = doc.currency;
  const optional = (name: string, minor: number, present: boolean) =>
    present ? leaf(name, money.amount(minor), { currencyID }) : '';
  const hasAllowances = (doc.allowanceCharges ?? []).some((entry) => entry.kind === 'allowance');
  const hasCharges = (doc.allowanceCharges ?? []).some((entry) => entry.kind === 'charge');
  return node(
    'cac:LegalMonetaryTotal',
    leaf('cbc:LineExtensionAmount', money.amount(t.lineNetTotalMinor), { currencyID }),
    leaf('cbc:TaxExclusiveAmount', money.amount(t.taxExclusiveMinor), { currencyID }),
    leaf('cbc:TaxInclusiveAmount', money.amount(t.taxInclusiveMinor), { currencyID }),
    optional('cbc:AllowanceTotalAmount', t.allowanceTotalMinor, hasAllowances),
    optional('cbc:ChargeTotalAmount', t.chargeTotalMinor, hasCharges),
    optional('cbc:PrepaidAmount', t.paidMinor, t.paidMinor !== 0),
    optional('cbc:PayableRoundingAmount', t.roundingMinor, t.roundingMinor !== 0),
    leaf('cbc:PayableAmount', money.amount(t.payableMinor), { currencyID }),
  );
}
