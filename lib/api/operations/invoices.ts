import { IdParams } from '../schemas/common';
import { InvoiceList, InvoiceListQuery, InvoicePaymentCreate, InvoiceVoid, InvoiceWithLines, Payment } from '../schemas/billing';
import { defineOperation } from '../operation';

export const listInvoices = defineOperation({
  method: 'get', path: '/invoices', operationId: 'listInvoices', tag: 'Invoices', scope: 'read',
  summary: 'List invoices', query: InvoiceListQuery,
  response: { status: 200, description: 'A page of invoices (without lines).', schema: InvoiceList },
  errors: [400],
});

export const getInvoice = defineOperation({
  method: 'get', path: '/invoices/{id}', operationId: 'getInvoice', tag: 'Invoices', scope: 'read',
  summary: 'Retrieve an invoice', params: IdParams,
  response: { status: 200, description: 'The invoice with its lines.', schema: InvoiceWithLines },
  errors: [404],
});

export const getInvoicePdf = defineOperation({
  method: 'get', path: '/invoices/{id}/pdf', operationId: 'getInvoicePdf', tag: 'Invoices', scope: 'read',
  summary: 'Download an invoice as PDF', description: 'A draft has no document yet (404).', params: IdParams,
  response: { status: 200, description: 'The PDF.', contentType: 'application/pdf' },
  errors: [404],
});

export const getInvoiceEinvoice = defineOperation({
  method: 'get', path: '/invoices/{id}/einvoice', operationId: 'getInvoiceEinvoice', tag: 'Invoices', scope: 'read',
  summary: 'Download an invoice as an e-invoice (EHF / Peppol BIS Billing 3.0 UBL)',
  description: 'Refused (422) with what to fix when the shop’s or the customer’s details are not enough for an e-invoice.',
  params: IdParams,
  response: { status: 200, description: 'The UBL 2.1 XML.', contentType: 'application/xml' },
  errors: [404, 422],
});

export const createInvoicePayment = defineOperation({
  method: 'post', path: '/invoices/{id}/payments', operationId: 'createInvoicePayment', tag: 'Invoices', scope: 'write',
  summary: 'Register a payment received outside the shop',
  description: 'A bank transfer seen on the merchant’s account. A partial payment leaves the rest open; paying more than is owed credits the customer’s balance. Refused as a whole (422) for a draft or void invoice, another currency, or a date in the future.',
  params: IdParams, body: InvoicePaymentCreate,
  response: { status: 201, description: 'The payment.', schema: Payment },
  errors: [403, 404, 422],
});

export const voidInvoice = defineOperation({
  method: 'post', path: '/invoices/{id}/void', operationId: 'voidInvoice', tag: 'Invoices', scope: 'write',
  summary: 'Void an invoice',
  description:
    'An open invoice nothing was paid on is voided by a credit note for all of it (an issued invoice is never deleted). Refused (409) for a paid, partly paid, credited or void invoice, or while its subscription is in dunning for it: credit it instead.',
  params: IdParams, body: InvoiceVoid,
  response: { status: 200, description: 'The invoice as it is now.', schema: InvoiceWithLines },
  errors: [403, 404, 409, 422],
});
