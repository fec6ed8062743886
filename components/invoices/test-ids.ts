/** Test ids of the invoice document (merchant and Min Side pages); the e2e suite imports this module. */
export const invoiceTestIds = {
  number: 'invoice-number',
  status: 'invoice-status',
  lines: 'invoice-lines',
  /** Suffixed with the line's kind: `invoice-line-plan`, `invoice-line-discount`, … */
  linePrefix: 'invoice-line-',
  total: 'invoice-total',
  openAmount: 'invoice-open-amount',
  paymentReference: 'payment-reference',
  einvoice: 'invoice-einvoice',
  paymentRow: 'invoice-payment-row',
  creditNoteRow: 'invoice-credit-note-row',
  reminders: 'invoice-reminders',
  orderCancelled: 'invoice-order-cancelled',
} as const;
