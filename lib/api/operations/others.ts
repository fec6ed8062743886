import { IdParams } from '../schemas/common';
import { CreditNote, CreditNoteCreate, CreditNoteList, CreditNoteListQuery, Event, EventList, EventListQuery, Payment, PaymentList, PaymentListQuery, Refund, RefundCreate } from '../schemas/billing';
import { defineOperation } from '../operation';

export const listPayments = defineOperation({
  method: 'get', path: '/payments', operationId: 'listPayments', tag: 'Payments', scope: 'read',
  summary: 'List payments', query: PaymentListQuery,
  response: { status: 200, description: 'A page of payments.', schema: PaymentList },
  errors: [400],
});

export const getPayment = defineOperation({
  method: 'get', path: '/payments/{id}', operationId: 'getPayment', tag: 'Payments', scope: 'read',
  summary: 'Retrieve a payment', params: IdParams,
  response: { status: 200, description: 'The payment.', schema: Payment },
  errors: [404],
});

export const listCreditNotes = defineOperation({
  method: 'get', path: '/credit_notes', operationId: 'listCreditNotes', tag: 'Credit notes', scope: 'read',
  summary: 'List credit notes', description: 'Newest first by issue date; `created_gte`/`created_lt` filter on it.', query: CreditNoteListQuery,
  response: { status: 200, description: 'A page of credit notes.', schema: CreditNoteList },
  errors: [400],
});

export const getCreditNote = defineOperation({
  method: 'get', path: '/credit_notes/{id}', operationId: 'getCreditNote', tag: 'Credit notes', scope: 'read',
  summary: 'Retrieve a credit note', params: IdParams,
  response: { status: 200, description: 'The credit note.', schema: CreditNote },
  errors: [404],
});

export const createCreditNote = defineOperation({
  method: 'post', path: '/credit_notes', operationId: 'createCreditNote', tag: 'Credit notes', scope: 'write',
  summary: 'Credit an invoice',
  description: 'Credits all or part of an open or paid invoice. On an open invoice it lowers what is owed; on a paid one the money is refunded or goes to the customer’s balance.',
  body: CreditNoteCreate,
  response: { status: 201, description: 'The credit note.', schema: CreditNote },
  errors: [403, 404, 422],
});

export const listEvents = defineOperation({
  method: 'get', path: '/events', operationId: 'listEvents', tag: 'Events', scope: 'read',
  summary: 'List events', description: 'The log of what happened (domain events), newest first.', query: EventListQuery,
  response: { status: 200, description: 'A page of events.', schema: EventList },
  errors: [400],
});

export const getEvent = defineOperation({
  method: 'get', path: '/events/{id}', operationId: 'getEvent', tag: 'Events', scope: 'read',
  summary: 'Retrieve an event', params: IdParams,
  response: { status: 200, description: 'The event.', schema: Event },
  errors: [404],
});

export const refundPayment = defineOperation({
  method: 'post', path: '/payments/{id}/refunds', operationId: 'refundPayment', tag: 'Payments', scope: 'write',
  summary: 'Refund a payment',
  description:
    'Sends money back through the provider that took it. The refund is made as a credit note on the payment’s paid invoice (an invoice’s amount changes only by a credit note). Refused (409) when the invoice is not paid yet (credit it to lower what it owes), and (422) for more than is left of the payment or a payment not taken online.',
  params: IdParams, body: RefundCreate,
  response: { status: 201, description: 'The refund (its status is `failed` with the provider’s reason when the provider refused it; the credit note stands).', schema: Refund },
  errors: [403, 404, 409, 422],
});
