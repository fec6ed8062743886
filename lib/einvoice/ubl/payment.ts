import type { EinvoiceDocument } from '../document';
import { leaf, node } from './xml';

const MEANS_CODES = { 'credit-transfer': '30', 'sepa-credit-transfer': '58', card: '48' } as const;

/**
 * Payment means (BG-16): how to pay, the payment reference (a Norwegian KID or an RF reference in
 * PaymentID) and the account (IBAN with BIC, or a Norwegian account number). A card charge states
 * only the card's last digits. On a credit note the due date, if any, sits here (UBL has no
 * DueDate on a CreditNote).
 */
export function paymentMeansXml(doc: EinvoiceDocument): string {
  const payment = doc.payment ?? { means: 'credit-transfer' as const };
  const dueDate = doc.kind === 'credit-note' ? leaf('cbc:PaymentDueDate', doc.dueDate) : '';
  if (payment.means === 'card') {
    return node(
      'cac:PaymentMeans',
      leaf('cbc:PaymentMeansCode', MEANS_CODES.card),
      dueDate,
      node('cac:CardAccount', leaf('cbc:PrimaryAccountNumberID', payment.cardLast4), leaf('cbc:NetworkID', payment.cardNetwork)),
    );
  }
  const account = doc.seller.bankAccount;
  return node(
    'cac:PaymentMeans',
    leaf('cbc:PaymentMeansCode', MEANS_CODES[payment.means]),
    dueDate,
    leaf('cbc:PaymentID', payment.reference),
    node(
      'cac:PayeeFinancialAccount',
      leaf('cbc:ID', account.iban ?? account.domesticAccount),
      leaf('cbc:Name', account.accountName),
      account.iban && account.bic ? node('cac:FinancialInstitutionBranch', leaf('cbc:ID', account.bic)) : '',
    ),
  );
}

export function paymentTermsXml(doc: EinvoiceDocument): string {
  return doc.paymentTerms ? node('cac:PaymentTerms', leaf('cbc:Note', doc.paymentTerms)) : '';
}
