/** Test ids of the merchant's payments and credit-note screens; the e2e suite imports this module. */
export const merchantPaymentTestIds = {
  paymentsFilterForm: 'payments-filter-form',
  paymentsFilterError: 'payments-filter-error',
  paymentsExportLink: 'payments-export-link',
  paymentsTotals: 'payments-totals',
  paymentRow: 'payment-row',
  abandonedRow: 'abandoned-payment-row',
  abandonedMarkPaid: 'abandoned-mark-paid',
  abandonedMarkNotPaid: 'abandoned-mark-not-paid',
  creditNoteForm: 'credit-note-form',
  creditNoteAmount: 'credit-note-amount',
  creditNoteFull: 'credit-note-full',
  creditNoteReason: 'credit-note-reason',
  creditNoteDisposition: 'credit-note-disposition',
  creditNoteSubmit: 'credit-note-submit',
  creditNoteRow: 'credit-note-row',
  refundStatus: 'refund-status',
} as const;
