import { resolveBuyerEndpoint } from './buyer-endpoint';
import type { EinvoiceDocument } from './document';
import { amountWriter } from './ubl/amounts';
import { linesXml } from './ubl/lines';
import { addressXml, customerPartyXml, supplierPartyXml } from './ubl/party';
import { paymentMeansXml, paymentTermsXml } from './ubl/payment';
import { allowanceChargesXml, monetaryTotalXml, taxTotalXml } from './ubl/totals';
import { leaf, node } from './ubl/xml';

export const PEPPOL_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const NAMESPACES =
  'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" ' +
  'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';

function attachmentXml(doc: EinvoiceDocument): string {
  if (!doc.attachment) return '';
  const base64 = Buffer.from(doc.attachment.pdf).toString('base64');
  return node(
    'cac:AdditionalDocumentReference',
    leaf('cbc:ID', doc.number),
    leaf('cbc:DocumentDescription', doc.kind === 'credit-note' ? 'Credit note' : 'Invoice'),
    node(
      'cac:Attachment',
      leaf('cbc:EmbeddedDocumentBinaryObject', base64, { mimeCode: 'application/pdf', filename: doc.attachment.filename }),
    ),
  );
}

function deliveryXml(doc: EinvoiceDocument): string {
  if (!doc.delivery) return '';
  return node(
    'cac:Delivery',
    leaf('cbc:ActualDeliveryDate', doc.delivery.date),
    doc.delivery.address ? node('cac:DeliveryLocation', addressXml('cac:Address', doc.delivery.address)) : '',
  );
}

/**
 * A checked document as UBL 2.1 per Peppol BIS Billing 3.0 (EHF 3 in Norway): an Invoice or a
 * CreditNote, elements in the order the UBL schema requires. Built as a string: no DOM, so a
 * month of documents streams at tens of thousands per second.
 */
export function serializeUbl(doc: EinvoiceDocument): string {
  const creditNote = doc.kind === 'credit-note';
  const root = creditNote ? 'CreditNote' : 'Invoice';
  const money = amountWriter(doc.currency);
  const endpoint = resolveBuyerEndpoint(doc.buyer, doc.seller).id;
  // NOTE: BR-O-02..04: a document with amounts outside the scope of VAT states no VAT ids at all.
  const withVatIds = doc.totals.breakdown.some((entry) => entry.category.code !== 'O');
  const period = doc.invoicePeriod;
  const credited = doc.creditsInvoice;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" ${NAMESPACES}>` +
    leaf('cbc:CustomizationID', PEPPOL_CUSTOMIZATION_ID) +
    leaf('cbc:ProfileID', PEPPOL_PROFILE_ID) +
    leaf('cbc:ID', doc.number) +
    leaf('cbc:IssueDate', doc.issueDate) +
    (creditNote ? '' : leaf('cbc:DueDate', doc.dueDate)) +
    leaf(creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', creditNote ? '381' : '380') +
    leaf('cbc:Note', doc.note) +
    leaf('cbc:DocumentCurrencyCode', doc.currency) +
    leaf('cbc:BuyerReference', doc.buyerReference) +
    (period ? node('cac:InvoicePeriod', leaf('cbc:StartDate', period.start), leaf('cbc:EndDate', period.end)) : '') +
    (doc.orderReference ? node('cac:OrderReference', leaf('cbc:ID', doc.orderReference)) : '') +
    (credited
      ? node('cac:BillingReference', node('cac:InvoiceDocumentReference', leaf('cbc:ID', credited.number), leaf('cbc:IssueDate', credited.issueDate)))
      : '') +
    attachmentXml(doc) +
    supplierPartyXml(doc.seller, withVatIds) +
    customerPartyXml(doc.buyer, endpoint, withVatIds) +
    deliveryXml(doc) +
    paymentMeansXml(doc) +
    paymentTermsXml(doc) +
    allowanceChargesXml(doc, money) +
    taxTotalXml(doc, money) +
    monetaryTotalXml(doc, money) +
    linesXml(doc, money) +
    `</${root}>\n`
  );
}
